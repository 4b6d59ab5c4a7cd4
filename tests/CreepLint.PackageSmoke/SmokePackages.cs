namespace CreepLint.PackageSmoke;

/// <summary>
/// Packs the four shipped packages into a temporary local source and installs the tool from it, once for every smoke
/// fixture (they then run side by side); deletes it all at the end.
/// </summary>
[SetUpFixture]
public sealed class SmokePackages
{
    /// <summary>The packages the repository ships.</summary>
    public static readonly string[] Ids = ["CreepLint", "CreepLint.Cli", "CreepLint.NUnit", "CreepLint.DependencyInjection"];

    internal static SmokeWorkspace Workspace { get; private set; } = null!;

    [OneTimeSetUp]
    public void PackAndInstallTheTool()
    {
        Workspace = new SmokeWorkspace();
        foreach (var id in Ids)
        {
            var pack = Workspace.Pack(id);
            Assert.That(pack.ExitCode, Is.Zero, $"dotnet pack {id} failed: {pack}");
            Assert.That(pack.Output, Does.Not.Match(@"warning [A-Z]+\d+"), $"dotnet pack {id} warned: {pack}");
        }

        Directory.CreateDirectory(Workspace.Fresh);
        Workspace.WriteNuGetConfig(Workspace.Fresh);
        var install = DotnetRun.Dotnet(Workspace.Fresh, Workspace.ConsumerEnvironment(),
            "tool", "install", "CreepLint.Cli", "--tool-path", Workspace.ToolPath, "--version", Workspace.Version, "--add-source", Workspace.Feed);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
    }

    [OneTimeTearDown]
    public void DeleteWorkspace() => Workspace?.Dispose();
}
