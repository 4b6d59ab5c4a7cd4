using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

public sealed class LintCommandTests
{
    private const string Creepy = "Congratulations! You're expecting, and we couldn't be happier for you.";
    private const string Mild = "We noticed you like rakes.";

    /// <summary>Rules alone and a fail line above the one rule finding's score, so <see cref="Mild"/> is a warning whatever
    /// the learned model of the day makes of it.</summary>
    private const string MildConfig = "model: false\nthresholds: { warn: 35, fail: 80 }\n";
    private const string Clean = "Spring is here! Rakes and brooms are 20% off this weekend.";

    [Test]
    public void Clean_file_exits_zero_with_summary()
    {
        using var repo = new TempRepo().Write("a.txt", Clean);
        var result = repo.Run("lint", "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(result.Out, Does.Contain("1 file, 1 message: 0 fail, 0 warn, 1 pass"));
        });
    }

    [Test]
    public void Failing_message_exits_one_and_text_is_grouped_by_file_with_position()
    {
        using var repo = new TempRepo().Write("t/b.txt", "Hello.\n" + Creepy).Write("t/a.txt", Clean);
        var result = repo.Run("lint", "t");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), result.ToString());
            Assert.That(result.Out, Does.Contain("t/b.txt\n"));
            Assert.That(result.Out, Does.Contain("t/b.txt:2:18: error CL1001"));
            Assert.That(result.Out, Does.Contain("2 files, 2 messages: 1 fail, 0 warn, 1 pass"));
            Assert.That(result.Out.Contains('\u001b', StringComparison.Ordinal), Is.False, "no ANSI escapes expected");
        });
    }

    [Test]
    public void No_paths_lints_the_working_directory()
    {
        using var repo = new TempRepo().Write("x/a.txt", Creepy);
        var result = repo.Run("lint");
        Assert.That(result.Out, Does.Contain("x/a.txt:1:"), result.ToString());
    }

    [Test]
    public void Fail_on_warn_turns_a_warning_into_exit_one()
    {
        using var repo = new TempRepo().Write("a.txt", Mild).Write(".creeplint.yaml", MildConfig);
        var normal = repo.Run("lint", "a.txt");
        var strict = repo.Run("lint", "a.txt", "--fail-on", "warn");
        Assert.Multiple(() =>
        {
            Assert.That(normal.Out, Does.Contain("1 warn"), normal.ToString());
            Assert.That(normal.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.Findings));
        });
    }

    [Test]
    public void Max_score_fails_a_run_whose_highest_score_is_above_it()
    {
        using var repo = new TempRepo().Write("a.txt", Mild).Write(".creeplint.yaml", MildConfig);
        Assert.Multiple(() =>
        {
            Assert.That(repo.Run("lint", "a.txt", "--max-score", "10").ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(repo.Run("lint", "a.txt", "--max-score", "100").ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(repo.Run("lint", "a.txt", "--max-score", "101").ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
        });
    }

    [Test]
    public void Standard_input_is_linted()
    {
        using var repo = new TempRepo();
        var result = repo.RunWith(Creepy, false, "lint", "-");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), result.ToString());
            Assert.That(result.Out, Does.Contain("-:1:18: error CL1001"));
        });
    }

    [Test]
    public void Missing_path_is_reported_and_exits_two_but_other_files_are_still_linted()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        var result = repo.Run("lint", "missing.txt", "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Out, Does.Contain("missing.txt: error CL0209: no such file or directory"));
            Assert.That(result.Out, Does.Contain("a.txt:1:18: error CL1001"));
        });
    }

    [Test]
    public void Unknown_option_is_a_usage_error_without_stack_trace()
    {
        using var repo = new TempRepo();
        var result = repo.Run("lint", "--frobnicate");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Contain("--frobnicate"));
            Assert.That(result.Error, Does.Contain("creeplint lint --help"));
            Assert.That(result.Error, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void Colour_is_used_on_a_terminal_and_dropped_when_NO_COLOR_is_set()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        var coloured = repo.RunWith(null, true, "lint", "a.txt");
        repo.Environment["NO_COLOR"] = "1";
        var plain = repo.RunWith(null, true, "lint", "a.txt");
        var forced = repo.RunWith(null, false, "lint", "a.txt", "--color", "always");
        Assert.Multiple(() =>
        {
            Assert.That(coloured.Out.Contains("\u001b[31merror\u001b[0m", StringComparison.Ordinal), Is.True);
            Assert.That(plain.Out.Contains('\u001b', StringComparison.Ordinal), Is.False, "no ANSI escapes expected");
            Assert.That(forced.Out.Contains('\u001b', StringComparison.Ordinal), Is.True);
        });
    }

    [Test]
    public void Output_file_receives_the_report_and_stdout_stays_empty()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        var result = repo.Run("lint", "a.txt", "--format", "json", "-o", "out/report.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(result.Out, Is.Empty);
            Assert.That(result.Error, Does.Contain("wrote the json report to out/report.json"));
            Assert.That(repo.Read("out/report.json"), Does.Contain("\"ruleId\":\"CL1001\""));
            Assert.That(Directory.GetFiles(repo.PathOf("out")), Has.Length.EqualTo(1), "no temporary file left behind");
        });
    }

    [TestCase("text", "CL1001")]
    [TestCase("json", "\"ruleId\":\"CL1001\"")]
    [TestCase("jsonl", "\"ruleId\":\"CL1001\"")]
    [TestCase("sarif", "\"ruleId\": \"CL1001\"")]
    [TestCase("github", "::error")]
    [TestCase("junit", "<testsuites")]
    [TestCase("markdown", "CL1001")]
    public void Every_format_can_be_written_to_a_file(string format, string expected)
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        var result = repo.Run("lint", "a.txt", "--format", format, "-o", "report.out");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), result.Error);
            Assert.That(result.Out, Is.Empty);
            Assert.That(repo.Read("report.out"), Does.Contain(expected));
            Assert.That(Directory.GetFiles(repo.PathOf(".")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.txt", "report.out" }), "no temporary file left behind");
        });
    }

    [TestCase("lint")]
    [TestCase("baseline")]
    [TestCase("init")]
    [TestCase("config")]
    [TestCase("rules")]
    [TestCase("explain")]
    [TestCase("test")]
    public void Help_is_complete_for_every_command(string command)
    {
        using var repo = new TempRepo();
        var result = repo.Run(command, "--help");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(result.Out, Does.Contain("Usage:"));
            Assert.That(result.Out, Does.Contain("Description:"));
            foreach (var line in result.Out.Split('\n').Where(l => l.TrimStart().StartsWith('-')))
            {
                // Every option line carries a description after its name.
                Assert.That(line.Trim().Split("  ", StringSplitOptions.RemoveEmptyEntries), Has.Length.GreaterThan(1), $"option without description: {line}");
            }
        });
    }

    [Test]
    public void Lint_help_lists_every_format_and_the_exit_codes()
    {
        using var repo = new TempRepo();
        var help = repo.Run("lint", "--help").Out;
        Assert.Multiple(() =>
        {
            foreach (var format in new[] { "text", "json", "jsonl", "sarif", "github", "junit", "markdown" })
            {
                Assert.That(help, Does.Contain(format));
            }

            Assert.That(help, Does.Contain("--fail-on"));
            Assert.That(help, Does.Contain("--max-score"));
            Assert.That(help, Does.Contain("--redact"));
            Assert.That(help, Does.Contain("--baseline"));
            Assert.That(help, Does.Contain("Exit 0"));
        });
    }
}
