using System.Text.Json;
using System.Xml.Linq;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>What a directory walk reads and what it leaves out: default excludes for repository docs, 'formats:', and a count of every skipped file with its reason in every format.</summary>
public sealed class WalkTests
{
    private const string Creepy = "You're expecting, and we couldn't be happier for you.";

    private static TempRepo RepoWithDocs() => new TempRepo()
        .Write("emails/welcome.html", $"<p>{Creepy}</p>")
        .Write("README.md", $"# Templates\n\n{Creepy}\n")
        .Write("CONTRIBUTING.md", "Say hi on twitter; we noticed you like rakes.\n")
        .Write("CHANGELOG.txt", Creepy)
        .Write("LICENSE.txt", Creepy)
        .Write("CODEOWNERS", "* @team")
        .Write("CODE_OF_CONDUCT.md", Creepy)
        .Write("docs/guide.md", Creepy)
        .Write("emails/layout.haml", "%p You're expecting\n")
        .Write("emails/other.haml", "%p Hello\n");

    private static List<string> Sources(CliResult result) =>
        [.. JsonDocument.Parse(result.Out).RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("source").GetString()!)];

    [Test]
    public void Repository_docs_are_left_out_of_a_walk_and_counted()
    {
        using var repo = RepoWithDocs();
        var result = repo.Run("lint", ".");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain("emails/welcome.html:1:4: error CL1001"));
            Assert.That(result.Out, Does.Not.Contain("README.md:"));
            Assert.That(result.Out, Does.Not.Contain("CONTRIBUTING.md:"));
            Assert.That(result.Out, Does.Contain("1 file, 1 message: 1 fail, 0 warn, 0 pass, 9 files skipped"));
            Assert.That(result.Out, Does.Contain("7 files skipped: repository docs (README, CONTRIBUTING, CHANGELOG, LICENSE, docs/ …); name them, or set `default-excludes: false` (--no-default-excludes) (e.g. "));
            Assert.That(result.Out, Does.Contain("2 files skipped: unsupported extension .haml; add it to `formats:` (e.g. emails/layout.haml)"));
        });
    }

    [Test]
    public void Images_and_fonts_are_counted_without_the_advice_to_read_them()
    {
        using var repo = new TempRepo().Write("emails/a.html", "<p>Spring sale</p>").WriteBytes("emails/hero.jpg", [0xFF, 0xD8, 0xFF])
            .WriteBytes("emails/logo.PNG", [0x89, 0x50]).WriteBytes("fonts/brand.woff2", [0x77, 0x4F]);
        var result = repo.Run("lint", ".");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain("1 file, 1 message: 0 fail, 0 warn, 1 pass, 3 files skipped"));
            Assert.That(result.Out, Does.Contain("3 files skipped: images, fonts and other binary files (e.g. "));
            Assert.That(result.Out, Does.Not.Contain("add it to `formats:`"));
        });
    }

    [Test]
    public void Docs_are_read_when_named_or_when_the_default_excludes_are_off()
    {
        using var repo = RepoWithDocs();
        var named = Sources(repo.Run("lint", "README.md", "--format", "json"));
        var flag = Sources(repo.Run("lint", ".", "--no-default-excludes", "--format", "json"));
        repo.Write(".creeplint.yaml", "default-excludes: false\n");
        var config = Sources(repo.Run("lint", ".", "--format", "json"));
        var docs = new[] { "CHANGELOG.txt", "CODE_OF_CONDUCT.md", "CONTRIBUTING.md", "LICENSE.txt", "README.md", "docs/guide.md", "emails/welcome.html" };
        Assert.Multiple(() =>
        {
            Assert.That(named, Is.EqualTo(new[] { "README.md" }));
            Assert.That(flag, Is.EquivalentTo(docs));
            Assert.That(config, Is.EquivalentTo(docs));
        });
    }

    [Test]
    public void A_directory_named_on_the_command_line_is_read_even_when_it_is_called_docs()
    {
        using var repo = new TempRepo().Write("docs/emails/a.txt", Creepy).Write("docs/emails/README.md", Creepy);
        Assert.That(Sources(repo.Run("lint", "docs/emails", "--format", "json")), Is.EqualTo(new[] { "docs/emails/a.txt" }));
    }

    [Test]
    public void Formats_maps_an_extension_or_a_glob_to_a_reader()
    {
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "formats:\n  .haml: text\n  \"legacy/**/*.tpl\": erb\n  \"emails/skip-*.html\": skip\n")
            .Write("a.haml", Creepy)
            .Write("legacy/mail/b.tpl", "<%# You're expecting %>Due <%= @user.predicted_due_date %>")
            .Write("other.tpl", Creepy)
            .Write("emails/skip-me.html", Creepy);
        var result = repo.Run("lint", ".", "--format", "json");
        var report = JsonDocument.Parse(result.Out).RootElement;
        var rules = report.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("source").GetString(), string.Join(",", r.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString())))).ToList();
        var skipped = report.GetProperty("summary").GetProperty("skippedFiles").EnumerateArray()
            .Select(s => (s.GetProperty("reason").GetString(), s.GetProperty("count").GetInt32())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rules, Is.EqualTo(new[] { ("a.haml", "CL1001"), ("legacy/mail/b.tpl", "CL9001") }));
            Assert.That(skipped, Is.EquivalentTo(new[] { ("unsupported extension .tpl; add it to `formats:`", 1), ("unsupported extension .html; add it to `formats:`", 1) }));
            Assert.That(report.GetProperty("summary").GetProperty("skipped").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public void A_bad_formats_entry_is_a_configuration_error_with_its_position()
    {
        using var repo = new TempRepo().Write(".creeplint.yaml", "formats:\n  .haml: jinga\n  pug: text\n");
        var result = repo.Run("lint", ".");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Contain(".creeplint.yaml:2:10: error CL0115: unknown format 'jinga'"));
            Assert.That(result.Error, Does.Contain("did you mean 'jinja'"));
            Assert.That(result.Error, Does.Contain(".creeplint.yaml:3:3: error CL0115: 'pug' is neither an extension"));
            Assert.That(result.Error, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void Yaml_json_and_xml_a_walk_cannot_read_are_counted_not_dropped_silently()
    {
        using var repo = new TempRepo()
            .Write("package.json", "{\"name\": \"templates\", \"private\": true}")
            .Write("config.yaml", "port: 8080\n")
            .Write("layout.xml", "<svg><text>We noticed you</text></svg>")
            .Write("a.txt", "Hello there.");
        var summary = JsonDocument.Parse(repo.Run("lint", ".", "--format", "json").Out).RootElement.GetProperty("summary");
        var skipped = summary.GetProperty("skippedFiles").EnumerateArray().Select(s => (s.GetProperty("reason").GetString()!, s.GetProperty("count").GetInt32())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(skipped.Single(s => s.Item1.StartsWith("YAML or JSON", StringComparison.Ordinal)).Item2, Is.EqualTo(2));
            Assert.That(skipped.Single(s => s.Item1.StartsWith("XML that is not Android", StringComparison.Ordinal)).Item2, Is.EqualTo(1));
            Assert.That(summary.GetProperty("files").GetInt32(), Is.EqualTo(1));
        });
    }

    [TestCase("text", "1 file skipped: unsupported extension .haml; add it to `formats:` (e.g. b.haml)")]
    [TestCase("github", "::notice title=creeplint skipped files::1 file skipped: unsupported extension .haml; add it to `formats:` (e.g. b.haml)")]
    [TestCase("markdown", "- 1 file skipped: unsupported extension .haml; add it to 'formats:' (e.g. b.haml)")]
    [TestCase("jsonl", "\"reason\":\"unsupported extension .haml; add it to `formats:`\",\"count\":1,\"example\":\"b.haml\"")]
    [TestCase("json", "\"reason\":\"unsupported extension .haml; add it to `formats:`\",\"count\":1,\"example\":\"b.haml\"")]
    [TestCase("sarif", "\"text\": \"1 file skipped: unsupported extension .haml; add it to `formats:` (e.g. b.haml)\"")]
    [TestCase("junit", "<skipped message=\"1 file skipped: unsupported extension .haml; add it to `formats:` (e.g. b.haml)\"")]
    public void Every_format_with_a_summary_counts_the_skipped_files(string format, string expected)
    {
        using var repo = new TempRepo().Write("a.txt", "Hello there.").Write("b.haml", "%p Hi");
        var result = repo.Run("lint", ".", "--format", format);
        Assert.That(result.Out, Does.Contain(expected), result.ToString());
        if (format == "junit")
        {
            Assert.That(() => XDocument.Parse(result.Out), Throws.Nothing);
        }
    }

    [Test]
    public void Skipped_files_appear_in_the_summary_on_standard_error_when_the_report_goes_to_a_file()
    {
        using var repo = new TempRepo().Write("a.txt", "Hello there.").Write("b.haml", "%p Hi");
        var result = repo.Run("lint", ".", "--format", "sarif", "-o", "out.sarif");
        Assert.That(result.Error, Does.Contain("1 file, 1 message: 0 fail, 0 warn, 1 pass, 1 file skipped"));
    }
}
