namespace CreepLint.Tests.Evaluation;

/// <summary>Finds files of the repository from the test's output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>
    /// The committed generated file at <paramref name="path"/> and what its generator gives now: with CREEPLINT_ACCEPT=1 a
    /// stale file is rewritten first, so that the caller's assertion passes and the change shows in git.
    /// </summary>
    public static (string Actual, string Expected) Generated(string path, string expected)
    {
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (actual != expected && Environment.GetEnvironmentVariable("CREEPLINT_ACCEPT") == "1")
        {
            File.WriteAllText(path, expected);
            actual = expected;
        }

        return (actual, expected);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CreepLint.sln not found above the test directory.");
    }
}
