using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// The false-positive guard a user runs first: two public, MIT-licensed template repositories nobody here wrote
/// (Data/templates, copied from the shared corpora with their licences; see its README). Nothing in them is creepy,
/// so every message flagged there is a false alarm.
/// </summary>
public sealed class StockTemplateTests
{
    private static readonly string Templates = Path.Combine(CliRun.RepositoryRoot, "tests", "CreepLint.Cli.Tests", "Data", "templates");

    [TestCase("wildbit+postmark-templates")]
    [TestCase("sendgrid+email-templates")]
    public void Stock_template_repository_lints_clean(string repository)
    {
        using var repo = new TempRepo();
        CopyDirectory(Path.Combine(Templates, repository), repo.Root);
        var run = repo.Run("lint", ".", "--format", "json");
        using var report = System.Text.Json.JsonDocument.Parse(run.Out);
        var summary = report.RootElement.GetProperty("summary");
        var flagged = report.RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("verdict").GetString() != "pass")
            .Select(r => $"{r.GetProperty("source").GetString()}: {string.Join("; ", r.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("ruleId").GetString()} '{f.GetProperty("excerpt").GetString()}'"))}")
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("messages").GetInt32(), Is.GreaterThanOrEqualTo(20), "the walk read the templates (repository docs are left out by default)");
            Assert.That(flagged, Is.Empty, "no stock template is creepy");
            Assert.That(run.ExitCode, Is.Zero, run.Error);
        });
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
