using System.Text.Json;
using CreepLint.Cli;
using Microsoft.CodeAnalysis;

namespace CreepLint.Analyzers.Tests;

/// <summary>The project's <c>.creeplint.yaml</c> (an AdditionalFile) and the AdditionalFiles the analyzer lints as the CLI does.</summary>
public sealed class ConfigurationAndFilesTests
{
    private const string Cribs = """
        using CreepLint;
        public static class Cribs
        {
            [MessageTemplate(Channel = "push")] public static string Push => "We noticed you like rakes, so here's a sale on brooms.";
            [MessageTemplate] public static string Subject => "Congratulations, you're expecting!";
        }
        """;

    private string _dir = null!;

    [SetUp]
    public void CreateProject() => _dir = Directory.CreateTempSubdirectory("creeplint-analyzer-").FullName;

    [TearDown]
    public void DeleteProject() => Directory.Delete(_dir, recursive: true);

    private AnalyzerRun.FileText Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new AnalyzerRun.FileText(path, text);
    }

    [Test]
    public void Disabled_rules_are_not_reported()
    {
        var config = Write(".creeplint.yaml", "disable: [CL1001, CL1013]\n");
        var found = AnalyzerRun.Analyze(AnalyzerRun.CompileIn(_dir, Cribs), _dir, config);
        Assert.That(found.Select(d => d.Id), Has.None.EqualTo("CL1001").And.None.EqualTo("CL1013"));
    }

    [Test]
    public void A_channel_threshold_from_the_configuration_applies_to_members_on_that_channel()
    {
        var relaxed = AnalyzerRun.Analyze(AnalyzerRun.CompileIn(_dir, Cribs), _dir, Write(".creeplint.yaml", "model: false\nchannels:\n  push: {warn: 80, fail: 90}\n"));
        var strict = AnalyzerRun.Analyze(AnalyzerRun.CompileIn(_dir, Cribs), _dir, Write(".creeplint.yaml", "model: false\nchannels:\n  push: {warn: 10, fail: 20}\n"));
        static IEnumerable<DiagnosticSeverity> Push(IEnumerable<Diagnostic> d) =>
            d.Where(x => x.Location.GetLineSpan().StartLinePosition.Line == 3).Select(x => x.Severity);
        Assert.That(Push(strict), Is.Not.Empty.And.All.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(Push(relaxed), Is.Not.Empty.And.All.EqualTo(DiagnosticSeverity.Info), "below the channel's warn threshold: a suggestion");
    }

    [Test]
    public void A_broken_configuration_is_reported_at_its_line_and_column_and_nothing_is_linted()
    {
        var config = Write(".creeplint.yaml", "thresholds:\n  warn: 40\n  fial: 70\n");
        var found = AnalyzerRun.Analyze(AnalyzerRun.CompileIn(_dir, Cribs), _dir, config);
        var problem = found.Single();
        Assert.That(problem.Id, Is.EqualTo("CL0103"));
        Assert.That(problem.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(problem.Location.GetLineSpan().Path, Is.EqualTo(config.Path));
        Assert.That(problem.Location.GetLineSpan().StartLinePosition, Is.EqualTo(new Microsoft.CodeAnalysis.Text.LinePosition(2, 2)));
        Assert.That(problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("fial"));
    }

    [Test]
    public void Additional_files_are_reported_where_and_as_the_cli_reports_them()
    {
        var files = new[]
        {
            Write("templates/baby-club.liquid", File.ReadAllText(Path.Combine(RepoRoot(), "samples", "templates", "baby-club.liquid"))),
            Write("catalog/messages.yaml", "messages:\n  - id: cribs\n    subject: Still thinking about cribs?\n    body: |\n      Hello!\n      We noticed you looked at cribs 6 times this week.\n"),
            Write("rationales.jsonl", "{\"id\":\"r1\",\"text\":\"Because your location history shows weekly clinic visits\",\"kind\":\"rationale\"}\n"),
            Write("notes.txt", "<!-- creeplint-disable-next-line CL5001 -- quoting a complaint -->\nWe noticed you looked at cribs 6 times\n"),
        };
        var analyzer = AnalyzerRun.Analyze(AnalyzerRun.CompileIn(_dir, "public static class Empty { }"), _dir, files)
            .Where(d => d.Location.Kind == LocationKind.ExternalFile)
            .Select(d => (Path.GetRelativePath(_dir, d.Location.GetLineSpan().Path).Replace('\\', '/'), d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1, d.Id))
            .ToList();

        var cli = new List<(string, int, int, string)>();
        foreach (var file in files)
        {
            using var stdout = new StringWriter();
            CliApp.Run(["lint", file.Path, "--format", "json", "--no-config"], new CliContext(stdout, TextWriter.Null, TextReader.Null) { WorkingDirectory = _dir });
            using var json = JsonDocument.Parse(stdout.ToString());
            foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
            {
                foreach (var f in result.GetProperty("findings").EnumerateArray().Where(f => !f.GetProperty("suppressed").GetBoolean()))
                {
                    cli.Add((Path.GetRelativePath(_dir, file.Path).Replace('\\', '/'), f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("ruleId").GetString()!));
                }
            }
        }

        Assert.That(cli, Has.Count.GreaterThanOrEqualTo(4), "the files hold findings in every format");
        Assert.That(cli, Has.Some.Matches<(string File, int, int, string)>(c => c.File == "catalog/messages.yaml").And.Some.Matches<(string File, int, int, string)>(c => c.File == "rationales.jsonl"));
        Assert.That(analyzer, Is.EquivalentTo(cli));
        Assert.That(analyzer, Has.None.Matches<(string File, int, int, string Id)>(a => a.File == "notes.txt" && a.Id == "CL5001"), "the file's own suppression comment holds");
    }

    [Test]
    public void Other_tools_files_and_opted_out_files_are_not_linted()
    {
        var files = new[]
        {
            Write("PublicAPI.Shipped.txt", "We noticed you looked at cribs 6 times\n"),
            Write(".creeplint.yaml", "thresholds: {warn: 35, fail: 70}\n"),
        };
        var found = AnalyzerRun.Analyze(AnalyzerRun.CompileIn(_dir, "public static class Empty { }"), _dir, files);
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void A_resource_string_used_in_a_marked_member_is_linted_with_its_position_in_the_resx()
    {
        var resx = Write("Strings.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="CribsReminder" xml:space="preserve">
                <value>Hello! We noticed you looked at cribs 6 times.</value>
              </data>
              <data name="Sale" xml:space="preserve">
                <value>Our spring sale starts today.</value>
              </data>
            </root>
            """);
        var code = """
            using CreepLint;
            public static class Strings
            {
                public static System.Resources.ResourceManager ResourceManager => null!;
                public static string CribsReminder => ResourceManager.GetString("CribsReminder")!;
                public static string Sale => ResourceManager.GetString("Sale")!;
            }
            public static class Mail
            {
                [MessageTemplate] public static string Subject => Strings.CribsReminder;
                [MessageTemplate] public static string Other => Strings.Sale;
            }
            """;
        var found = AnalyzerRun.Analyze(AnalyzerRun.CompileIn(_dir, code), _dir, resx).Where(d => d.Location.IsInSource).ToList();
        Assert.That(found.Select(d => (d.Id, AnalyzerRun.At(d))), Is.EquivalentTo(new[] { ("CL5001", "Strings.CribsReminder"), ("CL3001", "Strings.CribsReminder") }));
        var cl5001 = found.Single(d => d.Id == "CL5001");
        Assert.That(cl5001.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.StartWith("Strings.resx(4,19) 'CribsReminder': "));
        Assert.That(cl5001.AdditionalLocations.Single().GetLineSpan().StartLinePosition, Is.EqualTo(new Microsoft.CodeAnalysis.Text.LinePosition(3, 18)));
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CreepLint.sln not found above the test assembly.");
    }
}
