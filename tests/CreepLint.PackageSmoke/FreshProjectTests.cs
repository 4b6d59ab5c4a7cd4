using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CreepLint.PackageSmoke;

/// <summary>
/// The acceptance test of the library and NUnit sections of the README: a fresh <c>dotnet new console</c> and
/// <c>dotnet new nunit</c> project (NUnit as the template pins it, and NUnit 5), set up with the README's own commands
/// and code against the packed packages, judge <c>samples/templates</c> exactly as the installed <c>creeplint lint</c>
/// does, under a <c>.creeplint.yaml</c> that changes verdicts. The projects are built side by side.
/// </summary>
[Category("Smoke")]
[Parallelizable(ParallelScope.Children)]
public sealed partial class FreshProjectTests
{
    /// <summary>Read by all three; it changes verdicts (baby-club.liquid warns instead of failing), so only an engine
    /// that read it agrees with lint.</summary>
    private const string Config = "thresholds: { warn: 25, fail: 50 }\ndisable: [CL9001]\nseverity:\n  inferred-trait: info\n";

    private static readonly Lazy<Dictionary<string, (string Verdict, int Score)>> s_lint = new(LintTemplates);

    private static SmokeWorkspace Workspace => SmokePackages.Workspace;

    [Test]
    public void Console_app_from_the_README_gives_lints_verdicts()
    {
        var dir = NewProject("console", "CampaignCheck");
        AddPackages(dir, "Use it from campaign code");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Readme.Block("Use it from campaign code", "csharp", "<!-- snippet: program -->"));
        var build = Dotnet(dir, "build", "-nodeReuse:false");
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(build.Output, Does.Not.Match(@"warning [A-Z]+\d+"), build.ToString());

        var templates = TemplatesCopy();
        var run = DotnetRun.Run(DotnetRun.DotnetPath, templates, Workspace.ConsumerEnvironment(),
            [Path.Combine(dir, "bin", "Debug", "net10.0", "CampaignCheck.dll"), .. TemplateNames()]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var app = ConsoleVerdict().Matches(run.Output).ToDictionary(m => m.Groups["file"].Value, m => (m.Groups["verdict"].Value.ToLowerInvariant(), int.Parse(m.Groups["score"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(app, Is.EquivalentTo(s_lint.Value), run.Output);
    }

    [TestCase(null)]
    [TestCase("5.0.0")]
    public void NUnit_project_from_the_README_fails_exactly_the_templates_lint_fails(string? nunitVersion)
    {
        var dir = NewProject("nunit", "Campaign.Tests", suffix: nunitVersion ?? "template");
        var csproj = Path.Combine(dir, "Campaign.Tests.csproj");
        var pinned = Regex.Match(File.ReadAllText(csproj), @"Include=""NUnit"" Version=""(?<v>[^""]+)""").Groups["v"].Value;
        if (nunitVersion is not null)
        {
            var upgrade = Dotnet(dir, "add", "package", "NUnit", "--version", nunitVersion);
            Assert.That(upgrade.ExitCode, Is.Zero, upgrade.ToString());
        }

        AddPackages(dir, "Use it in unit tests");
        var itemGroup = XElement.Parse(Readme.Block("Use it in unit tests", "xml"));
        var project = XDocument.Load(csproj);
        project.Root!.Add(itemGroup);
        project.Save(csproj);
        SmokeWorkspace.CopyDirectory(TemplatesCopy(), Path.Combine(dir, "templates"));
        File.WriteAllText(Path.Combine(dir, "TemplateTests.cs"), Readme.Block("Use it in unit tests", "csharp", "<!-- snippet: file -->"));

        var test = Dotnet(dir, "test", "--logger", "trx;LogFileName=results.trx", "-nodeReuse:false");
        Assert.That(test.Output, Does.Not.Match(@"(warning|error) [A-Z]+\d+"), $"NUnit {nunitVersion ?? pinned}: {test}");
        var outcomes = XDocument.Load(Path.Combine(dir, "TestResults", "results.trx")).Descendants().Where(e => e.Name.LocalName == "UnitTestResult")
            .ToDictionary(e => e.Attribute("testName")!.Value, e => e.Attribute("outcome")!.Value);
        var failedTemplates = outcomes.Where(o => o.Key.StartsWith("Template_is_not_creepy(", StringComparison.Ordinal) && o.Value == "Failed")
            .Select(o => o.Key["Template_is_not_creepy(".Length..^1]).Order(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(pinned, Is.EqualTo("4.3.2").Or.Not.Empty, "the template pins an NUnit 4");
            Assert.That(outcomes.Keys.Count(k => k.StartsWith("Template_is_not_creepy(", StringComparison.Ordinal)), Is.EqualTo(s_lint.Value.Count), test.ToString());
            Assert.That(failedTemplates, Is.EqualTo(s_lint.Value.Where(l => l.Value.Verdict == "fail").Select(l => l.Key).Order(StringComparer.Ordinal)), test.ToString());
            Assert.That(outcomes.GetValueOrDefault("Rendered_welcome_has_no_inferred_trait"), Is.EqualTo("Passed"), test.ToString());
            Assert.That(test.ExitCode, Is.Not.Zero, "some sample templates fail, as in lint");
        });
    }

    /// <summary>The verdicts and scores of the installed tool on the template copy (one message per file), under <see cref="Config"/>.</summary>
    private static Dictionary<string, (string Verdict, int Score)> LintTemplates()
    {
        var verdicts = Lint();
        Assert.Multiple(() =>
        {
            Assert.That(verdicts.Values.Select(v => v.Verdict).Distinct(), Has.Member("fail").And.Member("pass"));
            Assert.That(Lint("--no-config").Where(d => d.Value.Verdict != verdicts[d.Key].Verdict).Select(d => d.Key), Is.Not.Empty,
                "the configuration changes a verdict, so agreeing with lint means having read it");
        });
        return verdicts;
    }

    private static Dictionary<string, (string Verdict, int Score)> Lint(params string[] options)
    {
        var lint = DotnetRun.Run(Workspace.Creeplint, TemplatesCopy(), new Dictionary<string, string?>(), ["lint", .. TemplateNames(), "--format", "json", .. options]);
        Assert.That(lint.ExitCode, Is.EqualTo(1), lint.ToString());
        var report = JsonNode.Parse(lint.Output[lint.Output.IndexOf('{', StringComparison.Ordinal)..])!;
        return report["results"]!.AsArray().ToDictionary(r => Path.GetFileName(r!["source"]!.GetValue<string>()), r => (r!["verdict"]!.GetValue<string>(), r["score"]!.GetValue<int>()));
    }

    private static string[] TemplateNames() =>
        [.. Directory.GetFiles(Path.Combine(Workspace.RepoRoot, "samples", "templates")).Select(Path.GetFileName).Where(n => !n!.EndsWith(".jsonl", StringComparison.Ordinal)).Order(StringComparer.Ordinal)!];

    /// <summary>samples/templates (the one-message files) under the fresh folder, below its .creeplint.yaml.</summary>
    private static string TemplatesCopy()
    {
        var dir = Path.Combine(Workspace.Fresh, "templates");
        lock (s_lint)
        {
            if (!Directory.Exists(dir))
            {
                File.WriteAllText(Path.Combine(Workspace.Fresh, ".creeplint.yaml"), Config);
                Directory.CreateDirectory(dir);
                foreach (var name in TemplateNames())
                {
                    File.Copy(Path.Combine(Workspace.RepoRoot, "samples", "templates", name), Path.Combine(dir, name));
                }
            }
        }

        return dir;
    }

    private static string NewProject(string template, string name, string? suffix = null)
    {
        var dir = Path.Combine(Workspace.Fresh, template + (suffix is null ? string.Empty : "-" + suffix));
        var create = Dotnet(Workspace.Fresh, "new", template, "-n", name, "-o", dir);
        Assert.That(create.ExitCode, Is.Zero, create.ToString());
        return dir;
    }

    /// <summary>Runs the section's <c>dotnet add package</c> commands, pinned to the packed version (a stable-only lookup would skip it).</summary>
    private static void AddPackages(string dir, string section)
    {
        var commands = Readme.AddPackageCommands(section).ToList();
        Assert.That(commands, Is.Not.Empty, $"README section '{section}' says which package to add");
        foreach (var command in commands)
        {
            var add = Dotnet(dir, [.. command, "--version", Workspace.Version]);
            Assert.That(add.ExitCode, Is.Zero, add.ToString());
            Assert.That(add.Output, Does.Not.Contain("NU1605").And.Not.Match(@"warning NU\d+"), add.ToString());
        }
    }

    private static RunResult Dotnet(string dir, params string[] args) => DotnetRun.Dotnet(dir, Workspace.ConsumerEnvironment(), args);

    [GeneratedRegex(@"^(?<file>[^\s:]+): (?<verdict>Pass|Warn|Fail) \(score (?<score>\d+)\)", RegexOptions.Multiline)]
    private static partial Regex ConsoleVerdict();
}
