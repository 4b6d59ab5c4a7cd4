using System.Text.Json;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

public sealed class SuppressionTests
{
    private const string Creepy = "You're expecting, and we couldn't be happier for you.";

    private static JsonElement LintJson(TempRepo repo, params string[] args) =>
        JsonDocument.Parse(repo.Run(["lint", .. args, "--format", "json"]).Out).RootElement.Clone();

    private static List<JsonElement> Findings(JsonElement report) =>
        [.. report.GetProperty("results").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray())];

    private static List<JsonElement> Problems(JsonElement report) => [.. report.GetProperty("problems").EnumerateArray()];

    private static IEnumerable<TestCaseData> CommentSyntaxes()
    {
        yield return new TestCaseData("a.html", "<!-- creeplint-disable-next-line CL1001 -- approved by legal -->\n<p>" + Creepy + "</p>\n").SetName("Html_comment");
        yield return new TestCaseData("a.liquid", "{% comment %} creeplint-disable-next-line CL1001 -- approved by legal {% endcomment %}\n" + Creepy + "\n").SetName("Liquid_comment");
        yield return new TestCaseData("a.hbs", "{{!-- creeplint-disable-next-line CL1001 -- approved by legal --}}\n" + Creepy + "\n").SetName("Handlebars_comment");
        yield return new TestCaseData("a.yaml", "messages:\n  - id: a\n    # creeplint-disable-next-line CL1001 -- approved by legal\n    subject: " + Creepy + "\n").SetName("Yaml_hash_comment");
        yield return new TestCaseData("a.txt", "# creeplint-disable-next-line inferred-trait -- approved by legal\n" + Creepy + "\n").SetName("Hash_comment_by_category");
        yield return new TestCaseData("a.md", "<!-- creeplint-disable-next-line asserted-pregnancy, CL5001 -- approved by legal -->\n" + Creepy + "\n").SetName("Markdown_comment_by_name_or_id");
    }

    [TestCaseSource(nameof(CommentSyntaxes))]
    public void Disable_next_line_works_in_every_comment_syntax(string name, string content)
    {
        using var repo = new TempRepo().Write(name, content);
        var report = LintJson(repo, name);
        var finding = Findings(report).Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        Assert.Multiple(() =>
        {
            Assert.That(finding.GetProperty("suppressed").GetBoolean(), Is.True);
            Assert.That(finding.GetProperty("suppression").GetProperty("reason").GetString(), Is.EqualTo("approved by legal"));
            Assert.That(report.GetProperty("summary").GetProperty("suppressed").GetInt32(), Is.EqualTo(1));
            Assert.That(Problems(report).Where(p => p.GetProperty("code").GetString()!.StartsWith("CL030", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void Suppressed_findings_do_not_count_towards_the_score_or_exit_code()
    {
        // The rule's finding and, when the shipped model speaks on this message (a claim with two roles beside the reader, an
        // attribute and a date, where a model alone may speak from 0.90; docs/model.md), the model's: whether it does is the
        // model's business and changes with each retrain, so the summary is checked against the findings listed as suppressed.
        using var repo = new TempRepo().Write("a.txt", "# creeplint-disable-file CL1001, CL0001 -- reviewed\nYou're expecting twins in June, and we couldn't be happier for you.");
        var result = repo.Run("lint", "a.txt");
        var suppressed = System.Text.RegularExpressions.Regex.Count(result.Out, @"suppressed CL\d{4}");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(result.Out, Does.Contain("suppressed by creeplint-disable-file CL1001, CL0001 on line 1: reviewed"));
            Assert.That(result.Out, Does.Contain("suppressed CL1001"));
            Assert.That(result.Out, Does.Contain($"0 fail, 0 warn, 1 pass, {suppressed} suppressed"));
            Assert.That(result.Out, Does.Not.Contain("CL0303"), "the learned model's id is one a suppression may name");
        });
    }

    [Test]
    public void A_suppression_may_name_the_learned_model_by_its_id_or_name()
    {
        using var repo = new TempRepo().Write("a.txt", "# creeplint-disable-file CL1001, learned-model -- reviewed by legal\n" + Creepy);
        var report = LintJson(repo, "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("summary").GetProperty("fail").GetInt32() + report.GetProperty("summary").GetProperty("warn").GetInt32(), Is.Zero);
            Assert.That(Problems(report), Is.Empty, "no unknown id (CL0303) and no unused suppression (CL0302)");
        });
    }

    [Test]
    public void Disable_block_covers_only_the_lines_until_enable()
    {
        using var repo = new TempRepo().Write("a.txt", $"# creeplint-disable CL1001 -- campaign approved\n{Creepy}\n# creeplint-enable CL1001\n{Creepy}\n");
        var findings = Findings(LintJson(repo, "a.txt")).Where(f => f.GetProperty("ruleId").GetString() == "CL1001").ToList();
        Assert.That(findings.Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("suppressed").GetBoolean())), Is.EqualTo(new[] { (2, true), (4, false) }));
    }

    [Test]
    public void Suppression_without_reason_is_reported_but_still_applies()
    {
        using var repo = new TempRepo().Write("a.txt", "# creeplint-disable-next-line CL1001\n" + Creepy);
        var report = LintJson(repo, "a.txt");
        var problem = Problems(report).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("CL0301"));
            Assert.That((problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()), Is.EqualTo((1, 3)));
            Assert.That(problem.GetProperty("message").GetString(), Does.Contain("has no reason"));
            Assert.That(Findings(report).Single(f => f.GetProperty("ruleId").GetString() == "CL1001").GetProperty("suppressed").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void Suppression_that_suppresses_nothing_is_reported()
    {
        using var repo = new TempRepo().Write("a.txt", "# creeplint-disable-next-line CL1001 -- was creepy once\nOur spring sale starts Friday.\n");
        var problem = Problems(LintJson(repo, "a.txt")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("CL0302"));
            Assert.That(problem.GetProperty("line").GetInt32(), Is.EqualTo(1));
            Assert.That(problem.GetProperty("message").GetString(), Does.Contain("suppresses nothing"));
        });
    }

    [Test]
    public void Suppression_naming_an_unknown_rule_is_reported_with_a_suggestion()
    {
        using var repo = new TempRepo().Write("a.txt", "# creeplint-disable-next-line CL1999 -- typo\n" + Creepy);
        var problems = Problems(LintJson(repo, "a.txt"));
        Assert.That(problems.Select(p => p.GetProperty("message").GetString()), Has.Some.Contains("'CL1999', which is no rule id"));
    }

    [Test]
    public void Directive_text_in_prose_is_not_a_directive()
    {
        using var repo = new TempRepo().Write("a.txt", "Use creeplint-disable-next-line CL1001 in a comment.\n" + Creepy);
        var finding = Findings(LintJson(repo, "a.txt")).Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        Assert.That(finding.GetProperty("suppressed").GetBoolean(), Is.False);
    }

    [Test]
    public void Catalog_suppress_list_suppresses_the_message_and_reports_unused_and_reasonless_entries()
    {
        const string yaml = "messages:\n  - id: a\n    subject: " + Creepy + "\n    suppress:\n      - \"CL1001 -- approved by legal\"\n      - rule: CL5001\n        reason: never fires here\n  - id: b\n    sms: " + Creepy + "\n    suppress:\n      - rule: CL1001\n";
        using var repo = new TempRepo().Write("c.yaml", yaml);

        // Rules only: with CL1001 suppressed the learned model would stand alone on the message and speak (ModelAloneTests).
        var report = LintJson(repo, "c.yaml", "--no-model");
        var findings = Findings(report);
        var problems = Problems(report);
        Assert.Multiple(() =>
        {
            Assert.That(findings.Where(f => f.GetProperty("ruleId").GetString() == "CL1001").Select(f => f.GetProperty("suppressed").GetBoolean()), Is.All.True);
            Assert.That(findings.First().GetProperty("suppression").GetProperty("kind").GetString(), Is.EqualTo("catalog"));
            Assert.That(problems.Select(p => (p.GetProperty("code").GetString(), p.GetProperty("line").GetInt32())),
                Is.EquivalentTo(new[] { ("CL0302", 6), ("CL0301", 11) }));
        });
    }
}
