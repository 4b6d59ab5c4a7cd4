using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CreepLint.PackageSmoke;

/// <summary>
/// Uses the packed packages (<see cref="SmokePackages"/>) as a user would: the sample campaign app and its tests build
/// against them, the DI sample builds against them, and the tool installed from the local source lints.
/// </summary>
[Category("Smoke")]
[NonParallelizable]
public sealed class PackageSmokeTests
{
    private static readonly string[] s_packageIds = SmokePackages.Ids;

    private static SmokeWorkspace Workspace => SmokePackages.Workspace;

    [Test]
    public void Every_package_and_its_symbols_package_is_in_the_local_source()
    {
        var files = Directory.GetFiles(Workspace.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(s_packageIds.SelectMany(id => new[] { $"{id}.{Workspace.Version}.nupkg", $"{id}.{Workspace.Version}.snupkg" })
            .Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Library_package_carries_readme_license_repository_and_xml_docs()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Workspace.Feed, $"CreepLint.{Workspace.Version}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        using var nuspecStream = zip.GetEntry("CreepLint.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(dependencies, Is.EquivalentTo(new[] { "YamlDotNet" }), "linting needs rule files read and nothing else: the entity table is embedded, training lives in the tool");
            Assert.That(entries, Is.SupersetOf(new[] { "README.md", "lib/net10.0/CreepLint.dll", "lib/net10.0/CreepLint.xml" }));
            Assert.That(Field("license"), Is.EqualTo("MIT"));
            Assert.That(Field("readme"), Is.EqualTo("README.md"));
            Assert.That(Field("description"), Is.Not.Empty);
            Assert.That(Field("tags"), Does.Contain("lint"));
            Assert.That(repository.Attribute("url")?.Value, Does.StartWith("https://"));
        });
    }

    [Test]
    public void Sample_app_and_its_tests_build_and_pass_against_the_packages()
    {
        Workspace.CreateConsumer();
        var usePackages = new[] { "-p:UseCreepLintPackages=true", $"-p:CreepLintVersion={Workspace.Version}", "-nodeReuse:false" };
        var env = Workspace.ConsumerEnvironment();

        var test = DotnetRun.Dotnet(Workspace.Consumer, env, ["test", "samples/CampaignApp.Tests", .. usePackages]);
        Assert.That(test.ExitCode, Is.Zero, $"the sample's tests failed against the packages: {test}");
        var summary = Regex.Match(test.Output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
        Assert.That(summary.Success && summary.Groups[1].Value == "0" && int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 0,
            Is.True, $"no passing test run in: {test}");

        // The consumer resolved the packages, not the projects.
        var assets = File.ReadAllText(Path.Combine(Workspace.Consumer, "samples", "CampaignApp.Tests", "obj", "project.assets.json"));
        Assert.That(assets, Does.Contain($"\"CreepLint/{Workspace.Version}\"").And.Contain($"\"CreepLint.NUnit/{Workspace.Version}\"").And.Not.Contain("src/CreepLint"));

        var app = DotnetRun.Run(DotnetRun.DotnetPath, Workspace.Consumer, env,
            Path.Combine(Workspace.Consumer, "samples", "CampaignApp", "bin", "Debug", "net10.0", "CampaignApp.dll"));
        Assert.That(app.ExitCode, Is.Zero, app.ToString());
        Assert.That(app.Output, Does.Contain("send 2, rewrite 1, downgrade 1, block 1").And.Contain("CL1001 inferred-trait 'You're expecting'"));
    }

    [Test]
    public void Add_on_packages_depend_on_the_library_and_their_framework_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Dependencies("CreepLint.NUnit"), Is.EquivalentTo(new[] { $"CreepLint {Workspace.Version}", "NUnit 4.3.2" }),
                "the NUnit a fresh `dotnet new nunit` gets is enough; the library's own dependencies come through it");
            Assert.That(Dependencies("CreepLint.DependencyInjection"), Is.EquivalentTo(new[]
            {
                $"CreepLint {Workspace.Version}", "Microsoft.Extensions.DependencyInjection.Abstractions 10.0.0",
                "Microsoft.Extensions.Options.ConfigurationExtensions 10.0.0", "Microsoft.Extensions.Logging.Abstractions 10.0.0",
            }));
        });
    }

    [Test]
    public void DI_sample_builds_against_the_packages()
    {
        Workspace.CreateConsumerIfMissing();
        var build = DotnetRun.Dotnet(Workspace.Consumer, Workspace.ConsumerEnvironment(),
            "build", "samples/CampaignApi", "-p:UseCreepLintPackages=true", $"-p:CreepLintVersion={Workspace.Version}", "-nodeReuse:false");
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        var assets = File.ReadAllText(Path.Combine(Workspace.Consumer, "samples", "CampaignApi", "obj", "project.assets.json"));
        Assert.That(assets, Does.Contain($"\"CreepLint.DependencyInjection/{Workspace.Version}\"").And.Not.Contain("src/CreepLint"));
    }

    [Test]
    public void Tool_installs_from_the_local_source_and_lints_a_sample()
    {
        var creeplint = Workspace.Creeplint;
        var templates = Path.Combine(Workspace.RepoRoot, "samples", "templates");
        var creepy = DotnetRun.Run(creeplint, templates, new Dictionary<string, string?>(), "lint", "baby-club.liquid");
        var clean = DotnetRun.Run(creeplint, templates, new Dictionary<string, string?>(), "lint", "spring-sale.txt");
        var json = DotnetRun.Run(creeplint, templates, new Dictionary<string, string?>(), "lint", "spring-sale.txt", "--format", "json");

        // Training ships inside the tool (CreepLint.Training and its optimiser), not in the library package.
        var corpus = Path.Combine(Workspace.Root, "small-corpus.jsonl");
        File.WriteAllLines(corpus, File.ReadLines(Path.Combine(Workspace.RepoRoot, "samples", "corpus", "train.jsonl")).Take(120));
        var train = DotnetRun.Run(creeplint, Workspace.Root, new Dictionary<string, string?>(), "train", corpus, "-o", Path.Combine(Workspace.Root, "small.clm"));

        // The tool runs with InvariantGlobalization, where string.Normalize returns its input: full-width and accented
        // letters must still fold, through the library's own decomposition table.
        File.WriteAllText(Path.Combine(Workspace.Root, "disguised.txt"), "Congratulations, you\u2019re \uFF45\uFF58\uFF50\uFF45\uFF43\uFF54\uFF49\uFF4E\uFF47! Here is 20% off maternity wear.\n");
        var disguised = DotnetRun.Run(creeplint, Workspace.Root, new Dictionary<string, string?>(), "lint", "disguised.txt", "--no-config");

        // The language server starts from the package with everything it needs (StreamJsonRpc and its dependencies).
        static string Frame(string json) => $"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";
        var lsp = DotnetRun.RunWithInput(creeplint, Workspace.Root, new Dictionary<string, string?>(),
            Frame("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""") +
            Frame("""{"jsonrpc":"2.0","id":2,"method":"shutdown"}""") + Frame("""{"jsonrpc":"2.0","method":"exit"}"""), "lsp");
        Assert.Multiple(() =>
        {
            Assert.That(creepy.ExitCode, Is.EqualTo(1), creepy.ToString());
            Assert.That(creepy.Output, Does.Contain("baby-club.liquid:2:36: error CL1001 [inferred-trait]").And.Contain("FAIL"));
            Assert.That(disguised.Output, Does.Contain("disguised.txt:1:18: error CL1001 [inferred-trait]"), disguised.ToString());
            Assert.That(lsp.ExitCode, Is.Zero, lsp.ToString());
            Assert.That(lsp.Output, Does.Contain("\"hoverProvider\":true").And.Contain("\"serverInfo\":{\"name\":\"creeplint\""), lsp.ToString());
            Assert.That(clean.ExitCode, Is.Zero, clean.ToString());
            Assert.That(clean.Output, Does.Contain("1 pass"));
            Assert.That(json.Output, Does.Contain($"\"version\": \"{Workspace.Version}\"").Or.Contain($"\"version\":\"{Workspace.Version}\""));
            Assert.That(train.ExitCode, Is.Zero, train.ToString());
            Assert.That(train.Output, Does.Contain("Trained on 120 messages"));
            Assert.That(File.Exists(Path.Combine(Workspace.Root, "small.clm")), Is.True);
        });
    }

    [Test]
    public void Tool_package_is_portable_and_carries_ReadyToRun_code_when_packed_on_linux_x64()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Workspace.Feed, $"CreepLint.Cli.{Workspace.Version}.nupkg"));
        var tool = zip.Entries.Where(e => e.FullName.StartsWith("tools/net10.0/any/", StringComparison.Ordinal)).ToList();
        Assert.That(tool.Select(e => e.Name), Does.Contain("CreepLint.Cli.dll").And.Contain("CreepLint.dll").And.Contain("CreepLint.Training.dll"), "one portable tool for every platform");
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            Assert.Ignore("ReadyToRun code is only compiled when packing on linux-x64.");
        }

        foreach (var name in new[] { "CreepLint.Cli.dll", "CreepLint.dll", "YamlDotNet.dll", "System.CommandLine.dll" })
        {
            using var stream = new MemoryStream();
            using (var entry = tool.Single(e => e.Name == name).Open())
            {
                entry.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            Assert.That(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, Is.Positive, $"{name} has no ReadyToRun code");
        }
    }

    private List<string> Dependencies(string id)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Workspace.Feed, $"{id}.{Workspace.Version}.nupkg"));
        using var nuspec = zip.GetEntry($"{id}.nuspec")!.Open();
        return [.. XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => $"{e.Attribute("id")!.Value} {e.Attribute("version")!.Value}")];
    }
}
