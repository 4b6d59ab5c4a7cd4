using CreepLint.NUnit;

namespace CreepLint.NUnit.Tests;

/// <summary>Rule examples as NUnit test cases: a team's folder, the default pack, and a failing example's message.</summary>
public sealed class RuleExampleTests
{
    private static IEnumerable<TestCaseData> TeamExamples => CreepLintRules.Examples("rules");

    private static IEnumerable<TestCaseData> PackExamples => CreepLintRules.Examples(CreepLintEngine.Default);

    [TestCaseSource(nameof(TeamExamples))]
    public void Team_rule_example_holds(RuleExampleCase example) => example.Verify();

    [TestCaseSource(nameof(PackExamples))]
    public void Default_pack_example_holds(RuleExampleCase example) => example.Verify();

    [Test]
    public void Cases_are_named_by_rule_and_example()
    {
        var names = TeamExamples.Select(c => c.TestName).ToList();
        Assert.That(names, Is.EqualTo(new[] { "{m}(XT1001 bad example 1)", "{m}(XT1001 good example 1)" }));
    }

    [Test]
    public void An_example_its_rule_misses_fails_with_the_rule_file_and_line()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules("""
            rules:
              - id: XT2001
                name: never-fires
                category: surveillance-language
                severity: warning
                confidence: 80
                message: "m"
                suggestion: "s"
                why: "w"
                phrases: ["we watched you"]
                examples:
                  bad: ["We saw you."]
            """, "team.yaml").Build();
        var example = (RuleExampleCase)CreepLintRules.Examples(engine).Single().Arguments[0]!;
        var ex = Assert.Throws<AssertionException>(example.Verify);
        Assert.That(ex.Message, Does.Contain("team.yaml:2: FAIL XT2001 never-fires: does not fire on its bad example: We saw you."));
    }

    [Test]
    public void A_missing_folder_names_the_folder_as_given_and_where_it_was_looked_for()
    {
        var ex = Assert.Throws<RuleLoadException>(() => CreepLintRules.Examples("no-such-rules"));
        Assert.That(ex.Message, Does.Contain("AddRulesFromDirectory(\"no-such-rules\") looked in " + Path.Combine(AppContext.BaseDirectory, "no-such-rules"))
            .And.Contain("AppContext.BaseDirectory"));
    }
}
