using CreepLint.Cli;
using CreepLint.Model;

namespace CreepLint.Cli.Tests;

public sealed class TrainCommandTests
{
    private string _dir = null!;

    private static string Corpus { get; } = Path.Combine(FindRoot(), "samples", "corpus", "train.jsonl");

    [SetUp]
    public void CreateDirectory()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"creeplint-train-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Train_writes_a_loadable_model_and_reports_cross_validated_figures()
    {
        var small = Path.Combine(_dir, "small.jsonl");
        File.WriteAllLines(small, File.ReadLines(Corpus).Take(120));
        var output = Path.Combine(_dir, "model.clm");
        var (code, stdout, stderr) = Run("train", small, "-o", output, "--seed", "3");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), stderr);
            Assert.That(stdout, Does.Contain("Trained on 120 messages"));
            Assert.That(stdout, Does.Contain("precision  recall     F1"));
            Assert.That(stdout, Does.Contain("rules + model"));
            Assert.That(stderr, Is.Empty, "no progress bar when stderr is not a terminal");
            Assert.That(LinearCreepModel.Load(output).Threshold, Is.InRange(0.5, 1.0));
        });
    }

    [Test]
    public void A_given_threshold_is_the_models_and_the_same_fit_otherwise()
    {
        var small = Path.Combine(_dir, "small.jsonl");
        File.WriteAllLines(small, File.ReadLines(Corpus).Take(120));
        var chosen = Path.Combine(_dir, "chosen.clm");
        var fixedAt = Path.Combine(_dir, "fixed.clm");
        var (code1, _, stderr1) = Run("train", small, "-o", chosen, "--seed", "3");
        var (code2, stdout2, stderr2) = Run("train", small, "-o", fixedAt, "--seed", "3", "--threshold", "0.73");
        Assert.That((code1, code2), Is.EqualTo((0, 0)), stderr1 + stderr2);
        var a = LinearCreepModel.Load(chosen);
        var b = LinearCreepModel.Load(fixedAt);
        Assert.Multiple(() =>
        {
            Assert.That(b.Threshold, Is.EqualTo(0.73));
            Assert.That(stdout2, Does.Contain("Model threshold: probability 0.73, as given (--threshold)"));
            Assert.That(b.Weights, Is.EqualTo(a.Weights), "the threshold does not change the fit");
            Assert.That((b.Bias, b.PlattA, b.PlattB), Is.EqualTo((a.Bias, a.PlattA, a.PlattB)));
        });
    }

    [TestCase("0.4")]
    [TestCase("1.5")]
    public void A_threshold_outside_one_half_to_one_is_a_usage_error(string threshold)
    {
        var small = Path.Combine(_dir, "small.jsonl");
        File.WriteAllLines(small, File.ReadLines(Corpus).Take(40));
        var (code, _, stderr) = Run("train", small, "-o", Path.Combine(_dir, "m.clm"), "--threshold", threshold);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain($"--threshold expects a number from 0.5 to 1, not '{threshold}'"));
            Assert.That(File.Exists(Path.Combine(_dir, "m.clm")), Is.False);
        });
    }

    [Test]
    public void Train_for_a_language_writes_a_model_that_records_the_language()
    {
        var german = Path.Combine(FindRoot(), "samples", "corpus", "de", "train.jsonl");
        var small = Path.Combine(_dir, "de.jsonl");
        File.WriteAllLines(small, File.ReadLines(german).Take(120));
        var output = Path.Combine(_dir, "de.clm");
        var (code, stdout, stderr) = Run("train", small, "--language", "de-CH", "-o", output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), stderr);
            Assert.That(stdout, Does.Contain("it scores 'de' messages only"));
            Assert.That(LinearCreepModel.Load(output).Language, Is.EqualTo("de"));
        });
    }

    [Test]
    public void Items_in_another_language_than_the_models_are_an_error_naming_file_and_line()
    {
        var mixed = Path.Combine(_dir, "mixed.jsonl");
        File.WriteAllLines(mixed, [.. File.ReadLines(Corpus).Take(20), "{\"text\": \"Wir wissen, dass Sie schwanger sind.\", \"creepy\": true, \"lang\": \"de\"}"]);
        var output = Path.Combine(_dir, "model.clm");
        var (code, _, stderr) = Run("train", mixed, "-o", output);
        var (noPack, _, noPackError) = Run("train", mixed, "--language", "it", "-o", output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain($"{mixed}:21:1: the item is in 'de'").And.Contain("--language de").And.Contain("nothing was trained"));
            Assert.That(noPack, Is.EqualTo(2));
            Assert.That(noPackError, Does.Contain("no rule pack reads 'it'"));
            Assert.That(File.Exists(output), Is.False);
        });
    }

    [Test]
    public void The_same_seed_writes_the_same_bytes()
    {
        var small = Path.Combine(_dir, "small.jsonl");
        File.WriteAllLines(small, File.ReadLines(Corpus).Take(120));
        var a = Path.Combine(_dir, "a.clm");
        var b = Path.Combine(_dir, "b.clm");
        Assert.That(Run("train", small, "-o", a).Code, Is.EqualTo(0));
        Assert.That(Run("train", small, "-o", b).Code, Is.EqualTo(0));
        Assert.That(File.ReadAllBytes(b), Is.EqualTo(File.ReadAllBytes(a)));
    }

    [Test]
    public void A_bad_corpus_line_is_reported_with_file_line_and_column_and_exit_2()
    {
        var bad = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllLines(bad, ["{\"text\": \"fine\", \"creepy\": false}", "{\"text\": \"unlabelled\"}"]);
        var output = Path.Combine(_dir, "model.clm");
        var (code, _, stderr) = Run("train", bad, "-o", output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain($"{bad}:2:1: missing boolean field \"creepy\""));
            Assert.That(stderr, Does.Contain("nothing was trained"));
            Assert.That(File.Exists(output), Is.False);
        });
    }

    [Test]
    public void The_output_may_not_overwrite_an_input()
    {
        var copy = Path.Combine(_dir, "corpus.jsonl");
        File.Copy(Corpus, copy);
        var before = File.ReadAllBytes(copy);
        var (code, _, stderr) = Run("train", copy, "-o", copy);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("refusing to write the model").And.Contain(copy));
            Assert.That(File.ReadAllBytes(copy), Is.EqualTo(before));
        });
    }

    [Test]
    public void Too_few_examples_of_a_class_is_a_usage_error()
    {
        var tiny = Path.Combine(_dir, "tiny.jsonl");
        File.WriteAllLines(tiny, ["{\"text\": \"We noticed you like rakes.\", \"creepy\": true}", "{\"text\": \"Rakes on sale.\", \"creepy\": false}"]);
        var (code, _, stderr) = Run("train", tiny, "-o", Path.Combine(_dir, "m.clm"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("1 creepy and 1 clean"));
        });
    }

    [Test]
    public void Lint_model_options_load_a_file_refuse_a_bad_one_and_switch_the_model_off()
    {
        var message = Path.Combine(_dir, "message.txt");
        File.WriteAllText(message, "Spring sale: 20% off rakes.");
        var bad = Path.Combine(_dir, "bad.clm");
        File.WriteAllText(bad, "not a model");

        var (offCode, offOut, _) = Run("config", "--print", "--no-config", "--no-model");
        var (onCode, onOut, _) = Run("config", "--print", "--no-config");
        var (badCode, _, badErr) = Run("lint", message, "--no-config", "--model", bad);
        var (bothCode, _, bothErr) = Run("lint", message, "--no-config", "--model", bad, "--no-model");
        var (cleanCode, _, _) = Run("lint", message, "--no-config", "--no-model");
        Assert.Multiple(() =>
        {
            Assert.That((offCode, onCode), Is.EqualTo((0, 0)));
            Assert.That(offOut, Does.Contain("model: false"));
            Assert.That(onOut, Does.Contain("model: true"));
            Assert.That(badCode, Is.EqualTo(2));
            Assert.That(badErr, Does.Contain("not a CreepLint model"));
            Assert.That(bothCode, Is.EqualTo(2));
            Assert.That(bothErr, Does.Contain("contradict"));
            Assert.That(cleanCode, Is.EqualTo(0));
        });
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new StringReader(string.Empty));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string FindRoot()
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
