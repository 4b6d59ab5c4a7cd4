using System.Text.Json;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

public sealed class CommandTests
{
    [Test]
    public void Rules_lists_id_category_and_effective_severity()
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", "disable: [CL1001]\nseverity:\n  CL5001: error\n");
        var text = repo.Run("rules").Out;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Match(@"CL1001\s+asserted-pregnancy\s+inferred-trait\s+error \(disabled\)"));
            Assert.That(text, Does.Match(@"CL5001\s+sender-as-observer\s+surveillance-language\s+error"));
        });
    }

    [Test]
    public void Rules_json_is_a_list_of_rule_objects()
    {
        using var repo = new TempRepo();
        using var doc = JsonDocument.Parse(repo.Run("rules", "--format", "json").Out);
        var first = doc.RootElement.EnumerateArray().First(r => r.GetProperty("id").GetString() == "CL5001");
        Assert.Multiple(() =>
        {
            Assert.That(doc.RootElement.GetArrayLength(), Is.EqualTo(CreepLintEngine.Default.Rules.Length));
            Assert.That(first.GetProperty("category").GetString(), Is.EqualTo("surveillance-language"));
            Assert.That(first.GetProperty("severity").GetString(), Is.EqualTo("warning"));
            Assert.That(first.GetProperty("enabled").GetBoolean(), Is.True);
        });
    }

    [TestCase("CL5001")]
    [TestCase("sender-as-observer")]
    [TestCase("cl5001")]
    public void Explain_shows_why_examples_suggestion_by_id_or_name(string id)
    {
        using var repo = new TempRepo();
        var result = repo.Run("explain", id);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Out, Does.StartWith("CL5001 sender-as-observer"));
            Assert.That(result.Out, Does.Contain("Why:"));
            Assert.That(result.Out, Does.Contain("✗ We noticed you like rakes"));
            Assert.That(result.Out, Does.Contain("✓ "));
            Assert.That(result.Out, Does.Contain("Instead:"));
            Assert.That(result.Out, Does.Contain("creeplint-disable-next-line CL5001 -- <reason>"));
        });
    }

    [Test]
    public void Explain_unknown_rule_suggests_the_nearest()
    {
        using var repo = new TempRepo();
        var result = repo.Run("explain", "CL5010");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Contain("no rule is called 'CL5010'; did you mean"));
        });
    }

    [Test]
    public void Test_passes_for_the_default_pack()
    {
        using var repo = new TempRepo();
        var result = repo.Run("test");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(result.Out, Does.EndWith("all pass\n").Or.EndWith("all pass\r\n"));
        });
    }

    [Test]
    public void Test_reports_a_rule_that_never_fires_on_its_bad_example_and_one_that_fires_on_a_good_one()
    {
        const string rules = """
            rules:
              - id: XY1001
                name: lazy-rule
                category: surveillance-language
                severity: warning
                confidence: 60
                message: "m '{match}'"
                why: "w"
                suggestion: "s"
                phrases: [we are watching]
                examples:
                  bad: ["We noticed you."]
                  good: ["Hello."]
              - id: XY1002
                name: eager-rule
                category: surveillance-language
                severity: warning
                confidence: 60
                message: "m '{match}'"
                why: "w"
                suggestion: "s"
                phrases: [hello]
                examples:
                  bad: ["hello there"]
                  good: ["Hello, friend."]
            """;
        using var repo = new TempRepo().Write("my-rules/r.yaml", rules);
        var result = repo.Run("test", "my-rules");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), result.ToString());
            Assert.That(result.Out, Does.Contain("FAIL XY1001 lazy-rule: does not fire on its bad example: We noticed you."));
            Assert.That(result.Out, Does.Contain("FAIL XY1002 eager-rule: fires on its good example: Hello, friend."));
            Assert.That(result.Out, Does.Contain("2 rules, 4 examples: 2 failed"));
        });
    }

    [Test]
    public void Test_on_a_broken_rule_directory_reports_positions_and_exits_two()
    {
        using var repo = new TempRepo().Write("bad/r.yaml", "rules:\n  - id: nope\n");
        var result = repo.Run("test", "bad");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Match(@"r\.yaml:\d+:\d+: error CL00"));
        });
    }

    [Test]
    public void Field_classification_in_config_flags_inferred_warns_observed_and_exempts_declared()
    {
        const string template = "Hi {{ first_name }}! Your {{ loyalty_score }} points, {{ partner.income_band }} offers, seen {{ page_views }} times.";
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "fields:\n  loyalty_score: declared\n  \"partner.*\": third-party\n  page_views: observed\n")
            .Write("t.liquid", template);
        using var doc = JsonDocument.Parse(repo.Run("lint", "t.liquid", "--format", "json").Out);
        var findings = doc.RootElement.GetProperty("results")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("severity").GetString(), f.GetProperty("excerpt").GetString())).ToList();
        Assert.That(findings, Is.EquivalentTo(new[]
        {
            ("CL9102", "error", "partner.income_band"),
            ("CL9103", "warning", "page_views"),
        }));
    }
}
