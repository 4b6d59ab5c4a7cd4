using System.Text.Json;

namespace CreepLint.Cli.Tests;

/// <summary>
/// <c>creeplint bench</c> on tiny inputs: the report's shape and the handling of bad input. Speeds are never asserted
/// (they belong to the benchmark project); counts, sizes and structure are.
/// </summary>
public sealed class BenchCommandTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "creeplint-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Json_report_has_a_run_per_workload_and_thread_count_over_the_given_corpus()
    {
        var input = Write("tiny.jsonl", "{\"id\": 1, \"text\": \"Spring sale: 20% off garden tools.\"}\n\n{\"text\": \"We noticed you like rakes.\", \"kind\": \"message\"}\n");
        var (code, stdout, stderr) = Run("bench", "--input", input, "--passes", "1", "--format", "json");
        Assert.That((code, stderr), Is.EqualTo((0, string.Empty)));

        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("source").GetString(), Is.EqualTo(input));
            Assert.That(root.GetProperty("messages").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("utf8Bytes").GetInt64(), Is.EqualTo("Spring sale: 20% off garden tools.".Length + "We noticed you like rakes.".Length));
            Assert.That(root.GetProperty("rules").GetInt32(), Is.EqualTo(CreepLintEngine.Default.Rules.Length));
            Assert.That(root.GetProperty("cores").GetInt32(), Is.EqualTo(Environment.ProcessorCount));
            Assert.That(root.GetProperty("engine").GetString(), Does.StartWith("default pack, ").And.EndWith(", default model"), "bench times what lint ships: rules and model");
            Assert.That(root.GetProperty("peakWorkingSetBytes").GetInt64(), Is.Positive);
            Assert.That(
                runs.Select(r => (r.GetProperty("workload").GetString(), r.GetProperty("threads").GetInt32())),
                Is.EqualTo(new[] { ("short", 1), ("short", Environment.ProcessorCount), ("long", 1), ("long", Environment.ProcessorCount) }));
            Assert.That(runs.Take(2).Select(r => r.GetProperty("messages").GetInt32()), Is.All.EqualTo(2));
            Assert.That(runs.Skip(2).Select(r => r.GetProperty("messages").GetInt32()), Is.All.EqualTo(1), "two short messages make one long email");
            Assert.That(runs.Select(r => r.GetProperty("megabytesPerSecond").GetDouble()), Is.All.Positive);
            Assert.That(runs.Select(r => r.GetProperty("messagesPerSecond").GetDouble()), Is.All.Positive);
            Assert.That(runs.Select(r => r.GetProperty("allocatedBytesPerMessage").GetDouble()), Is.All.GreaterThanOrEqualTo(0));
            Assert.That(runs.Select(r => r.GetProperty("cpuSeconds").GetDouble()), Is.All.Positive);
            Assert.That(runs.Select(r => r.GetProperty("megabytesPerCpuSecond").GetDouble()), Is.All.Positive);
        });
    }

    [Test]
    public void Engine_options_are_those_of_lint()
    {
        var input = Write("tiny.jsonl", "{\"text\": \"We noticed you like rakes.\"}\n");
        var (code, stdout, stderr) = Run("bench", "--input", input, "--passes", "1", "--format", "json", "--no-model", "--no-config");
        Assert.That((code, stderr), Is.EqualTo((0, string.Empty)));
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("engine").GetString(), Does.EndWith(", no model"));

        var missing = Run("bench", "--input", input, "--model", Path.Combine(_dir, "missing.clm"));
        Assert.That(missing.Code, Is.EqualTo(ExitCodes.UsageOrConfig));
    }

    [Test]
    public void Generated_corpus_repeats_the_tsv_rows_to_the_requested_size_and_can_be_written_out()
    {
        var tsv = Write("sms.tsv", "label\tsms_message\nham\tSee you at eight.\nspam\tWIN a prize! Text WIN to 80082.\nham\t\nbroken line without a tab\n");
        var corpus = Path.Combine(_dir, "big.jsonl");
        var (code, stdout, _) = Run("bench", "--corpus", tsv, "--size-mb", "0.001", "--passes", "1", "--write-corpus", corpus, "--format", "json");
        Assert.That(code, Is.Zero);

        var lines = File.ReadAllLines(corpus);
        var texts = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).ToList();
        using var doc = JsonDocument.Parse(stdout);
        Assert.Multiple(() =>
        {
            Assert.That(new FileInfo(corpus).Length, Is.GreaterThanOrEqualTo(1000).And.LessThan(1100), "about 1,000 bytes of JSONL, one row past the target at most");
            Assert.That(texts.Distinct(), Is.EquivalentTo(new[] { "See you at eight.", "WIN a prize! Text WIN to 80082." }), "header, empty and malformed rows are skipped");
            Assert.That(texts[0], Is.EqualTo("See you at eight."));
            Assert.That(doc.RootElement.GetProperty("messages").GetInt32(), Is.EqualTo(lines.Length));
        });
    }

    [Test]
    public void Text_report_names_the_corpus_the_machine_and_each_run()
    {
        var input = Write("tiny.jsonl", "{\"text\": \"Spring sale: 20% off garden tools.\"}\n");
        var (code, stdout, _) = Run("bench", "--input", input, "--passes", "1");
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(lines[0], Does.StartWith("creeplint bench: 1 messages").And.Contain(input));
            Assert.That(lines[1], Does.StartWith($"machine: {Environment.ProcessorCount} cores"));
            Assert.That(lines, Has.Exactly(2).StartWith("short "));
            Assert.That(lines, Has.Exactly(2).StartWith("long "));
            Assert.That(lines, Has.One.StartWith("peak working set: "));
        });
    }

    [Test]
    public void A_missing_corpus_is_a_usage_error_naming_the_file()
    {
        var missing = Path.Combine(_dir, "nope.tsv");
        var (code, stdout, stderr) = Run("bench", "--corpus", missing);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Does.StartWith("creeplint: ").And.Contain(missing).And.Contain("--corpus"));
            Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    [TestCase("{\"text\": \"ok\"}\n{\"text\": 3}\n", ":2:1: each line must be a JSON object with a string \"text\"")]
    [TestCase("{\"text\": \"ok\"}\n{\"text\": \"unterminated}\n", ":2:")]
    [TestCase("\n\n", ":1:1: no messages to time")]
    public void A_bad_jsonl_input_is_a_usage_error_with_its_line(string content, string expected)
    {
        var input = Write("bad.jsonl", content);
        var (code, _, stderr) = Run("bench", "--input", input, "--passes", "1");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain(input + expected));
        });
    }

    [TestCase("--size-mb", "0")]
    [TestCase("--size-mb", "100000")]
    [TestCase("--passes", "0")]
    public void Out_of_range_options_are_usage_errors(string option, string value)
    {
        var (code, _, stderr) = Run("bench", option, value);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain(option));
        });
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new StringReader(string.Empty));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
