using System.Text.Json;
using System.Text.RegularExpressions;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>Paths CI can place: relative to the configuration root or --path-base in every format, SARIF base ids, and SARIF regions that lie inside their files.</summary>
public sealed partial class PathBaseTests
{
    private const string Creepy = "<p>We noticed you haven't been around. You're expecting!</p>\n";

    private static TempRepo RepoWithConfigAtRoot() => new TempRepo()
        .Write(".creeplint.yaml", "fail-on: fail\n")
        .Write("emails/winback/reignite.html", Creepy);

    [Test]
    public void Run_from_a_subfolder_paths_are_relative_to_the_configuration_root_in_every_format()
    {
        using var repo = RepoWithConfigAtRoot();
        var text = repo.RunFrom("emails/winback", "lint", ".");
        var github = repo.RunFrom("emails/winback", "lint", ".", "--format", "github");
        var json = JsonDocument.Parse(repo.RunFrom("emails/winback", "lint", ".", "--format", "json").Out).RootElement;
        var junit = repo.RunFrom("emails/winback", "lint", ".", "--format", "junit");
        Assert.Multiple(() =>
        {
            Assert.That(text.Out, Does.Contain("emails/winback/reignite.html:1:4: warning CL5001"));
            Assert.That(github.Out, Does.Contain("::error file=emails/winback/reignite.html,line=1,col=4,"), "the message fails the run, so its finding is an error annotation");
            Assert.That(github.Out, Does.Not.Contain("file=reignite.html"));
            Assert.That(json.GetProperty("results")[0].GetProperty("source").GetString(), Is.EqualTo("emails/winback/reignite.html"));
            Assert.That(junit.Out, Does.Contain("emails/winback/reignite.html"));
        });
    }

    [Test]
    public void Sarif_names_the_root_as_srcroot_and_every_location_is_relative_to_it()
    {
        using var repo = RepoWithConfigAtRoot();
        var result = repo.RunFrom("emails", "lint", ".", "--format", "sarif");
        using var doc = JsonDocument.Parse(result.Out);
        var run = doc.RootElement.GetProperty("runs")[0];
        var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        var locations = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(new Uri(root).LocalPath.TrimEnd('/', '\\'), Is.EqualTo(repo.Root.TrimEnd('/', '\\')));
            Assert.That(root, Does.EndWith("/"));
            Assert.That(locations, Is.Not.Empty);
            Assert.That(locations.Select(l => l.GetProperty("uri").GetString()).Distinct(), Is.EqualTo(new[] { "emails/winback/reignite.html" }));
            Assert.That(locations.Select(l => l.GetProperty("uriBaseId").GetString()).Distinct(), Is.EqualTo(new[] { "%SRCROOT%" }));
            Assert.That(SchemaValidator.LoadSarif().Validate(doc.RootElement), Is.Empty);
        });
    }

    [Test]
    public void Path_base_on_the_command_line_wins()
    {
        using var repo = RepoWithConfigAtRoot();
        var text = repo.RunFrom("emails", "lint", ".", "--path-base", "winback");
        var sarif = JsonDocument.Parse(repo.Run("lint", ".", "--format", "sarif", "--path-base", "emails").Out).RootElement.GetProperty("runs")[0];
        var bad = repo.Run("lint", ".", "--path-base", "nowhere");
        Assert.Multiple(() =>
        {
            Assert.That(text.Out, Does.Contain("  reignite.html:1:4: warning CL5001"));
            Assert.That(sarif.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
                Is.EqualTo("winback/reignite.html"));
            Assert.That(new Uri(sarif.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!).LocalPath.TrimEnd('/'),
                Is.EqualTo(repo.PathOf("emails")));
            Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(bad.Error, Does.Contain("--path-base 'nowhere' is not a directory"));
        });
    }

    [Test]
    public void Without_a_configuration_paths_stay_relative_to_the_working_directory()
    {
        using var repo = new TempRepo().Write("emails/a.html", Creepy);
        Assert.That(repo.RunFrom("emails", "lint", "a.html").Out, Does.Contain("  a.html:1:4: warning CL5001"));
    }

    /// <summary>
    /// The sample templates plus inputs whose findings span lines or are mapped through escapes: every SARIF region must lie
    /// inside its file (start and end on existing lines, columns at most one past the line), end after it starts, and — for
    /// files read as written — cover exactly the text of the snippet.
    /// </summary>
    [Test]
    public void Every_sarif_region_lies_inside_its_file()
    {
        using var repo = new TempRepo();
        foreach (var sample in Directory.GetFiles(Path.Combine(CliRun.RepositoryRoot, "samples", "templates")))
        {
            repo.Write("samples/" + Path.GetFileName(sample), File.ReadAllText(sample));
        }

        repo.Write("multi/split.html", "<p>Hi Anna,\n   You're\n      expecting, and we\r\n noticed you haven't\n been around lately.</p>\n")
            .Write("multi/split.txt", "We\nnoticed you\r\nlike rakes.\n")
            .Write("multi/catalog.yaml", "messages:\n  - id: a\n    body: >\n      Hi there. You're\n      expecting, and we noticed\n      you like rakes.\n")
            .Write("multi/offers.csv", "id,rationale\n1,\"Because we noticed\nyou browse \"\"baby\"\" items, you're expecting\"\n")
            .Write("multi/mail.html.erb", "<p>Hi <%= @user.first_name %>, you're\n  expecting! Due <%= @user.predicted_due_date\n  %></p>\n")
            .Write("multi/locales/de/mail.po", "msgid \"a\"\nmsgstr \"\"\n\"Hallo! You're \"\n\"expecting.\"\n")
            .Write("multi/values/strings.xml", "<resources>\n  <string name=\"a\">Hi!\\nYou\\'re\n    expecting, we noticed.</string>\n</resources>\n")
            .Write("multi/rationales.jsonl", "{\"id\": \"r1\", \"text\": \"Our model says you\\u2019re expecting.\", \"kind\": \"rationale\"}\n");

        var result = repo.Run("lint", ".", "--format", "sarif");
        using var doc = JsonDocument.Parse(result.Out);
        var checkedRegions = 0;
        var multiLine = 0;
        foreach (var r in doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            var lines = LineBreak().Split(File.ReadAllText(repo.PathOf(Uri.UnescapeDataString(uri))));
            var region = location.GetProperty("region");
            var (startLine, startColumn) = (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
            var where = $"{uri} {region}";
            Assert.That(startLine, Is.InRange(1, lines.Length), where);
            Assert.That(startColumn, Is.InRange(1, lines[startLine - 1].Length + 1), where);
            Assert.That(region.TryGetProperty("endColumn", out var endColumnElement), Is.EqualTo(region.TryGetProperty("endLine", out var endLineElement)), where);
            if (!region.TryGetProperty("endLine", out _))
            {
                continue;
            }

            var (endLine, endColumn) = (endLineElement.GetInt32(), endColumnElement.GetInt32());
            Assert.That(endLine, Is.InRange(startLine, lines.Length), where);
            Assert.That(endColumn, Is.InRange(1, lines[endLine - 1].Length + 1), where);
            if (endLine == startLine)
            {
                Assert.That(endColumn, Is.GreaterThan(startColumn), where);
            }
            else
            {
                multiLine++;
            }

            checkedRegions++;
            if (Path.GetExtension(uri) is ".html" or ".txt" or ".liquid" or ".hbs" or ".erb" && r.GetProperty("ruleId").GetString() != "CL0001")
            {
                // Read as written: the region's own text is the snippet (white space collapsed).
                var covered = string.Join("\n", lines.Skip(startLine - 1).Take(endLine - startLine + 1));
                var end = covered.Length - (lines[endLine - 1].Length - (endColumn - 1));
                var text = covered[(startColumn - 1)..end];
                Assert.That(Whitespace().Replace(text, " "), Is.EqualTo(region.GetProperty("snippet").GetProperty("text").GetString()), where);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(checkedRegions, Is.GreaterThan(15), "the inputs produce findings to check");
            Assert.That(multiLine, Is.GreaterThanOrEqualTo(4), "several findings span lines");
            Assert.That(SchemaValidator.LoadSarif().Validate(doc.RootElement), Is.Empty);
        });
    }

    [GeneratedRegex(@"\r\n|\n|\r")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
