using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreepLint.Cli;
using CreepLint.Cli.Baselines;
using CreepLint.NUnit;
using CreepLint.Tests.Evaluation;
using CreepLint.Training.Evaluation;

namespace CreepLint.Tests.Agreement;

/// <summary>
/// One owner for the score: over the whole labelled corpus, the rule examples and <c>samples/templates</c>, the engine,
/// <c>lint --format json</c>, <c>eval</c> and the NUnit helpers give every item the same score and verdict, with the model
/// and without, and with suppressions and a baseline applied (the engine side re-scored with <see cref="CreepLintEngine.Rescore"/>).
/// </summary>
[TestFixture(true)]
[TestFixture(false)]
[NonParallelizable]
public sealed class ScoreAgreementTests(bool model)
{
    private const string JsonLines = "all.jsonl";
    private const string Catalog = "suppressed.json";
    private string _dir = null!;
    private CreepLintEngine _engine = null!;
    private List<Item> _items = null!;

    [OneTimeSetUp]
    public void Prepare()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"creeplint-agreement-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(_dir, "templates"));
        _engine = model ? CreepLintEngine.Default : CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();
        _items = [.. Labelled(), .. Templates()];
        File.WriteAllLines(Path.Combine(_dir, JsonLines), _items.Where(i => i.File == JsonLines).Select(i => i.ToJsonLine()));
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Lint_json_reports_the_engines_score_and_verdict_for_every_item()
    {
        var reported = Lint(".");
        Assert.That(reported, Has.Count.EqualTo(_items.Count));
        foreach (var item in _items)
        {
            var result = _engine.Lint(item.Request);
            Assert.That(reported[item.Key], Is.EqualTo((result.Score, Verdict(result.Verdict))), item.ToString());
        }
    }

    [Test]
    public void Eval_counts_the_verdicts_lint_gives()
    {
        var labelled = _items.Where(i => i.Creepy is not null).ToList();
        var lint = Lint(JsonLines);
        var (code, output, error) = Run("eval", JsonLines, "--format", "json");
        Assert.That(code, Is.Zero, error + output[..Math.Min(500, output.Length)]);
        var report = JsonNode.Parse(output)!;
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var item in labelled)
        {
            var flagged = lint[item.Key].Verdict != "pass";
            _ = (item.Creepy!.Value, flagged) switch { (true, true) => tp++, (false, true) => fp++, (true, false) => fn++, _ => tn++ };
        }

        var overall = report["overall"]!;
        Assert.That(
            (overall["truePositives"]!.GetValue<int>(), overall["falsePositives"]!.GetValue<int>(), overall["falseNegatives"]!.GetValue<int>(), overall["trueNegatives"]!.GetValue<int>()),
            Is.EqualTo((tp, fp, fn, tn)));
        foreach (var error2 in report["falsePositives"]!.AsArray().Concat(report["falseNegatives"]!.AsArray()))
        {
            var key = (JsonLines, error2!["id"]!.GetValue<string>());
            Assert.That((error2["score"]!.GetValue<int>(), error2["verdict"]!.GetValue<string>()), Is.EqualTo(lint[key]), key.ToString());
        }

        // Item by item, the evaluator eval prints from.
        var evaluated = CorpusEvaluator.Evaluate(_engine, [.. labelled.Select(i => new LabelledItem(i.Uid, i.Text, i.Kind, i.Creepy!.Value, i.Category, JsonLines, 1))]);
        foreach (var (item, e) in labelled.Zip(evaluated.Items))
        {
            Assert.That((e.Result.Score, Verdict(e.Result.Verdict)), Is.EqualTo(lint[item.Key]), item.ToString());
        }
    }

    [Test]
    public void NUnit_constraints_and_approvals_see_the_engines_score_and_verdict()
    {
        foreach (var item in _items.Where(i => i.Template is not null || i.Index % 5 == 0))
        {
            var result = _engine.Lint(item.Request);
            object actual = item.Template is { } template ? template : new LintRequest(item.Text, item.Kind, item.Format);
            Assert.Multiple(() =>
            {
                Assert.That(new CreepyConstraint().Using(_engine).ApplyTo(actual).IsSuccess, Is.EqualTo(result.Verdict == CreepLint.Verdict.Fail), item.ToString());
                Assert.That(new CreepyConstraint().Using(_engine).Above(Math.Max(0, result.Score - 1)).ApplyTo(actual).IsSuccess, Is.EqualTo(result.Score > 0), item.ToString());
                Assert.That(new CreepyConstraint().Using(_engine).Above(result.Score).ApplyTo(actual).IsSuccess, Is.False, item.ToString());
            });
        }

        var templates = _items.Where(i => i.Template is not null).Select(i => i.Template!).ToList();
        var snapshot = Approvals.FormatFindings(templates, _engine).Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).ToList();
        var lint = Lint("templates");
        Assert.That(snapshot, Is.EquivalentTo(templates.Select(t => $"{t.Name}: score {lint[("templates/" + t.Name, null)].Score} {lint[("templates/" + t.Name, null)].Verdict}")));
    }

    [Test]
    public void With_suppressions_lint_and_the_nunit_helpers_report_the_engines_rescore()
    {
        // Every item as a catalog message; each suppresses the rule of its first finding, which silences every finding
        // of some messages (the model's part must then stay) and the model's own finding of others (its part goes).
        var messages = new JsonArray();
        var suppressed = new Dictionary<string, string>();
        foreach (var item in _items)
        {
            var result = _engine.Lint(item.CatalogRequest);
            var message = new JsonObject { ["id"] = item.Uid, [item.Kind == MessageKind.Rationale ? "rationale" : "body"] = item.Text };
            if (result.HasFindings)
            {
                suppressed[item.Uid] = result.Findings[0].RuleId;
                message["suppress"] = new JsonArray($"{result.Findings[0].RuleId} -- agreement test");
            }

            messages.Add(message);
        }

        File.WriteAllText(Path.Combine(_dir, Catalog), new JsonObject { ["messages"] = messages }.ToJsonString());
        var lint = Lint(Catalog);
        var orphans = 0;
        foreach (var item in _items)
        {
            var result = _engine.Lint(item.CatalogRequest);
            var kept = suppressed.TryGetValue(item.Uid, out var rule) ? result.Findings.Where(f => f.RuleId != rule).ToList() : [.. result.Findings];
            var expected = _engine.Rescore(result, kept);
            orphans += result.Model is { Counts: true } && kept.All(f => f.RuleId == "CL0001") && result.Findings.All(f => f.RuleId != "CL0001") && result.HasFindings ? 1 : 0;
            var key = (Catalog, $"{item.Uid}/{(item.Kind == MessageKind.Rationale ? "rationale" : "body")}");
            Assert.That(lint[key], Is.EqualTo((expected.Score, Verdict(expected.Verdict))), item.ToString());
            Assert.That(new CreepyConstraint().Using(_engine).ApplyTo(expected).IsSuccess, Is.EqualTo(expected.Verdict == CreepLint.Verdict.Fail));
            Assert.That(new CreepyConstraint().Using(_engine).Above(expected.Score).ApplyTo(expected).IsSuccess, Is.False);
        }

        Assert.That(orphans > 0, Is.EqualTo(model), "with the model, some messages keep only the model's part once their rule findings are suppressed");
    }

    [Test]
    public void With_a_baseline_lint_reports_the_engines_rescore()
    {
        var (code, _, error) = Run("baseline", JsonLines, "-o", "full-baseline.json");
        Assert.That(code, Is.Zero, error);

        // Keep every other accepted finding: some messages lose all their findings, some a few, some none.
        var full = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "full-baseline.json")))!;
        var entries = full["findings"]!.AsArray().Select((e, i) => (e, i)).Where(x => x.i % 2 == 0).Select(x => x.e!.DeepClone()).ToArray();
        full["findings"] = new JsonArray(entries);
        File.WriteAllText(Path.Combine(_dir, "half-baseline.json"), full.ToJsonString());
        var remaining = entries.ToDictionary(e => e["fingerprint"]!.GetValue<string>(), e => e["count"]?.GetValue<int>() ?? 1);

        var lint = Lint(JsonLines, "--baseline", "half-baseline.json");
        foreach (var item in _items.Where(i => i.File == JsonLines))
        {
            var result = _engine.Lint(item.Request);
            var kept = new List<Finding>();
            foreach (var f in result.Findings)
            {
                var fingerprint = Fingerprint.Of(f.RuleId, f.Excerpt, item.Request.Text, JsonLines, item.Uid);
                if (remaining.TryGetValue(fingerprint, out var n) && n > 0)
                {
                    remaining[fingerprint] = n - 1;
                }
                else
                {
                    kept.Add(f);
                }
            }

            var expected = _engine.Rescore(result, kept);
            Assert.That(lint[item.Key], Is.EqualTo((expected.Score, Verdict(expected.Verdict))), item.ToString());
        }
    }

    private static string Verdict(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private Dictionary<(string Source, string? Id), (int Score, string Verdict)> Lint(params string[] args)
    {
        var (_, output, error) = Run(["lint", .. args, "--format", "json"]);
        var report = JsonNode.Parse(output) ?? throw new InvalidOperationException(error);
        return report["results"]!.AsArray().ToDictionary(
            r => (r!["source"]!.GetValue<string>(), r["id"]?.GetValue<string>()),
            r => (r!["score"]!.GetValue<int>(), r["verdict"]!.GetValue<string>()));
    }

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(string.Empty)) { WorkingDirectory = _dir, Environment = _ => null };
        var code = CliApp.Run([.. args, "--no-config", .. model ? Array.Empty<string>() : ["--no-model"]], context);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The labelled corpus and the default pack's rule examples, as one JSON Lines file.</summary>
    private IEnumerable<Item> Labelled()
    {
        var index = 0;
        foreach (var path in Directory.GetFiles(RepositoryFiles.Path("samples", "corpus"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            var problems = new List<CorpusProblem>();
            foreach (var i in LabelledCorpus.Load(path, problems))
            {
                yield return new Item(index++, JsonLines, $"{Path.GetFileNameWithoutExtension(path)}:{i.Id}", i.Text, i.Kind, TextFormat.Auto, i.Creepy, i.Category);
            }

            Assert.That(problems, Is.Empty);
        }

        foreach (var rule in CreepLintEngine.Default.Rules)
        {
            foreach (var (list, creepy) in new[] { (rule.BadExamples, true), (rule.GoodExamples, false) })
            {
                for (var k = 0; k < list.Length; k++)
                {
                    yield return new Item(index++, JsonLines, $"{rule.Id}:{(creepy ? "bad" : "good")}:{k}", list[k].Text, list[k].Kind, TextFormat.Auto, creepy, creepy ? rule.Category : null);
                }
            }
        }
    }

    /// <summary>samples/templates: template files as the NUnit helpers read them, and the rationales as JSON Lines.</summary>
    private IEnumerable<Item> Templates()
    {
        var index = 100_000;
        var source = RepositoryFiles.Path("samples", "templates");
        foreach (var template in CreepLintTemplates.Load(source))
        {
            File.Copy(template.Path, Path.Combine(_dir, "templates", template.Name));
            yield return new Item(index++, "templates/" + template.Name, null, template.Text, MessageKind.Message, template.Format, null, null) { Template = template };
        }

        var rationales = Path.Combine(source, "rationales.jsonl");
        File.Copy(rationales, Path.Combine(_dir, "templates", "rationales.jsonl"));
        var line = 0;
        foreach (var text in File.ReadLines(rationales))
        {
            line++;
            if (text.Trim().Length > 0)
            {
                var json = JsonDocument.Parse(text).RootElement;
                var kind = json.TryGetProperty("kind", out var k) && k.GetString() == "rationale" ? MessageKind.Rationale : MessageKind.Message;
                var id = json.TryGetProperty("id", out var i) ? i.GetString() : $"line {line}";
                yield return new Item(index++, "templates/rationales.jsonl", id, json.GetProperty("text").GetString()!, kind, TextFormat.Auto, null, null);
            }
        }
    }

    /// <summary>One linted text: where lint reads it from (file and id) and how the engine is asked about it.</summary>
    private sealed record Item(int Index, string File, string? Id, string Text, MessageKind Kind, TextFormat Format, bool? Creepy, CreepCategory? Category)
    {
        public TemplateFile? Template { get; init; }

        public string Uid => Id ?? File;

        public (string, string?) Key => (File, Id);

        public LintRequest Request => new(Text, Kind, Format);

        /// <summary>As a catalog part: a body is detected, a rationale plain text.</summary>
        public LintRequest CatalogRequest => new(Text, Kind, Kind == MessageKind.Rationale ? TextFormat.PlainText : TextFormat.Auto);

        public string ToJsonLine()
        {
            var json = new JsonObject { ["id"] = Id, ["text"] = Text, ["kind"] = Kind == MessageKind.Rationale ? "rationale" : "message", ["creepy"] = Creepy };
            if (Category is { } c)
            {
                json["category"] = c.ToId();
            }

            return json.ToJsonString();
        }

        public override string ToString() => $"{File}#{Id}: {Text[..Math.Min(Text.Length, 80)]}";
    }
}
