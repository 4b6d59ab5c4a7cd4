using CreepLint.Matching;
using CreepLint.Tests.Evaluation;

namespace CreepLint.Tests.Matching;

/// <summary>
/// src/CreepLint/Matching/realwords.txt lists the English words one typing slip from an attribute word of the default
/// pack ("disable" and "disabled", "protest" and "protect"), so that a real word is never read as a misspelt trait. It is
/// made from the system word lists (Debian's wamerican and wbritish, from SCOWL; .ci/run installs them) and must be
/// regenerated when the pack's attribute words change.
/// </summary>
public sealed class RealWordListTests
{
    private static readonly string[] s_dictionaries = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"];

    [Test]
    public void Committed_list_is_what_the_word_lists_give()
    {
        var present = s_dictionaries.Where(File.Exists).ToArray();
        if (present.Length < s_dictionaries.Length)
        {
            Assert.Ignore("The system word lists are missing: apt-get install wamerican wbritish (.ci/run does).");
        }

        var eligible = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build().RuleSet.Table.Fuzzy.Words;
        var dictionary = present.SelectMany(File.ReadLines).Select(w => w.ToLowerInvariant());
        var expected = string.Join("\n", new[]
        {
            "# English words one edit from an attribute word of the default pack: never read as misspellings.",
            "# Generated from /usr/share/dict/american-english and british-english (SCOWL) by RealWordListTests.",
        }.Concat(FuzzyWords.RealWordsNear(eligible, dictionary))) + "\n";
        var path = RepositoryFiles.Path("src", "CreepLint", "Matching", "realwords.txt");
        var (actual, _) = RepositoryFiles.Generated(path, expected);
        Assert.That(actual, Is.EqualTo(expected), $"{path} is stale; regenerate it with CREEPLINT_ACCEPT=1 dotnet test --filter RealWordList");
    }

    [TestCase("disable")]
    [TestCase("protest")]
    [TestCase("lovely")]
    public void A_real_word_is_never_a_misspelling(string word)
    {
        var fuzzy = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build().RuleSet.Table.Fuzzy;
        Assert.That(fuzzy.Match(word, new int[4]), Is.Zero);
    }
}
