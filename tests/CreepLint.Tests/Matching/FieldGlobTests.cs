using System.Text.RegularExpressions;
using CreepLint.Matching;

namespace CreepLint.Tests.Matching;

public sealed class FieldGlobTests
{
    [TestCase("predicted_*", "predicted_due_date", true)]
    [TestCase("predicted_*", "PREDICTED_Income", true)]
    [TestCase("predicted_*", "predicted", false)]
    [TestCase("*_score", "churn_score", true)]
    [TestCase("*_score", "churn_scores", false)]
    [TestCase("segment.?", "segment.a", true)]
    [TestCase("segment.?", "segment.ab", false)]
    [TestCase("*", "", true)]
    [TestCase("", "", true)]
    [TestCase("a*b*c", "abxbyc", true)]
    [TestCase("a*b*c", "abxbyd", false)]
    [TestCase("**x", "yyx", true)]
    public void Glob_matches_the_whole_name_ignoring_case(string glob, string name, bool expected)
    {
        Assert.That(new FieldGlob(glob).IsMatch(name), Is.EqualTo(expected));
    }

    [TestCase("first_name", "customer.first_name", true)]
    [TestCase("first_name", "customer.profile.first_name", true)]
    [TestCase("customer.*", "customer.first_name", true)]
    [TestCase("first_name", "customer.first_name_2", false)]
    public void Glob_matches_a_dotted_path_or_any_dotted_suffix(string glob, string name, bool expected)
    {
        Assert.That(new FieldGlob(glob).MatchesPath(name), Is.EqualTo(expected));
    }

    [TestCase("*view_count", "pageViewCount", true)]
    [TestCase("*view_count", "Model.PageViewCount", true)]
    [TestCase("last_seen_*", "Model.LastSeenLocation", true)]
    [TestCase("last_seen_*", "user.lastSeenCity", true)]
    [TestCase("*_likelihood", "ChurnLikelihood", true)]
    [TestCase("first_name", "customer.firstName", true)]
    [TestCase("*url_value*", "URLValue", true)]
    [TestCase("*view_count", "reviewcount", false)]
    [TestCase("last_seen_*", "lastseen", false)]
    [TestCase("*_score", "SCORE", false)]
    public void CamelCase_and_PascalCase_paths_match_like_their_snake_case_spelling(string glob, string name, bool expected)
    {
        // ERB, Razor, Go and Twig templates name fields in camelCase or PascalCase; the pack's globs are snake_case.
        Assert.That(new FieldGlob(glob).MatchesPath(name), Is.EqualTo(expected));
    }

    [Test]
    public void Glob_agrees_with_the_equivalent_regex_on_random_globs_and_names()
    {
        // A small alphabet makes stars and near misses common.
        var random = new Random(20261129);
        const string letters = "ab.";
        string Random(int max, string alphabet) => new([.. Enumerable.Range(0, random.Next(max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        for (var i = 0; i < 20_000; i++)
        {
            var glob = Random(8, letters + "*?");
            var name = Random(10, letters + "AB");
            var regex = new Regex("^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
            Assert.That(new FieldGlob(glob).IsMatch(name), Is.EqualTo(regex.IsMatch(name)), $"glob '{glob}' on '{name}'");
        }
    }

    [Test]
    public void A_glob_of_many_stars_on_a_long_near_miss_finishes()
    {
        // The shape that makes backtracking regexes explode; here it costs at most pattern × name steps.
        var name = new string('a', 20_000);
        Assert.That(new FieldGlob("*a*a*a*a*a*a*a*a*b").IsMatch(name), Is.False);
    }
}
