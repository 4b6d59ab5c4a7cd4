namespace CreepLint.Cli.Inputs;

/// <summary>
/// Repository docs a directory walk leaves out by default: they are written for developers, not sent to customers, and
/// linting them as messages only produces false alarms. A file named on the command line is always read.
/// </summary>
internal static class DefaultExcludes
{
    /// <summary>File names (any case, any extension) of repository docs and community files.</summary>
    private static readonly string[] s_names =
    [
        "readme", "contributing", "changelog", "changes", "history", "license", "licence", "copying", "notice", "authors",
        "contributors", "code_of_conduct", "code-of-conduct", "security", "support", "governance", "maintainers",
        "pull_request_template", "issue_template", "codeowners", "funding", "upgrading", "migration",
    ];

    /// <summary>Folder names whose whole content is docs.</summary>
    private static readonly string[] s_folders = ["docs", "doc", "documentation", "issue_template", "pull_request_template"];

    /// <summary>Globs as <c>config --print</c> and the docs show them.</summary>
    public static readonly string[] Description = ["README*", "CONTRIBUTING*", "CHANGELOG*", "LICENSE*", "CODE_OF_CONDUCT*", "SECURITY*", "…", "docs/", "doc/"];

    /// <summary>Whether <paramref name="relativePath"/> ('/'-separated, relative to the walked directory or configuration root) is a repository doc.</summary>
    public static bool Matches(string relativePath)
    {
        var segments = relativePath.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (s_folders.Contains(segments[i], StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var name = segments[^1];
        var stem = name.IndexOf('.') is var dot and > 0 ? name[..dot] : name;
        return s_names.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }
}
