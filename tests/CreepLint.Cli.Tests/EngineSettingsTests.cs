using System.Text.Json;
using CreepLint.Cli.Commands;
using CreepLint.Configuration;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>Rule settings go into the engine once (per distinct settings, per run), and what lint reports is the engine's score.</summary>
public sealed class EngineSettingsTests
{
    private const string Creepy = "You're expecting, and we couldn't be happier for you.";

    private static JsonElement LintJson(TempRepo repo, params string[] args) =>
        JsonDocument.Parse(repo.Run(["lint", .. args, "--format", "json"]).Out).RootElement.Clone();

    private static List<JsonElement> Findings(JsonElement result) => [.. result.GetProperty("findings").EnumerateArray()];

    [Test]
    public void A_rule_the_configuration_disables_is_not_in_the_engine_that_lints()
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", "disable: [CL1001]\nseverity: { inferred-trait: info }\n").Write("a.txt", Creepy);
        var config = ConfigReader.Read(repo.PathOf(".creeplint.yaml"));
        var (engines, _) = RunSetup.BuildEngines(config);
        var report = LintJson(repo, "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(engines.All.Rules.Select(r => r.Id), Does.Contain("CL1001"), "every loaded rule is known to suppressions and reports");
            Assert.That(engines.Default.Rules.Select(r => r.Id), Does.Not.Contain("CL1001"), "a disabled rule is never evaluated");
            Assert.That(engines.Default.Rules.Where(r => r.Category == CreepCategory.InferredTrait).Select(r => r.Severity).Distinct(), Is.EqualTo(new[] { Severity.Info }));
            Assert.That(Findings(report.GetProperty("results")[0]).Select(f => f.GetProperty("ruleId").GetString()), Does.Not.Contain("CL1001"));
        });
    }

    [Test]
    public void Files_with_equal_settings_share_one_engine_and_an_override_gets_its_own()
    {
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "overrides:\n  - files: ['sms/**']\n    disable: [CL1001]\n  - files: ['push/**']\n    disable: [cl1001]\n")
            .Write("sms/a.txt", Creepy).Write("push/b.txt", Creepy).Write("c.txt", Creepy).Write("d.txt", Creepy);
        var config = ConfigReader.Read(repo.PathOf(".creeplint.yaml"));
        var (engines, _) = RunSetup.BuildEngines(config);
        CreepLintEngine For(string path) => engines.For(SourceFile.Create(config, repo.PathOf(path), path), channel: null);
        var results = LintJson(repo, ".").GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!, r => r);
        Assert.Multiple(() =>
        {
            Assert.That(For("sms/a.txt"), Is.SameAs(For("push/b.txt")), "the same settings (ids ignore case) give the same engine");
            Assert.That(For("c.txt"), Is.SameAs(engines.Default));
            Assert.That(For("sms/a.txt").Rules.Select(r => r.Id), Does.Not.Contain("CL1001"));
            Assert.That(engines.Count, Is.EqualTo(2));
            Assert.That(Findings(results["sms/a.txt"]).Select(f => f.GetProperty("ruleId").GetString()), Does.Not.Contain("CL1001"));
            Assert.That(Findings(results["c.txt"]).Select(f => f.GetProperty("ruleId").GetString()), Does.Contain("CL1001"));
        });
    }

    [Test]
    public void Lint_reports_the_engines_score_with_the_model_and_with_channel_thresholds()
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", "channels: { sms: { warn: 20, fail: 50 } }\noverrides:\n  - files: ['sms/**']\n    channel: sms\n")
            .Write("sms/a.txt", Creepy).Write("a.txt", Creepy);
        var results = LintJson(repo, ".").GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!, r => r);
        var body = CreepLintEngine.Default.Lint(Creepy, MessageKind.Message, TextFormat.PlainText);
        var sms = CreepLintEngine.CreateBuilder().AddDefaultRules().UseDefaultModel().WithThresholds(new Thresholds(20, 50)).Build().Lint(Creepy, MessageKind.Message, TextFormat.PlainText);
        Assert.Multiple(() =>
        {
            Assert.That(results["a.txt"].GetProperty("score").GetInt32(), Is.EqualTo(body.Score));
            Assert.That(results["sms/a.txt"].GetProperty("score").GetInt32(), Is.EqualTo(sms.Score), "the model's part is blended with the channel's thresholds");
            Assert.That(results["sms/a.txt"].GetProperty("verdict").GetString(), Is.EqualTo(sms.Verdict.ToString().ToLowerInvariant()));
        });
    }

    [Test]
    public void Suppressing_every_rule_finding_leaves_the_models_part_as_its_own_finding_and_suppressing_that_clears_it()
    {
        // A message both the rules and the model flag: with the rules silenced, the model's part remains and is shown.
        // The first dev message that, under a header suppressing its rules, keeps both kinds of evidence and a model sure
        // enough to speak alone (which messages those are changes as the model is retrained).
        var engine = CreepLintEngine.Default;
        var candidate = ModelAndRulesCandidates().Select(t =>
        {
            var ids = engine.Lint(t, MessageKind.Message, TextFormat.PlainText).Findings.Select(f => f.RuleId).Distinct().ToList();
            var f = $"# creeplint-disable-file {string.Join(", ", ids)} -- reviewed\n" + t;
            return (Text: t, Rules: ids, File: f, Result: engine.Lint(new LintRequest(f, MessageKind.Message, TextFormat.PlainText) { IgnoreSuppressions = true }));
        }).FirstOrDefault(c => c.Result is { Model: { Counts: true } m } r && CreepLint.Scoring.ModelBlend.Speaks(m, alone: true) && r.Findings.All(f => f.RuleId != "CL0001"));
        Assert.That(candidate.Text, Is.Not.Null, "premise: a dev message keeps both kinds of evidence under the header");
        var (text, rules, file, result) = candidate;
        var library = engine.Lint(file, MessageKind.Message, TextFormat.PlainText);
        var expected = engine.Rescore(result, []);
        using var repo = new TempRepo().Write("a.txt", file).Write("b.txt", $"# creeplint-disable-file {string.Join(", ", rules)}, CL0001 -- reviewed\n{text}");
        var reports = LintJson(repo, ".", "--no-config").GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!, r => r);
        var a = reports["a.txt"];
        var b = reports["b.txt"];
        Assert.Multiple(() =>
        {
            Assert.That(a.GetProperty("score").GetInt32(), Is.EqualTo(expected.Score));
            Assert.That(a.GetProperty("verdict").GetString(), Is.EqualTo("warn"));
            var own = Findings(a).Single(f => !f.GetProperty("suppressed").GetBoolean());
            Assert.That(own.GetProperty("ruleId").GetString(), Is.EqualTo("CL0001"));
            Assert.That(own.GetProperty("message").GetString(), Does.Contain("also rates this message"));
            Assert.That((b.GetProperty("score").GetInt32(), b.GetProperty("verdict").GetString()), Is.EqualTo((0, "pass")));
            Assert.That((library.Score, library.Verdict, library.Findings.Select(f => f.RuleId)), Is.EqualTo((expected.Score, Verdict.Warn, new[] { "CL0001" })),
                "the library honours the same comments the same way");
            Assert.That(Findings(b).All(f => f.GetProperty("suppressed").GetBoolean()), Is.True);
        });
    }

    private static IEnumerable<string> ModelAndRulesCandidates()
    {
        var dev = Path.Combine(CliRun.RepositoryRoot, "samples", "corpus", "dev.jsonl");
        return File.ReadLines(dev).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Where(t => !t.Contains('\n', StringComparison.Ordinal) && CreepLintEngine.Default.Lint(t, MessageKind.Message, TextFormat.PlainText) is { HasFindings: true } r
                && r.Findings.All(f => f.RuleId != "CL0001"));
    }
}
