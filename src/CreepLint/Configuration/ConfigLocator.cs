namespace CreepLint.Configuration;

/// <summary>Finds <c>.creeplint.yaml</c> by walking up from a directory, the way ESLint and Vale find theirs.</summary>
internal static class ConfigLocator
{
    public static readonly string[] FileNames = [".creeplint.yaml", ".creeplint.yml"];

    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Where to start looking: the first path given (its directory for a file), else the working directory.</summary>
    public static string StartFor(IReadOnlyList<string> paths, string workingDirectory)
    {
        var first = paths.FirstOrDefault(p => p != "-");
        if (first is null)
        {
            return workingDirectory;
        }

        var full = Path.GetFullPath(first, workingDirectory);
        return Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? workingDirectory;
    }
}
