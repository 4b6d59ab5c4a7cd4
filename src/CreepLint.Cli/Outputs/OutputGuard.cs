namespace CreepLint.Cli.Outputs;

/// <summary>Refuses, before any work starts, to write a file over one of the command's own inputs.</summary>
internal static class OutputGuard
{
    /// <summary>
    /// Throws a <see cref="UsageException"/> (exit 2, one line naming both paths) when <paramref name="output"/> is the same
    /// file as any of <paramref name="inputs"/>: the same resolved path, or the same file through a symlink or a hard link.
    /// </summary>
    /// <remarks>Inputs that are directories are not expanded: a report written into a walked directory is a new file.</remarks>
    public static void Check(string output, IEnumerable<string?> inputs, string what)
    {
        var outputPath = FileIdentity.Resolve(output);
        var outputId = FileIdentity.Of(output);
        foreach (var input in inputs)
        {
            if (input is null || input == "-")
            {
                continue;
            }

            var same = string.Equals(FileIdentity.Resolve(input), outputPath, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                || (outputId is { } o && FileIdentity.Of(input) is { } i && i == o);
            if (same)
            {
                throw new UsageException($"refusing to write {what} '{output}' over the input '{input}' (the same file); choose another output path");
            }
        }
    }
}
