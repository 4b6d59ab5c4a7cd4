using System.Globalization;

namespace CreepLint.PackageSmoke;

/// <summary>
/// A temporary folder holding the local package source, an isolated NuGet cache, the build output of the packed
/// projects, a copy of the sample (a consumer outside the repository) and a tool path. Deleted at the end.
/// </summary>
internal sealed class SmokeWorkspace : IDisposable
{
    public SmokeWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("creeplint-smoke-").FullName;
        RepoRoot = FindRepoRoot();
        // A version no real build uses, so no stale CreepLint package in any cache can stand in for the fresh one.
        Version = "0.0.1-smoke." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    }

    public string Root { get; }

    public string RepoRoot { get; }

    public string Version { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Packages => Path.Combine(Root, "packages");

    public string Consumer => Path.Combine(Root, "consumer");

    public string ToolPath => Path.Combine(Root, "tools");

    /// <summary>The installed tool (see <see cref="SmokePackages"/>).</summary>
    public string Creeplint => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "creeplint.exe" : "creeplint");

    /// <summary>Where the fresh <c>dotnet new</c> projects live: outside the repository, so none of its build settings apply.</summary>
    public string Fresh => Path.Combine(Root, "fresh");

    /// <summary>Packs the three shipped projects into <see cref="Feed"/>; their build output goes under <see cref="Root"/>, not the repository.</summary>
    public RunResult Pack(string project, params string[] properties) =>
        DotnetRun.Dotnet(RepoRoot, new Dictionary<string, string?>(),
            ["pack", Path.Combine(RepoRoot, "src", project, project + ".csproj"), "-c", "Release", "-o", Feed, "-nodeReuse:false",
            $"-p:Version={Version}", "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(Root, "build")}", .. properties]);

    /// <summary>Copies the sample app and its tests with the shared build settings, and writes a nuget.config that adds the local source.</summary>
    public void CreateConsumer()
    {
        if (Directory.Exists(Consumer))
        {
            Directory.Delete(Consumer, recursive: true);
        }

        Directory.CreateDirectory(Consumer);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            File.Copy(Path.Combine(RepoRoot, file), Path.Combine(Consumer, file));
        }

        foreach (var project in new[] { "CampaignApp", "CampaignApp.Tests", "CampaignApi" })
        {
            CopyDirectory(Path.Combine(RepoRoot, "samples", project), Path.Combine(Consumer, "samples", project));
        }

        WriteNuGetConfig(Consumer);
    }

    /// <summary>
    /// A nuget.config in <paramref name="directory"/> that keeps the default registry source (for NUnit and friends) and
    /// adds the local one. The user's package cache is a read-only fallback so nothing is downloaded twice; new packages
    /// land in the temporary cache.
    /// </summary>
    public void WriteNuGetConfig(string directory)
    {
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Packages}" /></config>
              <packageSources><add key="creeplint-smoke" value="{Feed}" /></packageSources>
              <fallbackPackageFolders><add key="user" value="{userPackages}" /></fallbackPackageFolders>
            </configuration>
            """);
    }

    /// <summary>Creates the consumer folder unless a test already did (tests may run in any order).</summary>
    public void CreateConsumerIfMissing()
    {
        if (!Directory.Exists(Consumer))
        {
            CreateConsumer();
        }
    }

    /// <summary>The environment for restores in the consumer: the temporary cache, whatever the caller's NUGET_PACKAGES says.</summary>
    public Dictionary<string, string?> ConsumerEnvironment() => new() { ["NUGET_PACKAGES"] = Packages };

    public void Dispose()
    {
        for (var attempt = 0; attempt < 3 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException) when (attempt < 2)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CreepLint.sln not found above {AppContext.BaseDirectory}; run the smoke test from the repository.");
    }

    /// <summary>Copies a folder without its bin/ and obj/ folders and received snapshot files.</summary>
    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            if (!file.EndsWith(".received.txt", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
            {
                CopyDirectory(dir, Path.Combine(to, name));
            }
        }
    }
}
