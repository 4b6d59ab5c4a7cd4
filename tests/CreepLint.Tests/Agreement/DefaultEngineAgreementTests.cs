using System.Text.Json;
using System.Text.Json.Nodes;
using CreepLint.Cli;
using CreepLint.Configuration;
using CreepLint.NUnit;
using CreepLint.Tests.Evaluation;

namespace CreepLint.Tests.Agreement;

/// <summary>
/// One default engine everywhere: over <c>samples/corpus/dev.jsonl</c> the builder's defaults, <see cref="CreepLintEngine.Default"/>,
/// <see cref="CreepLinter"/>, the NUnit constraints, <see cref="CreepLintEngine.FromConfiguration"/> and <c>creeplint lint</c>
/// give every message the same score and verdict, without a configuration and with one that changes thresholds,
/// channels, severities and disabled rules.
/// </summary>
[NonParallelizable]
public sealed class DefaultEngineAgreementTests
{
    private const string Config = """
        thresholds: { warn: 30, fail: 60 }
        channels:
          sms: { warn: 20, fail: 50 }
        disable: [CL5001]
        severity:
          behavioral-detail: info
        """;

    private string _dir = null!;
    private List<(string Id, string Text, MessageKind Kind)> _items = null!;

    [OneTimeSetUp]
    public void Prepare()
    {
        _dir = Directory.CreateTempSubdirectory("creeplint-default-agreement-").FullName;
        _items = [.. File.ReadLines(RepositoryFiles.Path("samples", "corpus", "dev.jsonl")).Where(l => l.Length > 0).Select(l =>
        {
            var node = JsonNode.Parse(l)!;
            return (node["id"]!.GetValue<string>(), node["text"]!.GetValue<string>(), node["kind"]!.GetValue<string>() == "rationale" ? MessageKind.Rationale : MessageKind.Message);
        })];
        File.Copy(RepositoryFiles.Path("samples", "corpus", "dev.jsonl"), Path.Combine(_dir, "dev.jsonl"));
        Directory.CreateDirectory(Path.Combine(_dir, "configured", "sms"));
        File.WriteAllText(Path.Combine(_dir, "configured", ".creeplint.yaml"), Config + "\noverrides:\n  - files: ['sms/**']\n    channel: sms\n");
        File.Copy(RepositoryFiles.Path("samples", "corpus", "dev.jsonl"), Path.Combine(_dir, "configured", "dev.jsonl"));
        File.Copy(RepositoryFiles.Path("samples", "corpus", "dev.jsonl"), Path.Combine(_dir, "configured", "sms", "dev.jsonl"));
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Builder_defaults_Default_CreepLinter_NUnit_FromConfiguration_and_lint_agree_without_a_configuration()
    {
        Assert.That(_items, Has.Count.GreaterThan(200), "the whole dev set");
        var built = CreepLintEngine.CreateBuilder().Build();
        var fromEmptyDirectory = CreepLintEngine.FromConfiguration(_dir);
        var lint = Lint(_dir, "dev.jsonl");
        foreach (var (id, text, kind) in _items)
        {
            var expected = CreepLintEngine.Default.Lint(text, kind);
            var shown = (expected.Score, expected.Verdict);
            Assert.That((built.Lint(text, kind).Score, built.Lint(text, kind).Verdict), Is.EqualTo(shown), id);
            Assert.That((CreepLinter.Lint(text, kind).Score, CreepLinter.Lint(text, kind).Verdict), Is.EqualTo(shown), id);
            Assert.That((fromEmptyDirectory.Lint(text, kind).Score, fromEmptyDirectory.Lint(text, kind).Verdict), Is.EqualTo(shown), id);
            Assert.That(lint[id], Is.EqualTo(shown), id);
            Assert.That(new CreepyConstraint().ApplyTo(new LintRequest(text, kind)).IsSuccess, Is.EqualTo(expected.Verdict == Verdict.Fail), id);
        }
    }

    [Test]
    public void FromConfiguration_gives_the_verdicts_lint_gives_with_the_same_configuration_and_channel()
    {
        var configured = Path.Combine(_dir, "configured");
        var engine = CreepLintEngine.FromConfiguration(Path.Combine(configured, "sms"));
        var body = Lint(configured, "dev.jsonl");
        var sms = Lint(configured, Path.Combine("sms", "dev.jsonl"));
        Assert.Multiple(() =>
        {
            Assert.That(engine.Thresholds, Is.EqualTo(new Thresholds(30, 60)));
            Assert.That(engine.ThresholdsFor(MessageChannel.Sms), Is.EqualTo(new Thresholds(20, 50)));
            Assert.That(engine.Rules.Select(r => r.Id), Does.Not.Contain("CL5001"));
        });
        var differ = 0;
        foreach (var (id, text, kind) in _items)
        {
            var asBody = engine.Lint(new LintRequest(text, kind) { Id = id });
            var asSms = engine.Lint(new LintRequest(text, kind) { Id = id, Channel = MessageChannel.Sms });
            Assert.That(body[id], Is.EqualTo((asBody.Score, asBody.Verdict)), id);
            Assert.That(sms[id], Is.EqualTo((asSms.Score, asSms.Verdict)), id);
            Assert.That(asBody.Id, Is.EqualTo(id));
            differ += asBody.Verdict != CreepLintEngine.Default.Lint(text, kind).Verdict ? 1 : 0;
        }

        Assert.That(differ, Is.Positive, "the configuration changes some verdicts, so agreeing with lint means reading it");
    }

    [Test]
    public void FromConfiguration_reports_a_misspelt_rule_with_its_position_and_the_nearest_name()
    {
        var dir = Path.Combine(_dir, "misspelt");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, ".creeplint.yaml"), "disable:\n  - behavioural-detail\n");
        var ex = Assert.Throws<ConfigurationLoadException>(() => CreepLintEngine.FromConfiguration(dir));
        Assert.That(ex.Diagnostics.Single().ToString(), Is.EqualTo(
            $"{Path.Combine(dir, ".creeplint.yaml")}:2:5: error CL0109: no rule or category is called 'behavioural-detail'; did you mean 'behavioral-detail'?"));
    }

    [Test]
    public void FromConfiguration_names_a_missing_path_as_given_and_as_resolved()
    {
        var ex = Assert.Throws<ConfigurationLoadException>(() => CreepLintEngine.FromConfiguration("no-such-folder"));
        Assert.That(ex.Message, Does.Contain("CreepLintEngine.FromConfiguration(\"no-such-folder\"): no file or directory at " + Path.Combine(AppContext.BaseDirectory, "no-such-folder"))
            .And.Contain("resolved against AppContext.BaseDirectory"));
    }

    private static Dictionary<string, (int Score, Verdict Verdict)> Lint(string workingDirectory, string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(string.Empty)) { WorkingDirectory = workingDirectory, Environment = _ => null };
        var code = CliApp.Run(["lint", path, "--format", "json"], context);
        Assert.That(code, Is.AnyOf(0, 1), error.ToString());
        var report = JsonNode.Parse(output.ToString())!;
        return report["results"]!.AsArray().ToDictionary(
            r => r!["id"]!.GetValue<string>(),
            r => (r!["score"]!.GetValue<int>(), Enum.Parse<Verdict>(r["verdict"]!.GetValue<string>(), ignoreCase: true)));
    }
}
