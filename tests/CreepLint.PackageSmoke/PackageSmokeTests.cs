using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CreepLint.PackageSmoke;

/// <summary>
/// Packs CreepLint, CreepLint.Cli and CreepLint.NUnit into a local folder source and uses them as a user would: the
/// sample campaign app and its tests build against the packages, and the tool installs into a tool path and lints.
/// </summary>
[Category("Smoke")]
[NonParallelizable]
public sealed class PackageSmokeTests
{
    private static readonly string[] s_packageIds = ["CreepLint", "CreepLint.Cli", "CreepLint.NUnit"];

    private SmokeWorkspace _workspace = null!;

    [OneTimeSetUp]
    public void PackAllThree()
    {
        _workspace = new SmokeWorkspace();
        foreach (var id in s_packageIds)
        {
            var pack = _workspace.Pack(id);
            Assert.That(pack.ExitCode, Is.Zero, $"dotnet pack {id} failed: {pack}");
            Assert.That(pack.Output, Does.Not.Match(@"warning [A-Z]+\d+"), $"dotnet pack {id} warned: {pack}");
        }
    }

    [OneTimeTearDown]
    public void DeleteWorkspace() => _workspace?.Dispose();

    [Test]
    public void Every_package_and_its_symbols_package_is_in_the_local_source()
    {
        var files = Directory.GetFiles(_workspace.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(s_packageIds.SelectMany(id => new[] { $"{id}.{_workspace.Version}.nupkg", $"{id}.{_workspace.Version}.snupkg" })
            .Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Library_package_carries_readme_license_repository_and_xml_docs()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_workspace.Feed, $"CreepLint.{_workspace.Version}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        using var nuspecStream = zip.GetEntry("CreepLint.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(dependencies, Is.EquivalentTo(new[] { "AngleSharp", "YamlDotNet" }), "linting needs these and nothing else: training lives in the tool");
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
        _workspace.CreateConsumer();
        var usePackages = new[] { "-p:UseCreepLintPackages=true", $"-p:CreepLintVersion={_workspace.Version}", "-nodeReuse:false" };
        var env = _workspace.ConsumerEnvironment();

        var test = DotnetRun.Dotnet(_workspace.Consumer, env, ["test", "samples/CampaignApp.Tests", .. usePackages]);
        Assert.That(test.ExitCode, Is.Zero, $"the sample's tests failed against the packages: {test}");
        var summary = Regex.Match(test.Output, @"Failed:\s+(\d+), Passed:\s+(\d+)");
        Assert.That(summary.Success && summary.Groups[1].Value == "0" && int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 0,
            Is.True, $"no passing test run in: {test}");

        // The consumer resolved the packages, not the projects.
        var assets = File.ReadAllText(Path.Combine(_workspace.Consumer, "samples", "CampaignApp.Tests", "obj", "project.assets.json"));
        Assert.That(assets, Does.Contain($"\"CreepLint/{_workspace.Version}\"").And.Contain($"\"CreepLint.NUnit/{_workspace.Version}\"").And.Not.Contain("src/CreepLint"));

        var app = DotnetRun.Run(DotnetRun.DotnetPath, _workspace.Consumer, env,
            Path.Combine(_workspace.Consumer, "samples", "CampaignApp", "bin", "Debug", "net10.0", "CampaignApp.dll"));
        Assert.That(app.ExitCode, Is.Zero, app.ToString());
        Assert.That(app.Output, Does.Contain("send 2, rewrite 1, downgrade 1, block 1").And.Contain("CL1001 inferred-trait 'You're expecting'"));
    }

    [Test]
    public void Tool_installs_from_the_local_source_and_lints_a_sample()
    {
        _workspace.CreateConsumerIfMissing();
        var install = DotnetRun.Dotnet(_workspace.Consumer, _workspace.ConsumerEnvironment(),
            "tool", "install", "CreepLint.Cli", "--tool-path", _workspace.ToolPath, "--version", _workspace.Version, "--add-source", _workspace.Feed);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());

        var creeplint = Path.Combine(_workspace.ToolPath, OperatingSystem.IsWindows() ? "creeplint.exe" : "creeplint");
        var templates = Path.Combine(_workspace.RepoRoot, "samples", "templates");
        var creepy = DotnetRun.Run(creeplint, templates, new Dictionary<string, string?>(), "lint", "baby-club.liquid");
        var clean = DotnetRun.Run(creeplint, templates, new Dictionary<string, string?>(), "lint", "spring-sale.txt");
        var json = DotnetRun.Run(creeplint, templates, new Dictionary<string, string?>(), "lint", "spring-sale.txt", "--format", "json");

        // Training ships inside the tool (CreepLint.Training and its optimiser), not in the library package.
        var corpus = Path.Combine(_workspace.Root, "small-corpus.jsonl");
        File.WriteAllLines(corpus, File.ReadLines(Path.Combine(_workspace.RepoRoot, "samples", "corpus", "train.jsonl")).Take(120));
        var train = DotnetRun.Run(creeplint, _workspace.Root, new Dictionary<string, string?>(), "train", corpus, "-o", Path.Combine(_workspace.Root, "small.clm"));

        // The tool runs with InvariantGlobalization, where string.Normalize returns its input: full-width and accented
        // letters must still fold, through the library's own decomposition table.
        File.WriteAllText(Path.Combine(_workspace.Root, "disguised.txt"), "Congratulations, you\u2019re \uFF45\uFF58\uFF50\uFF45\uFF43\uFF54\uFF49\uFF4E\uFF47! Here is 20% off maternity wear.\n");
        var disguised = DotnetRun.Run(creeplint, _workspace.Root, new Dictionary<string, string?>(), "lint", "disguised.txt", "--no-config");

        // The language server starts from the package with everything it needs (StreamJsonRpc and its dependencies).
        static string Frame(string json) => $"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";
        var lsp = DotnetRun.RunWithInput(creeplint, _workspace.Root, new Dictionary<string, string?>(),
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
            Assert.That(json.Output, Does.Contain($"\"version\": \"{_workspace.Version}\"").Or.Contain($"\"version\":\"{_workspace.Version}\""));
            Assert.That(train.ExitCode, Is.Zero, train.ToString());
            Assert.That(train.Output, Does.Contain("Trained on 120 messages"));
            Assert.That(File.Exists(Path.Combine(_workspace.Root, "small.clm")), Is.True);
        });
    }

    [Test]
    public void Tool_package_is_portable_and_carries_ReadyToRun_code_when_packed_on_linux_x64()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_workspace.Feed, $"CreepLint.Cli.{_workspace.Version}.nupkg"));
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
}
