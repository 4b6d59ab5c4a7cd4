using System.IO.Compression;
using System.Xml.Linq;
using CreepLint.PackageSmoke;

namespace CreepLint.Analyzers.PackageTests;

/// <summary>
/// The acceptance test of issue 22: CreepLint.Analyzers packed into a local folder feed, and <c>dotnet build</c> of
/// samples/CampaignCode (a fresh project outside the repository's build settings) reporting its findings as CL-coded
/// warnings at their files and lines; <c>-warnaserror</c> fails the build; <c>.editorconfig</c> silences a rule.
/// </summary>
[Category("Smoke")]
[NonParallelizable]
public sealed class AnalyzerPackageTests
{
    private SmokeWorkspace _workspace = null!;

    private string Feed => _workspace.Feed;

    private string Version => _workspace.Version;

    [OneTimeSetUp]
    public void Pack()
    {
        _workspace = new SmokeWorkspace();
        var pack = _workspace.Pack("CreepLint.Analyzers", "-p:ToolReadyToRun=false");
        Assert.That(pack.ExitCode, Is.Zero, $"dotnet pack failed: {pack}");
        Assert.That(pack.Output, Does.Not.Match(@"warning [A-Z]+\d+"), $"dotnet pack warned: {pack}");
    }

    [OneTimeTearDown]
    public void Delete() => _workspace?.Dispose();

    [Test]
    public void Package_holds_the_analyzer_and_the_engine_beside_it_and_no_library()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Feed, $"CreepLint.Analyzers.{Version}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        using var nuspec = zip.GetEntry("CreepLint.Analyzers.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Multiple(() =>
        {
            Assert.That(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)), Is.EquivalentTo(new[]
            {
                "analyzers/dotnet/cs/CreepLint.Analyzers.dll", "analyzers/dotnet/cs/CreepLint.dll", "analyzers/dotnet/cs/CreepLint.Cli.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll", "analyzers/dotnet/cs/Markdig.dll",
                "analyzers/dotnet/cs/Microsoft.Extensions.FileSystemGlobbing.dll",
            }));
            Assert.That(entries, Has.None.StartsWith("lib/"));
            Assert.That(entries, Does.Contain("build/CreepLint.Analyzers.props").And.Contain("build/CreepLint.Analyzers.targets")
                .And.Contain("build/CreepLint.MessageTemplateAttribute.cs").And.Contain("README.md"));
            Assert.That(metadata.Descendants().Where(e => e.Name.LocalName == "dependency"), Is.Empty, "nothing flows to the consumer's build");
            Assert.That(metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value, Is.EqualTo("true"));
        });
    }

    [Test]
    public void Build_reports_cl_coded_warnings_at_their_files_and_lines()
    {
        var build = Build(Consumer("plain"));
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(build.Output, Does.Match(@"Campaigns\.cs\(8,49\): warning CL5001: Presents the brand as watching the reader: 'We noticed'"), build.ToString());
        Assert.That(build.Output, Does.Match(@"Campaigns\.cs\(8,60\): warning CL3001: "), build.ToString());
        Assert.That(build.Output, Does.Match(@"Campaigns\.cs\(22,98\): warning CL9001: .*customer\.predicted_due_date"), "an interpolation hole carrying an inferred field");
        Assert.That(build.Output, Does.Match(@"templates[/\\]browse-reminder\.liquid\(1,22\): warning CL5001"), "AdditionalFiles are linted at their positions");
        Assert.That(build.Output, Does.Not.Contain("AD0001").And.Not.Contain("CS8032").And.Not.Contain("CS8034").And.Not.Contain("CL0400"));
        Assert.That(build.Output, Does.Not.Contain("spring sale").And.Not.Contain("Cribs, changing tables"), "clean copy passes");
    }

    [Test]
    public void Warnaserror_fails_the_build()
    {
        var build = Build(Consumer("strict"), "-warnaserror");
        Assert.That(build.ExitCode, Is.Not.Zero, build.ToString());
        Assert.That(build.Output, Does.Match(@"Campaigns\.cs\(8,49\): error CL5001"), build.ToString());
    }

    [Test]
    public void Editorconfig_silences_a_rule_and_escalates_a_category()
    {
        var consumer = Consumer("configured");
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), """
            root = true
            [*.cs]
            dotnet_diagnostic.CL5001.severity = none
            dotnet_analyzer_diagnostic.category-CreepLint.BehavioralDetail.severity = error
            """);
        var build = Build(consumer);
        Assert.That(build.Output, Does.Not.Match(@"Campaigns\.cs\(8,49\): \w+ CL5001"), build.ToString());
        Assert.That(build.Output, Does.Match(@"Campaigns\.cs\(8,60\): error CL3001"), build.ToString());
        Assert.That(build.ExitCode, Is.Not.Zero);
    }

    [Test]
    public void Where_the_compiler_runs_on_dotnet_framework_one_message_says_why_and_nothing_fails_to_load()
    {
        // Visual Studio and msbuild.exe run MSBuild on .NET Framework (MSBuildRuntimeType 'Full'); the property stands in for it.
        var build = Build(Consumer("framework"), "-p:CreepLintAnalyzerHost=Full");
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(build.Output, Does.Contain("warning CL0405: CreepLint.Analyzers is not run in this build"), build.ToString());
        Assert.That(build.Output, Does.Not.Match(@"warning CL[1-9]\d{3}").And.Not.Contain("AD0001").And.Not.Contain("CS8032"));
    }

    private RunResult Build(string consumer, params string[] extra) =>
        DotnetRun.Dotnet(consumer, _workspace.ConsumerEnvironment(), ["build", "-nodeReuse:false", $"-p:CreepLintVersion={Version}", .. extra]);

    /// <summary>A copy of samples/CampaignCode outside the repository, restoring from the local feed into a temporary cache.</summary>
    private string Consumer(string name)
    {
        var consumer = Path.Combine(_workspace.Root, name);
        SmokeWorkspace.CopyDirectory(Path.Combine(_workspace.RepoRoot, "samples", "CampaignCode"), consumer);
        _workspace.WriteNuGetConfig(consumer);
        return consumer;
    }
}
