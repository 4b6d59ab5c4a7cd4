using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

public sealed class ConfigTests
{
    private const string Creepy = "Congratulations! You're expecting, and we couldn't be happier for you.";

    [Test]
    public void Config_is_found_by_walking_up_from_the_linted_path()
    {
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "disable: [CL1001]\n")
            .Write("deep/er/a.txt", Creepy);
        var result = repo.Run("lint", "deep/er");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(result.Out, Does.Not.Contain("CL1001"));
        });
    }

    [Test]
    public void No_config_ignores_the_file()
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", "disable: [CL1001]\n").Write("a.txt", Creepy);
        Assert.That(repo.Run("lint", "a.txt", "--no-config").Out, Does.Contain("CL1001"));
    }

    [Test]
    public void Unknown_key_is_an_error_with_position_and_suggestion()
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", "thresholds:\n  warn: 30\nexclued: [x]\n").Write("a.txt", Creepy);
        var result = repo.Run("lint", "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Contain(".creeplint.yaml:3:1: error CL0103: unknown setting 'exclued'; did you mean 'exclude'?"));
            Assert.That(result.Out, Is.Empty, "nothing is linted with a broken configuration");
        });
    }

    private static IEnumerable<TestCaseData> BadValues()
    {
        yield return new TestCaseData("thresholds: { warn: 80, fail: 50 }\n", "1:13", "warn (80) must not be above fail (50)").SetName("Thresholds_out_of_order");
        yield return new TestCaseData("thresholds:\n  warn: lots\n", "2:9", "'thresholds.warn' must be a whole number from 1 to 100").SetName("Threshold_not_a_number");
        yield return new TestCaseData("fail-on: warning\n", "1:10", "'fail-on' must be warn or fail").SetName("Fail_on_unknown");
        yield return new TestCaseData("severity:\n  CL1001: critical\n", "2:11", "unknown severity 'critical'").SetName("Severity_unknown");
        yield return new TestCaseData("fields:\n  predicted_*: infered\n", "2:16", "unknown provenance 'infered'; did you mean 'inferred'?").SetName("Provenance_misspelt");
        yield return new TestCaseData("disable: [CL1010x]\n", "1:11", "no rule or category is called 'CL1010x'").SetName("Unknown_rule_id");
        yield return new TestCaseData("disable: [surveilance-language]\n", "1:11", "did you mean 'surveillance-language'?").SetName("Misspelt_category");
        yield return new TestCaseData("channels:\n  email: { warn: 10 }\n", "2:3", "unknown channel 'email'").SetName("Unknown_channel");
        yield return new TestCaseData("overrides:\n  - channel: sms\n", "2:5", "an override needs 'files'").SetName("Override_without_files");
        yield return new TestCaseData("include: [\n", "2:1", "invalid YAML").SetName("Broken_yaml");
        yield return new TestCaseData("- just\n- a list\n", "1:1", "must be a mapping of settings").SetName("Not_a_mapping");
    }

    [TestCaseSource(nameof(BadValues))]
    public void Bad_values_are_errors_with_file_line_and_column(string yaml, string position, string message)
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", yaml).Write("a.txt", "Hello.");
        var result = repo.Run("lint", "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), result.ToString());
            Assert.That(result.Error, Does.StartWith($".creeplint.yaml:{position}: error"));
            Assert.That(result.Error, Does.Contain(message));
            Assert.That(result.Error, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void Severity_override_changes_the_reported_severity()
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", "severity:\n  surveillance-language: error\n").Write("a.txt", "We noticed you like rakes.");
        Assert.That(repo.Run("lint", "a.txt").Out, Does.Contain("error CL5001"));
    }

    [Test]
    public void Per_path_override_disables_a_rule_only_under_its_globs()
    {
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "overrides:\n  - files: ['legacy/**']\n    disable: [CL1001]\n")
            .Write("legacy/a.txt", Creepy)
            .Write("new/a.txt", Creepy);

        // Rules only: with CL1001 off the learned model would stand alone on the legacy message and speak (ModelAloneTests).
        var result = repo.Run("lint", ".", "--no-model");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain("new/a.txt:1:18: error CL1001"));
            Assert.That(result.Out, Does.Not.Contain("legacy/a.txt:1:18"));
        });
    }

    [Test]
    public void Channel_thresholds_are_stricter_for_sms_files()
    {
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "channels:\n  sms: { warn: 10, fail: 20 }\noverrides:\n  - files: ['sms/**']\n    channel: sms\n")
            .Write("sms/a.txt", "We noticed you like rakes.")
            .Write("email/a.txt", "Hi there, we noticed rakes are popular with gardeners like you.");
        var json = repo.Run("lint", ".", "--format", "json").Out;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var sms = doc.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("source").GetString() == "sms/a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(sms.GetProperty("verdict").GetString(), Is.EqualTo("fail"));
            Assert.That(sms.GetProperty("channel").GetString(), Is.EqualTo("sms"));
        });
    }

    [Test]
    public void Init_writes_a_starter_that_validates_and_refuses_to_overwrite()
    {
        using var repo = new TempRepo();
        var first = repo.Run("init");
        var second = repo.Run("init");
        var print = repo.Run("config", "--print");
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.ToString());
            Assert.That(repo.Read(".creeplint.yaml"), Does.Contain("# CreepLint configuration"));
            Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(second.Error, Does.Contain("--force"));
            Assert.That(print.ExitCode, Is.EqualTo(ExitCodes.Success), print.ToString());
            Assert.That(print.Out, Does.Contain("sms: { warn: 25, fail: 60 }"));
            Assert.That(print.Out, Does.Contain("\"first_name\": declared"));
        });
    }

    [Test]
    public void Config_print_shows_defaults_when_there_is_no_file_and_merges_command_line_options()
    {
        using var repo = new TempRepo();
        repo.Write("my-rules/x.yaml", "rules: []\n");
        var print = repo.Run("config", "--print", "--rules", "my-rules");
        Assert.Multiple(() =>
        {
            Assert.That(print.Out, Does.Contain("file: (none found; defaults)"));
            Assert.That(print.Out, Does.Contain("thresholds: { warn: 35, fail: 70 }"));
            Assert.That(print.Out, Does.Contain("my-rules"));
        });
    }

    [Test]
    public void Config_without_print_is_a_usage_error()
    {
        using var repo = new TempRepo();
        Assert.That(repo.Run("config").ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
    }

    [Test]
    public void Explicit_config_file_that_does_not_exist_is_a_usage_error()
    {
        using var repo = new TempRepo().Write("a.txt", "Hi.");
        var result = repo.Run("lint", "a.txt", "--config", "nope.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Contain("nope.yaml"));
        });
    }

    [Test]
    public void Include_and_exclude_globs_choose_the_walked_files()
    {
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "include: ['emails/**']\nexclude: ['**/drafts/**']\n")
            .Write("emails/a.txt", Creepy)
            .Write("emails/drafts/b.txt", Creepy)
            .Write("other/c.txt", Creepy);
        var result = repo.Run("lint", ".");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain("emails/a.txt:1:18"));
            Assert.That(result.Out, Does.Not.Contain("drafts/b.txt:"));
            Assert.That(result.Out, Does.Not.Contain("other/c.txt:"));
            Assert.That(result.Out, Does.Contain("1 file, 1 message"));

            // Nothing is left out silently: each skipped file is counted with the glob that left it out.
            Assert.That(result.Out, Does.Contain("1 file skipped: excluded by `exclude:` or --exclude (e.g. emails/drafts/b.txt)"));
            Assert.That(result.Out, Does.Contain("1 file skipped: not matched by `include:` or --include (e.g. other/c.txt)"));
        });
    }
}
