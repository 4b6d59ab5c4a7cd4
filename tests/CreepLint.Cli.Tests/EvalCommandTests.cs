using System.Text.Json;

namespace CreepLint.Cli.Tests;

/// <summary><c>creeplint eval</c>, run in-process.</summary>
public sealed class EvalCommandTests
{
    private const string Corpus = """
        {"id": "c1", "text": "We noticed you like rakes.", "kind": "message", "creepy": true, "category": "surveillance-language"}
        {"id": "c2", "text": "Garden tools, 20% off.", "kind": "message", "creepy": true, "category": "behavioral-detail"}
        {"id": "n1", "text": "We noticed you like brooms.", "kind": "message", "creepy": false}
        {"id": "n2", "text": "Spring sale starts Friday.", "kind": "message", "creepy": false}
        """;

    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "creeplint-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Text_report_prints_metrics_confusion_categories_and_every_error()
    {
        var (code, output, error) = Run("eval", Write("c.jsonl", Corpus));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain("predicted creepy = verdict warn or fail"));
            Assert.That(output, Does.Contain("overall: precision 0.500  recall 0.500  F1 0.500  category hit rate 0.500 (1/2)"));
            Assert.That(output, Does.Contain("confusion: TP 1  FP 1  FN 1  TN 1"));
            Assert.That(output, Does.Match(@"surveillance-language\s+1\s+1\s+0\s+1\s+0\.500\s+1\.000\s+0\.667\s+1\.000"));
            Assert.That(output, Does.Contain("false positives (clean, flagged): 1").And.Contain("n1 [clean]").And.Contain("text: We noticed you like brooms.").And.Contain("CL5001"));
            Assert.That(output, Does.Contain("false negatives (creepy, not flagged): 1").And.Contain("c2 [behavioral-detail] score 0 pass"));
            Assert.That(output, Does.Match(@"\nclean(\s+\d+){4}\s+1(\s+0){4}\s+1\n"), "clean row: one flagged for surveillance (SL column), one not flagged");
        });
    }

    [Test]
    public void Json_report_carries_the_same_figures()
    {
        var (code, output, _) = Run("eval", Write("c.jsonl", Corpus), "--format", "json");
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var surveillance = root.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "surveillance-language");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(root.GetProperty("items").GetInt32(), Is.EqualTo(4));
            Assert.That(root.GetProperty("overall").GetProperty("truePositives").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("overall").GetProperty("f1").GetDouble(), Is.EqualTo(0.5).Within(1e-9));
            Assert.That(root.GetProperty("overall").GetProperty("hitRate").GetDouble(), Is.EqualTo(0.5).Within(1e-9));
            Assert.That(surveillance.GetProperty("falsePositives").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("falsePositives")[0].GetProperty("id").GetString(), Is.EqualTo("n1"));
            Assert.That(root.GetProperty("falsePositives")[0].GetProperty("findings")[0].GetProperty("ruleId").GetString(), Is.EqualTo("CL5001"));
            Assert.That(root.GetProperty("falseNegatives")[0].GetProperty("text").GetString(), Is.EqualTo("Garden tools, 20% off."));
            var clean = root.GetProperty("categoryConfusion").EnumerateArray().Single(r => r.GetProperty("label").GetString() == "clean").GetProperty("predicted");
            Assert.That((clean.GetProperty("surveillance-language").GetInt32(), clean.GetProperty("none").GetInt32()), Is.EqualTo((1, 1)));
        });
    }

    [TestCase("0.4", 0)]
    [TestCase("0.5", 0)]
    [TestCase("0.6", 1)]
    public void Fail_under_f1_sets_the_exit_code(string floor, int expected)
    {
        var (code, output, _) = Run("eval", Write("c.jsonl", Corpus), "--fail-under-f1", floor);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(expected));
            Assert.That(output, Does.Contain(expected == 0 ? "meets the floor" : "is below the floor"));
        });
    }

    [Test]
    public void Rules_directory_replaces_the_default_pack()
    {
        var rules = Path.Combine(_dir, "rules");
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "r.yaml"), """
            rules:
              - id: XT001
                name: garden-tools
                category: behavioral-detail
                severity: error
                confidence: 90
                message: "m"
                why: "w"
                suggestion: "s"
                phrases: [garden tools]
            """);
        var (code, output, error) = Run("eval", Write("c.jsonl", Corpus), "--rules", rules, "--no-default-rules");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain("confusion: TP 1  FP 0  FN 1  TN 2"));
        });
    }

    [Test]
    public void Malformed_corpus_is_a_usage_error_naming_file_and_line()
    {
        var path = Write("bad.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"creepy\": false}\n{\"id\": \"b\", \"text\": \"y\", \"creepy\": true}\n");
        var (code, output, error) = Run("eval", path);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain($"{path}:2:1: error: a creepy item needs \"category\""));
            Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    [Test]
    public void Eval_uses_the_same_model_switches_as_lint()
    {
        var corpus = Write("c.jsonl", "{\"id\": \"a\", \"text\": \"Spring sale on rakes.\", \"creepy\": false}\n");
        var bad = Write("bad.clm", "not a model");
        var (badCode, _, badError) = Run("eval", corpus, "--model", bad);
        var (bothCode, _, bothError) = Run("eval", corpus, "--model", bad, "--no-model");
        var (offCode, _, offError) = Run("eval", corpus, "--no-model");
        Assert.Multiple(() =>
        {
            Assert.That(badCode, Is.EqualTo(2));
            Assert.That(badError, Does.Contain("not a CreepLint model"));
            Assert.That(bothCode, Is.EqualTo(2));
            Assert.That(bothError, Does.Contain("contradict"));
            Assert.That(offCode, Is.Zero, offError);
        });
    }

    [TestCase("missing.jsonl", "no such corpus file")]
    public void Missing_corpus_is_a_usage_error(string name, string expected)
    {
        var (code, _, error) = Run("eval", Path.Combine(_dir, name));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain(expected));
        });
    }

    [TestCase("1.5")]
    [TestCase("-0.1")]
    public void Out_of_range_floor_is_a_usage_error(string floor)
    {
        var (code, _, error) = Run("eval", Write("c.jsonl", Corpus), "--fail-under-f1", floor);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain($"--fail-under-f1 expects a number from 0 to 1, not '{floor}'"));
        });
    }

    [Test]
    public void Default_pack_meets_the_documented_floor_on_the_dev_split()
    {
        var dev = Path.Combine(RepositoryRoot(), "samples", "corpus", "dev.jsonl");
        var (code, output, error) = Run("eval", dev, "--fail-under-f1", "0.9");
        Assert.That(code, Is.Zero, output + error);
    }

    [Test]
    public void An_item_s_lang_is_the_language_it_is_linted_in_as_lint_reads_it()
    {
        // Too short to identify as German (read as English from its text alone), so only its "lang" makes it German.
        const string text = "{{ vorname }}, 14 Tabs, 0 Käufe?";
        Assume.That(CreepLintEngine.IdentifyLanguage(text), Is.EqualTo("en"));
        var corpus = Write("d.jsonl", $$"""{"id": "d1", "text": "{{text}}", "lang": "de", "kind": "message", "creepy": true, "category": "behavioral-detail"}""");

        var (code, output, error) = Run("eval", corpus, "--format", "json");
        using var doc = JsonDocument.Parse(output);
        var german = doc.RootElement.GetProperty("languages").EnumerateArray().Single();
        var (_, linted, _) = Run("lint", corpus, "--format", "json");
        using var lint = JsonDocument.Parse(linted);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(german.GetProperty("language").GetString(), Is.EqualTo("de"));
            Assert.That(german.GetProperty("identified").GetInt32(), Is.EqualTo(1), "linted as its labelled language");
            Assert.That(lint.RootElement.GetProperty("summary").GetProperty("languages").TryGetProperty("de", out _), Is.True, "lint reads it as German too");
        });
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new StringReader(string.Empty));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CreepLint.sln not found above the test directory.");
    }
}
