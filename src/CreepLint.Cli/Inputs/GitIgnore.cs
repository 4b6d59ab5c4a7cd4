using System.Text;
using System.Text.RegularExpressions;

namespace CreepLint.Cli.Inputs;

/// <summary>The subset of <c>.gitignore</c> that matters for a lint walk: globs, <c>**</c>, anchoring, <c>!</c> negation, directory-only rules.</summary>
internal sealed class GitIgnore
{
    private readonly List<Rule> _rules = [];
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);

    /// <summary>Adds the rules of one <c>.gitignore</c>; <paramref name="baseDirectory"/> is its folder, as a full path.</summary>
    public void AddFile(string path, string baseDirectory)
    {
        if (!_loaded.Add(Path.GetFullPath(path)))
        {
            return;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return; // An unreadable .gitignore ignores nothing, as git itself behaves.
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var negate = line[0] == '!';
            if (negate)
            {
                line = line[1..];
            }

            var dirOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            var anchored = line.Contains('/', StringComparison.Ordinal);
            line = line.TrimStart('/');
            if (line.Length == 0)
            {
                continue;
            }

            var regex = new Regex((anchored ? "^" : "^(?:.*/)?") + GlobToRegex(line) + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            _rules.Add(new Rule(Path.GetFullPath(baseDirectory), regex, negate, dirOnly));
        }
    }

    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        var ignored = false;
        foreach (var rule in _rules)
        {
            if (rule.DirectoryOnly && !isDirectory)
            {
                continue;
            }

            var relative = Path.GetRelativePath(rule.Base, fullPath);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                continue;
            }

            if (rule.Pattern.IsMatch(relative.Replace('\\', '/')))
            {
                ignored = !rule.Negate;
            }
        }

        return ignored;
    }

    internal static string GlobToRegex(string glob)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }

    private sealed record Rule(string Base, Regex Pattern, bool Negate, bool DirectoryOnly);
}
