using System.Text.RegularExpressions;

namespace CreepLint.PackageSmoke;

/// <summary>The README's instructions, read the way a new user follows them: its commands and code blocks, by section.</summary>
internal static partial class Readme
{
    private static readonly Lazy<string[]> s_lines = new(() => File.ReadAllLines(Path.Combine(SmokePackages.Workspace.RepoRoot, "README.md")));

    /// <summary>The lines of the first <c>```language</c> block in <paramref name="section"/> (after <paramref name="marker"/> if given).</summary>
    public static string Block(string section, string language, string? marker = null)
    {
        var lines = Section(section);
        var from = marker is null ? 0 : Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.That(from, Is.Not.Negative, $"README section '{section}' has no '{marker}'");
        var start = Array.FindIndex(lines, from, l => l.Trim() == "```" + language);
        Assert.That(start, Is.Not.Negative, $"README section '{section}' has no ```{language} block");
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "```");
        return string.Join('\n', lines[(start + 1)..end]) + "\n";
    }

    /// <summary>The <c>dotnet add package ID</c> commands of a section's first shell block, as argument lists.</summary>
    public static IEnumerable<string[]> AddPackageCommands(string section) =>
        Block(section, "sh").Split('\n')
            .Select(l => AddPackage().Match(l))
            .Where(m => m.Success)
            .Select(m => new[] { "add", "package", m.Groups["id"].Value });

    private static string[] Section(string heading)
    {
        var lines = s_lines.Value;
        var start = Array.FindIndex(lines, l => l.StartsWith("## ", StringComparison.Ordinal) && l.Contains(heading, StringComparison.Ordinal));
        Assert.That(start, Is.Not.Negative, $"README has no section '{heading}'");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        return lines[start..(end < 0 ? lines.Length : end)];
    }

    [GeneratedRegex(@"^dotnet add package (?<id>[A-Za-z.]+)\s*(#.*)?$")]
    private static partial Regex AddPackage();
}
