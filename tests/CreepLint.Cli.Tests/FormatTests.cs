using System.Text.Json;
using System.Xml.Linq;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

public sealed class FormatTests
{
    private const string Creepy = "You're expecting, and we couldn't be happier for you.";

    private static TempRepo Sample() => new TempRepo()
        .Write("emails/a.html", "<!-- creeplint-disable-next-line CL5001 -- security notice wording approved -->\n<p>We noticed you like rakes.</p>\n<p>" + Creepy + "</p>\n")
        .Write("emails/b.txt", "Spring sale: 20% off rakes.")
        .Write("emails/c, odd.txt", "We noticed you like rakes.")
        .WriteBytes("emails/d.txt", [0, 1, 2]);

    [Test]
    public void Sarif_validates_against_the_official_schema()
    {
        using var repo = Sample();
        var result = repo.Run("lint", "emails", "--format", "sarif");
        using var doc = JsonDocument.Parse(result.Out);
        var errors = SchemaValidator.LoadSarif().Validate(doc.RootElement);
        Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(20)));
    }

    [Test]
    public void Schema_validator_rejects_broken_sarif()
    {
        using var doc = JsonDocument.Parse("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}, \"results\": [{\"level\": \"severe\", \"message\": {\"text\": \"x\"}}]}]}");
        var errors = SchemaValidator.LoadSarif().Validate(doc.RootElement);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Some.Contains("missing required property 'name'"));
            Assert.That(errors, Has.Some.Contains("\"severe\" is not one of").Or.Some.Contains("severe is not one of"));
        });
    }

    [Test]
    public void Sarif_carries_rules_locations_fingerprints_properties_and_suppressions()
    {
        using var repo = Sample();
        using var doc = JsonDocument.Parse(repo.Run("lint", "emails", "--format", "sarif").Out);
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var pregnancy = results.Single(r => r.GetProperty("ruleId").GetString() == "CL1001");
        var suppressed = results.Single(r => r.GetProperty("ruleId").GetString() == "CL5001" && r.TryGetProperty("suppressions", out _));
        var region = pregnancy.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var odd = results.Single(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.Contains("odd", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            var rule = rules[pregnancy.GetProperty("ruleIndex").GetInt32()];
            Assert.That(rule.GetProperty("id").GetString(), Is.EqualTo("CL1001"));
            Assert.That(rule.GetProperty("name").GetString(), Is.EqualTo("asserted-pregnancy"));
            Assert.That(rule.GetProperty("fullDescription").GetProperty("text").GetString(), Is.Not.Empty);
            Assert.That(rule.GetProperty("help").GetProperty("text").GetString(), Does.Contain("Instead:"));
            Assert.That(rule.GetProperty("helpUri").GetString(), Does.StartWith("http"));
            Assert.That(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That(pregnancy.GetProperty("level").GetString(), Is.EqualTo("error"));
            Assert.That((region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()), Is.EqualTo((3, 4)));
            Assert.That(pregnancy.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("emails/a.html"));
            Assert.That(pregnancy.GetProperty("partialFingerprints").GetProperty("creeplint/v1").GetString(), Has.Length.EqualTo(32));
            Assert.That(pregnancy.GetProperty("properties").GetProperty("score").GetInt32(), Is.EqualTo(90));
            Assert.That(pregnancy.GetProperty("properties").GetProperty("category").GetString(), Is.EqualTo("inferred-trait"));
            Assert.That(suppressed.GetProperty("suppressions")[0].GetProperty("kind").GetString(), Is.EqualTo("inSource"));
            Assert.That(suppressed.GetProperty("suppressions")[0].GetProperty("justification").GetString(), Is.EqualTo("security notice wording approved"));
            Assert.That(odd.GetProperty("level").GetString(), Is.EqualTo("error"), "a warning-severity finding of a failing message fails the run");
            Assert.That(odd.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("emails/c%2C%20odd.txt"));
            Assert.That(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0].GetProperty("descriptor").GetProperty("id").GetString(), Is.EqualTo("CL0202"));
        });
    }

    [Test]
    public void Github_format_writes_escaped_workflow_commands_and_skips_suppressed_findings()
    {
        using var repo = Sample();
        var lines = repo.Run("lint", "emails", "--format", "github").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.StartsWith("::error file=emails/a.html,line=3,col=4,title=CL1001 inferred-trait (score 90)::"));
            // A warning-severity rule (CL5001) in a message that fails the run is annotated as what it is there: an error.
            Assert.That(lines, Has.Some.StartsWith("::error file=emails/c%2C odd.txt,line=1,col=1,title=CL5001"));
            Assert.That(lines.Count(l => l.Contains("CL5001", StringComparison.Ordinal)), Is.EqualTo(1), "the suppressed CL5001 in a.html is not annotated");
            Assert.That(lines, Has.Some.StartsWith("::notice file=emails/d.txt,title=creeplint CL0202::"));
            Assert.That(lines[^1], Does.StartWith("3 files, 3 messages"));
        });
    }

    [TestCase("fail", "warning")]
    [TestCase("warn", "error")]
    public void Annotation_levels_follow_what_fails_the_run_not_the_rules_severity(string failOn, string level)
    {
        // The error-severity finding (CL1001) of a message that only warns is a warning; with --fail-on warn it fails the run.
        // Rules only, so the message scores the finding's 90 whatever the learned model makes of it.
        using var repo = new TempRepo().Write(".creeplint.yaml", "model: false\nthresholds:\n  warn: 35\n  fail: 99\n").Write("a.txt", Creepy);
        var run = repo.Run("lint", "a.txt", "--format", "github", "--fail-on", failOn);
        using var sarif = JsonDocument.Parse(repo.Run("lint", "a.txt", "--format", "sarif", "--fail-on", failOn).Out);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(failOn == "warn" ? 1 : 0), run.ToString());
            Assert.That(run.Out, Does.StartWith($"::{level} file=a.txt,line=1,col=1,title=CL1001"));
            Assert.That(result.GetProperty("level").GetString(), Is.EqualTo(level));
            Assert.That(result.GetProperty("properties").GetProperty("verdict").GetString(), Is.EqualTo("warn"));
        });
    }

    [Test]
    public void Junit_has_a_suite_per_file_a_case_per_message_and_failures_for_failing_messages()
    {
        using var repo = Sample();
        var xml = XDocument.Parse(repo.Run("lint", "emails", "--format", "junit").Out);
        var suites = xml.Root!.Elements("testsuite").ToList();
        var a = suites.Single(s => (string?)s.Attribute("name") == "emails/a.html");
        Assert.Multiple(() =>
        {
            Assert.That(xml.Root.Name.LocalName, Is.EqualTo("testsuites"));
            Assert.That(suites.Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[] { "emails/a.html", "emails/b.txt", "emails/c, odd.txt", "creeplint input problems" }));
            Assert.That((string?)a.Attribute("failures"), Is.EqualTo("1"));
            Assert.That(a.Element("testcase")!.Element("failure")!.Value, Does.Contain("emails/a.html:3:4: error CL1001"));
            Assert.That(suites[1].Element("testcase")!.Element("failure"), Is.Null);
        });
    }

    [Test]
    public void Markdown_has_a_summary_heading_and_a_table_of_flagged_messages()
    {
        using var repo = Sample();
        var md = repo.Run("lint", "emails", "--format", "markdown").Out;
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.StartWith("## CreepLint: 2 fail, 0 warn, 1 pass"));
            Assert.That(md, Does.Contain("| Verdict | Message | Score | Strongest finding |"));
            Assert.That(md, Does.Contain("| ❌ fail | `emails/a.html:3` | "));
            Assert.That(md, Does.Contain("| CL1001 | asserted-pregnancy | inferred-trait | 1 |"));
            Assert.That(md, Does.Contain("CL0202"));
        });
    }

    [Test]
    public void Jsonl_has_one_parseable_object_per_line_ending_with_the_summary()
    {
        using var repo = Sample();
        var lines = repo.Run("lint", "emails", "--format", "jsonl").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Select(p => p.GetProperty("type").GetString()).Distinct(), Is.EqualTo(new[] { "finding", "problem", "summary" }));
            Assert.That(parsed[^1].GetProperty("summary").GetProperty("messages").GetInt32(), Is.EqualTo(3));
            Assert.That(parsed.Count(p => p.GetProperty("type").GetString() == "finding"), Is.EqualTo(3));
        });
    }

    [Test]
    public void Json_report_keeps_the_documented_fields()
    {
        using var repo = Sample();
        using var doc = JsonDocument.Parse(repo.Run("lint", "emails", "--format", "json").Out);
        var root = doc.RootElement;
        var finding = root.GetProperty("results")[0].GetProperty("findings")[0];
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("tool").GetProperty("name").GetString(), Is.EqualTo("creeplint"));
            foreach (var name in new[] { "ruleId", "category", "severity", "score", "message", "line", "column", "offset", "length", "excerpt", "suggestion", "fingerprint", "suppressed" })
            {
                Assert.That(finding.TryGetProperty(name, out _), Is.True, name);
            }

            foreach (var name in new[] { "files", "messages", "pass", "warn", "fail", "problems", "suppressed", "baselined" })
            {
                Assert.That(root.GetProperty("summary").TryGetProperty(name, out _), Is.True, name);
            }
        });
    }
}
