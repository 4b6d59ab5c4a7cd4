using System.Collections.Immutable;
using NUnit.Framework;

namespace CreepLint.NUnit;

/// <summary>
/// Finds the templates in a folder, as one NUnit test case each:
/// <c>[TestCaseSource(nameof(Templates))]</c> over <c>static IEnumerable&lt;TestCaseData&gt; Templates =&gt; CreepLintTemplates.InFolder("templates");</c>
/// </summary>
public static class CreepLintTemplates
{
    /// <summary>The file extensions treated as templates, the same as the <c>creeplint</c> command reads as one message per file.</summary>
    public static ImmutableArray<string> Extensions { get; } = [".txt", ".md", ".html", ".htm", ".liquid", ".hbs"];

    /// <summary>One <see cref="TestCaseData"/> per template under <paramref name="folder"/>, named by its relative path; the argument is a <see cref="TemplateFile"/>.</summary>
    /// <param name="folder">The folder to search recursively; a relative path is resolved against the test output directory.</param>
    public static IEnumerable<TestCaseData> InFolder(string folder) =>
        Load(folder).Select(t => new TestCaseData(t).SetName($"{{m}}({t.Name})"));

    /// <summary>Reads every template under <paramref name="folder"/>, recursively, in ordinal order of relative path.</summary>
    /// <param name="folder">The folder to search recursively; a relative path is resolved against the test output directory.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidOperationException">The folder holds no template.</exception>
    public static IReadOnlyList<TemplateFile> Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = Path.GetFullPath(folder, AppContext.BaseDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException(
                $"Template folder not found: {root}. Relative paths are resolved against the test output directory; copy the templates there with <None Include=\"{folder}/**\" CopyToOutputDirectory=\"PreserveNewest\" /> in the test project.");
        }

        var templates = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => new TemplateFile(f, Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        if (templates.Count == 0)
        {
            throw new InvalidOperationException($"No templates ({string.Join(", ", Extensions)}) found in {root}.");
        }

        return templates;
    }
}
