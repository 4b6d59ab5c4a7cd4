namespace CreepLint.NUnit;

/// <summary>Finds the test source file named by <c>[CallerFilePath]</c>, also when a deterministic build mapped it to <c>/_/…</c>.</summary>
internal static class SourceLocator
{
    public static string Resolve(string callerPath)
    {
        if (string.IsNullOrEmpty(callerPath))
        {
            throw new ArgumentException("The caller's source file is unknown; pass an explicit path to Approvals.VerifyFile.", nameof(callerPath));
        }

        if (File.Exists(callerPath))
        {
            return callerPath;
        }

        // ContinuousIntegrationBuild maps source roots to "/_/" (or "/_1/", …): look for the rest of the path above the
        // test output directory, where the repository that built the tests lives.
        var parts = callerPath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var tail = parts.Length > 1 && parts[0].StartsWith('_') ? Path.Combine(parts[1..]) : Path.Combine(parts);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, tail);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"Cannot find the test source file '{callerPath}' to put the approved file next to it. Build the tests from their sources " +
            "(a deterministic build maps paths; set <ContinuousIntegrationBuild>false</ContinuousIntegrationBuild> in the test project) or pass an explicit path to Approvals.VerifyFile.",
            callerPath);
    }
}
