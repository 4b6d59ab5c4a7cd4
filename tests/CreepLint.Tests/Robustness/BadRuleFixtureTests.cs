using System.Text.RegularExpressions;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// One broken rule file per case under <c>Robustness/BadRules</c>. Each file starts with one or more
/// <c># expect: CODE at LINE:COLUMN</c> lines naming every diagnostic it must produce, no more and no fewer.
/// </summary>
public sealed partial class BadRuleFixtureTests
{
    private static readonly string FixtureDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Robustness", "BadRules");

    public static IEnumerable<TestCaseData> Fixtures() =>
        Directory.EnumerateFiles(FixtureDirectory, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Bad rule file {Path.GetFileNameWithoutExtension(f)} is refused with its exact diagnostics"));

    [TestCaseSource(nameof(Fixtures))]
    public void Bad_rule_file_is_refused_with_exact_positions(string name)
    {
        var path = Path.Combine(FixtureDirectory, name);
        var expected = Expectations(path);
        Assert.That(expected, Is.Not.Empty, "the fixture must declare what it expects");

        var ex = Assert.Throws<RuleLoadException>(() => CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRulesFromFile(path).Build());
        var actual = ex.Diagnostics.Select(d => $"{d.Code} at {d.Line}:{d.Column}").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EquivalentTo(expected), () => string.Join(Environment.NewLine, ex.Diagnostics));
            Assert.That(ex.Diagnostics.Select(d => d.File), Is.All.EqualTo(path));
            Assert.That(ex.Diagnostics.Select(d => d.Message), Is.All.Not.Empty);
            Assert.That(ex.Message, Does.Contain($"{path}:{ex.Diagnostics[0].Line}:{ex.Diagnostics[0].Column}: error {ex.Diagnostics[0].Code}"));
        });
    }

    [Test]
    public void A_bad_file_next_to_good_ones_fails_the_whole_build()
    {
        // All-or-nothing: the default pack is valid, one fixture is not, and no engine comes out.
        var builder = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().AddRulesFromFile(Path.Combine(FixtureDirectory, "unknown-category.yaml"));
        var ex = Assert.Throws<RuleLoadException>(() => builder.Build());
        Assert.That(ex.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CL0014" }));
    }

    [Test]
    public void Every_fixture_problem_is_reported_together_when_a_directory_is_loaded()
    {
        var ex = Assert.Throws<RuleLoadException>(() => CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRulesFromDirectory(FixtureDirectory).Build());
        var files = ex.Diagnostics.Select(d => Path.GetFileName(d.File)).Distinct();
        Assert.That(files, Is.SupersetOf(new[] { "alias-bomb.yaml", "custom-tag.yaml", "malformed-tab-indent.yaml", "unknown-category.yaml" }));
    }

    private static string[] Expectations(string path) =>
        [.. File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).Select(l => ExpectLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^# expect: (CL\d{4} at \d+:\d+)\s*$")]
    private static partial Regex ExpectLine();
}
