using CreepLint.Cli.Config;
using CreepLint.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Expands the paths a user gave into files: directories are walked with include/exclude globs, <c>.gitignore</c> and the
/// default excludes, and every file a walk leaves out is counted in <see cref="Skipped"/> with the reason.
/// </summary>
/// <param name="displayBase">The directory reports name paths relative to (<see cref="CreepLintConfig.PathBase"/>).</param>
internal sealed class FileWalker(CreepLintConfig config, string workingDirectory, ProblemSink problems, string? displayBase = null)
{
    private readonly Matcher _include = BuildInclude(config);
    private readonly Matcher? _exclude = BuildExclude(config);
    private readonly string _displayBase = displayBase ?? workingDirectory;

    /// <summary>Files a walk left out, by reason.</summary>
    public SkipTally Skipped { get; } = new();

    /// <summary>The format a file is read in: the last matching 'formats:' entry, else its extension's.</summary>
    public static InputFormat FormatOf(CreepLintConfig config, string fullPath)
    {
        var relative = RelativeTo(config.Root, fullPath);
        var extension = Path.GetExtension(fullPath);
        for (var i = config.Formats.Count - 1; i >= 0; i--)
        {
            if (config.Formats[i].Matches(relative, extension))
            {
                return config.Formats[i].Format;
            }
        }

        return InputFormats.Default(fullPath);
    }

    /// <summary>Directories walked so far in this argument, by the path their links resolve to, so a symbolic link loop is walked once.</summary>
    private readonly HashSet<string> _walked = new(StringComparer.Ordinal);

    /// <summary>Files in walk order (ordinal by path within each directory argument); <c>Explicit</c> is true for files named directly.</summary>
    public IEnumerable<(string Path, bool Explicit)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return (path, true);
                continue;
            }

            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                yield return (full, true);
            }
            else if (Directory.Exists(full))
            {
                var ignore = new GitIgnore();
                foreach (var ancestor in Ancestors(full))
                {
                    var file = Path.Combine(ancestor, ".gitignore");
                    if (File.Exists(file))
                    {
                        ignore.AddFile(file, ancestor);
                    }
                }

                var found = new List<string>();
                _walked.Clear();
                _walked.Add(full);
                Walk(full, full, ignore, found);
                found.Sort(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    yield return (file, false);
                }
            }
            else
            {
                problems.Add(new InputProblem(path, 0, 0, "no such file or directory; check the path", "CL0209"));
            }
        }
    }

    /// <summary>The path as reports show it: relative to <paramref name="baseDirectory"/> when inside it, with '/' separators.</summary>
    public static string DisplayPath(string fullPath, string baseDirectory)
    {
        if (fullPath == "-")
        {
            return "-";
        }

        var relative = Path.GetRelativePath(baseDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }

    /// <summary>The path relative to <paramref name="directory"/> with '/' separators, or its file name when outside it.</summary>
    internal static string RelativeTo(string directory, string fullPath)
    {
        var relative = Path.GetRelativePath(directory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = Path.GetFileName(fullPath);
        }

        return relative.Replace('\\', '/');
    }

    private static Matcher BuildInclude(CreepLintConfig config)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(config.Include.Count > 0 ? config.Include : ["**/*"]);
        return matcher;
    }

    private static Matcher? BuildExclude(CreepLintConfig config)
    {
        if (config.Exclude.Count == 0)
        {
            return null;
        }

        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(config.Exclude);
        return matcher;
    }

    /// <summary>Ancestors from the repository root (the nearest folder with <c>.git</c>) down to <paramref name="directory"/>, whose .gitignore files apply.</summary>
    private static List<string> Ancestors(string directory)
    {
        var chain = new List<string>();
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            chain.Add(dir.FullName);
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                chain.Reverse();
                return chain;
            }
        }

        return [directory]; // Not in a repository: only .gitignore files inside the walked tree apply.
    }

    private void Walk(string walkRoot, string directory, GitIgnore ignore, List<string> found)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(directory).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(DisplayPath(directory, _displayBase), 0, 0, $"directory cannot be read: {ex.Message}", "CL0201"));
            return;
        }

        var nested = Path.Combine(directory, ".gitignore");
        if (File.Exists(nested))
        {
            ignore.AddFile(nested, directory);
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue; // Dot-files and dot-folders (.git, .github, the baseline) are tooling, not templates; not counted.
            }

            var isDirectory = Directory.Exists(entry);
            if (isDirectory)
            {
                if (!ignore.IsIgnored(entry, isDirectory: true))
                {
                    if (!_walked.Add(RealDirectory(entry)))
                    {
                        problems.Add(new InputProblem(DisplayPath(entry, workingDirectory), 0, 0,
                            "is a symbolic link to a directory already walked (a loop or a second path to it); not walked again", "CL0201", "note"));
                        continue;
                    }

                    Walk(walkRoot, entry, ignore, found);
                }

                continue; // An ignored folder (node_modules, build output) is not walked, so its files are not counted.
            }

            if (SkipReason(walkRoot, entry, ignore) is { } reason)
            {
                Skipped.Add(reason, DisplayPath(entry, _displayBase));
            }
            else
            {
                found.Add(entry);
            }
        }
    }

    /// <summary>The directory a symbolic link finally points to, or the path itself.</summary>
    private static string RealDirectory(string path)
    {
        try
        {
            return new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName.TrimEnd(Path.DirectorySeparatorChar) ?? path;
        }
        catch (IOException)
        {
            return path; // Unresolvable: reading it reports why.
        }
    }

    /// <summary>Why a walk leaves a file out, or null when it reads it.</summary>
    private string? SkipReason(string walkRoot, string fullPath, GitIgnore ignore)
    {
        if (ignore.IsIgnored(fullPath, isDirectory: false))
        {
            return SkipTally.GitIgnored;
        }

        // Relative to the directory the user named, so 'creeplint lint docs/emails' still reads what is inside it.
        if (config.DefaultExcludes && DefaultExcludes.Matches(RelativeTo(walkRoot, fullPath)))
        {
            return SkipTally.RepositoryDocs;
        }

        var format = FormatOf(config, fullPath);
        if (format == InputFormat.None)
        {
            return SkipTally.UnsupportedExtension(Path.GetExtension(fullPath).ToLowerInvariant());
        }

        var relative = RelativeTo(config.Root, fullPath);
        if (!_include.Match(relative).HasMatches)
        {
            return SkipTally.NotIncluded;
        }

        if (_exclude?.Match(relative).HasMatches == true)
        {
            return SkipTally.Excluded;
        }

        return null;
    }
}
