using System.Text.Json;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

public sealed class BaselineTests
{
    private const string Creepy = "You're expecting, and we couldn't be happier for you.";
    private const string Other = "Our model estimates you are 87% likely to be pregnant.";

    [Test]
    public void Baseline_then_lint_reports_only_new_findings()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        // Rules only, so that the counts are the rules' (the model speaking once rules are baselined has its own test below).
        var written = repo.Run("baseline", ".", "--no-model");
        var before = repo.Run("lint", ".", "--baseline", ".creeplint-baseline.json", "--no-model");
        repo.Write("a.txt", Creepy + "\n" + Other);
        var after = repo.Run("lint", ".", "--baseline", ".creeplint-baseline.json", "--format", "json", "--no-model");
        using var doc = JsonDocument.Parse(after.Out);
        var ruleIds = doc.RootElement.GetProperty("results")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
            Assert.That(written.Out, Does.Contain("wrote 1 finding to .creeplint-baseline.json"));
            Assert.That(before.ExitCode, Is.EqualTo(ExitCodes.Success), before.ToString());
            Assert.That(before.Out, Does.Contain("1 in baseline"));
            // Only the new line's findings: the prediction rules (CL2001 for "our model estimates", CL2002 for the percentage
            // as a score), none of the baselined line's CL1001.
            Assert.That(ruleIds, Is.Not.Empty.And.All.AnyOf("CL2001", "CL2002"));
            Assert.That(ruleIds, Does.Contain("CL2001"));
            Assert.That(after.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(doc.RootElement.GetProperty("summary").GetProperty("baselined").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Lint_right_after_baseline_is_clean_where_the_model_speaks_once_rules_are_accepted()
    {
        // The learned model rates this message creepy on its own; while a rule finding counts, the model only blends into
        // it. Once the rule finding is accepted, 'lint --baseline' shows the model's own finding: 'baseline' records it too.
        const string Watched = "Hi {{ first_name }},\nYou've viewed the Aspen rain jacket 6 times this week, so here is 10% off.";
        using var repo = new TempRepo().Write("winback.liquid", Watched);
        var written = repo.Run("baseline", ".");
        var lint = repo.Run("lint", ".", "--baseline", ".creeplint-baseline.json", "--format", "json");
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo.Root, ".creeplint-baseline.json")));
        var recorded = baseline.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        using var doc = JsonDocument.Parse(lint.Out);
        Assert.Multiple(() =>
        {
            Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
            Assert.That(recorded, Does.Contain("CL0001"), "the model's own finding is recorded");
            Assert.That(recorded.Count(id => id != "CL0001"), Is.GreaterThan(0), "and the rule findings");
            Assert.That(lint.ExitCode, Is.EqualTo(ExitCodes.Success), lint.ToString());
            Assert.That(doc.RootElement.GetProperty("summary").GetProperty("findings").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public void Baseline_is_stable_when_lines_move()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        repo.Run("baseline");
        repo.Write("a.txt", "A new first line.\n\nAnd another.\n" + Creepy);
        var result = repo.Run("lint", "--baseline", ".creeplint-baseline.json");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
    }

    [Test]
    public void Baseline_counts_copies_so_a_second_copy_is_new()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        repo.Run("baseline");
        repo.Write("a.txt", Creepy + "\n" + Creepy);
        var result = repo.Run("lint", "--baseline", ".creeplint-baseline.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(result.Out, Does.Contain("a.txt:2:1: error CL1001"));
            Assert.That(result.Out, Does.Not.Contain("a.txt:1:1: error CL1001"));
        });
    }

    [Test]
    public void Baseline_from_config_is_used_and_written_atomically_without_customer_text()
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", "baseline: ci/baseline.json\n").Write("a.txt", Creepy);
        var written = repo.Run("baseline");
        var lint = repo.Run("lint");
        var content = repo.Read("ci/baseline.json");
        Assert.Multiple(() =>
        {
            Assert.That(written.ExitCode, Is.EqualTo(ExitCodes.Success), written.ToString());
            Assert.That(lint.ExitCode, Is.EqualTo(ExitCodes.Success), lint.ToString());
            Assert.That(Directory.GetFiles(repo.PathOf("ci")), Has.Length.EqualTo(1), "no temporary file left");
            Assert.That(content, Does.Contain("\"fingerprint\""));
            Assert.That(content, Does.Not.Contain("expecting"), "the baseline stores fingerprints, not message text");
            Assert.That(repo.Run("lint", "--no-baseline").ExitCode, Is.EqualTo(ExitCodes.Findings));
        });
    }

    private static IEnumerable<TestCaseData> CorruptBaselines()
    {
        yield return new TestCaseData("{\"version\": 1, \"findings\": [", "1:").SetName("Truncated_json");
        yield return new TestCaseData("[1, 2, 3]", "1:1").SetName("Not_an_object");
        yield return new TestCaseData("{\"version\": 9, \"findings\": []}", "1:1").SetName("Unknown_version");
        yield return new TestCaseData("{\"version\": 1, \"findings\": [{\"ruleId\": \"CL1001\"}]}", "1:1").SetName("Entry_without_fingerprint");
    }

    [TestCaseSource(nameof(CorruptBaselines))]
    public void Corrupt_baseline_is_a_clear_error(string content, string position)
    {
        using var repo = new TempRepo().Write("b.json", content).Write("a.txt", Creepy);
        var result = repo.Run("lint", "--baseline", "b.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Contain($"b.json:{position}"));
            Assert.That(result.Error, Does.Contain("creeplint baseline"));
            Assert.That(result.Out, Is.Empty);
        });
    }

    [Test]
    public void Missing_baseline_is_a_clear_error()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        var result = repo.Run("lint", "--baseline", "nope.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Contain("the baseline cannot be read"));
        });
    }

    [Test]
    public void The_learned_models_finding_is_keyed_on_its_message_not_on_the_phrase_it_names()
    {
        // A retrained model may name another phrase of the same message; the accepted finding must stay accepted.
        var first = Baselines.Fingerprint.Of("CL0001", "We miss you", Creepy, "a.txt", null);
        Assert.Multiple(() =>
        {
            Assert.That(Baselines.Fingerprint.Of("CL0001", "happier for you", Creepy, "a.txt", null), Is.EqualTo(first));
            Assert.That(Baselines.Fingerprint.Of("CL0001", "We miss you", Other, "a.txt", null), Is.Not.EqualTo(first), "another message");
            Assert.That(Baselines.Fingerprint.Of("CL1001", "You're expecting", Creepy, "a.txt", null),
                Is.Not.EqualTo(Baselines.Fingerprint.Of("CL1001", "happier for you", Creepy, "a.txt", null)), "a rule's finding is keyed on its match");
        });
    }

    [Test]
    public void Fingerprint_ignores_case_punctuation_and_spacing_but_not_rule_or_message()
    {
        var a = Baselines.Fingerprint.Compute("CL1001", "You're  expecting", "a.txt", null);
        Assert.Multiple(() =>
        {
            Assert.That(Baselines.Fingerprint.Compute("CL1001", "you're expecting", "a.txt", null), Is.EqualTo(a));
            Assert.That(Baselines.Fingerprint.Compute("CL1002", "You're expecting", "a.txt", null), Is.Not.EqualTo(a));
            Assert.That(Baselines.Fingerprint.Compute("CL1001", "You're expecting", "b.txt", null), Is.Not.EqualTo(a));
            Assert.That(Baselines.Fingerprint.Compute("CL1001", "You're expecting", "a.txt", "id"), Is.Not.EqualTo(a));
        });
    }
}
