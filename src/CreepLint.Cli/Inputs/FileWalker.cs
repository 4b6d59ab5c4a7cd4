using CreepLint.Cli.Config;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CreepLint.Cli.Inputs;

/// <summary>Expands the paths a user gave into files: directories are walked with include/exclude globs and <c>.gitignore</c>.</summary>
internal sealed class FileWalker(CreepLintConfig config, string workingDirectory, ProblemSink problems)
{
    /// <summary>Extensions a directory walk picks up; a file named explicitly is read whatever its extension.</summary>
    public static readonly string[] Extensions =
        [".txt", ".md", ".markdown", ".html", ".htm", ".mjml", ".liquid", ".hbs", ".handlebars", ".jsonl", ".ndjson", ".yaml", ".yml", ".json", ".csv"];

    private readonly Matcher _matcher = BuildMatcher(config);

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
                Walk(full, ignore, found);
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

    /// <summary>The path as reports show it: relative to the working directory when inside it, with '/' separators.</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        if (fullPath == "-")
        {
            return "-";
        }

        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }

    private static Matcher BuildMatcher(CreepLintConfig config)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(config.Include.Count > 0 ? config.Include : ["**/*"]);
        matcher.AddExcludePatterns(config.Exclude);
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

    private void Walk(string directory, GitIgnore ignore, List<string> found)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(directory).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(DisplayPath(directory, workingDirectory), 0, 0, $"directory cannot be read: {ex.Message}", "CL0201"));
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
                continue; // Dot-files and dot-folders (.git, .github, the baseline) are tooling, not templates.
            }

            var isDirectory = Directory.Exists(entry);
            if (ignore.IsIgnored(entry, isDirectory))
            {
                continue;
            }

            if (isDirectory)
            {
                if (!_walked.Add(RealDirectory(entry)))
                {
                    problems.Add(new InputProblem(DisplayPath(entry, workingDirectory), 0, 0,
                        "is a symbolic link to a directory already walked (a loop or a second path to it); not walked again", "CL0201", "note"));
                    continue;
                }

                Walk(entry, ignore, found);
            }
            else if (FileWalker.Extensions.Contains(Path.GetExtension(entry), StringComparer.OrdinalIgnoreCase) && IsIncluded(entry))
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

    private bool IsIncluded(string fullPath)
    {
        var relative = Path.GetRelativePath(config.Root, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = Path.GetFileName(fullPath);
        }

        return _matcher.Match(relative.Replace('\\', '/')).HasMatches;
    }
}
