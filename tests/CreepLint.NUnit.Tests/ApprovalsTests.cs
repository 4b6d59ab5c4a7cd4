using CreepLint.NUnit;

namespace CreepLint.NUnit.Tests;

public sealed class ApprovalsTests
{
    private DirectoryInfo _dir = null!;

    private string Approved => Path.Combine(_dir.FullName, "Sample.approved.txt");

    private string Received => Path.Combine(_dir.FullName, "Sample.received.txt");

    [SetUp]
    public void CreateTempDir() => _dir = Directory.CreateTempSubdirectory("creeplint-approvals-");

    [TearDown]
    public void DeleteTempDir() => _dir.Delete(true);

    [Test]
    public void Matching_text_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Approved, "one\r\ntwo\n");
        File.WriteAllText(Received, "stale");
        Assert.Multiple(() =>
        {
            Assert.That(Approvals.Check("one\ntwo", Approved, accept: false), Is.Null, "line endings and the final newline do not matter");
            Assert.That(File.Exists(Received), Is.False);
        });
    }

    [Test]
    public void Mismatch_writes_received_file_and_reports_a_line_diff()
    {
        const string approved = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        const string received = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nK\nl\n";
        File.WriteAllText(Approved, approved);
        var failure = Approvals.Check(received, Approved, accept: false);
        Assert.That(failure, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Received), Is.EqualTo(received));
            Assert.That(File.ReadAllText(Approved), Is.EqualTo(approved), "the approved file is never changed without accepting");
            Assert.That(failure, Does.Contain(Received).And.Contain("CREEPLINT_ACCEPT=1"));
            var diff = failure![failure.IndexOf("--- approved", StringComparison.Ordinal)..].Split(Environment.NewLine);
            Assert.That(diff, Is.EqualTo(new[]
            {
                "--- approved", "+++ received",
                "@@ approved line 2, received line 2", "  b", "  c", "- d", "+ D", "  e", "  f",
                "@@ approved line 9, received line 9", "  i", "  j", "- k", "+ K", "  l", "  ",
            }));
        });
    }

    [Test]
    public void Missing_approved_file_fails_and_says_so()
    {
        var failure = Approvals.Check("new", Approved, accept: false);
        Assert.Multiple(() =>
        {
            Assert.That(failure, Does.StartWith("No approved file " + Approved));
            Assert.That(File.ReadAllText(Received), Is.EqualTo("new\n"));
        });
    }

    [Test]
    public void Accepting_replaces_the_approved_file_and_passes()
    {
        File.WriteAllText(Approved, "old\n");
        File.WriteAllText(Received, "old received");
        Assert.Multiple(() =>
        {
            Assert.That(Approvals.Check("new", Approved, accept: true), Is.Null);
            Assert.That(File.ReadAllText(Approved), Is.EqualTo("new\n"));
            Assert.That(File.Exists(Received), Is.False);
        });
    }

    [Test]
    public void Accept_switch_is_read_from_the_environment()
    {
        var before = Environment.GetEnvironmentVariable(Approvals.AcceptVariable);
        try
        {
            Environment.SetEnvironmentVariable(Approvals.AcceptVariable, "1");
            Approvals.VerifyFile("accepted", Approved);
            Assert.That(File.ReadAllText(Approved), Is.EqualTo("accepted\n"));

            Environment.SetEnvironmentVariable(Approvals.AcceptVariable, null);
            Assert.That(() => Approvals.VerifyFile("changed", Approved), Throws.TypeOf<AssertionException>().With.Message.Contains("+ changed"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Approvals.AcceptVariable, before);
        }
    }

    [Test]
    public void Findings_snapshot_lists_every_template_with_score_verdict_and_findings()
    {
        var templates = CreepLintTemplates.Load("templates");
        var snapshot = Approvals.FormatFindings(templates);
        var baby = CreepLintEngine.Default.Lint(templates[0].ToRequest());
        var first = baby.Findings[0];
        Assert.That(snapshot.Split('\n'), Does.Contain($"journeys/baby-club.liquid: score {baby.Score} {baby.Verdict.ToString().ToLowerInvariant()}")
            .And.Contain($"  {first.Line}:{first.Column} {first.RuleId} {first.Category.ToId()} {first.Severity.ToString().ToLowerInvariant()} {first.Score} '{first.Excerpt}'")
            .And.Contain("spring-sale.txt: score 0 pass"));
    }

    [Test]
    public void Findings_of_the_sample_templates_are_approved() =>
        Approvals.VerifyFindings(CreepLintTemplates.Load("templates"));

    [Test]
    public void Unknown_source_path_is_found_above_the_test_output_after_path_mapping()
    {
        var mapped = "/_/tests/CreepLint.NUnit.Tests/ApprovalsTests.cs";
        Assert.That(SourceLocator.Resolve(mapped), Does.EndWith(Path.Combine("tests", "CreepLint.NUnit.Tests", "ApprovalsTests.cs")).And.Matches<string>(File.Exists));
        Assert.That(() => SourceLocator.Resolve("/_/nowhere/Missing.cs"), Throws.TypeOf<FileNotFoundException>().With.Message.Contains("ContinuousIntegrationBuild"));
    }
}
