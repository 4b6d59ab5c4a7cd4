using System.Text.RegularExpressions;
using CreepLint.Text;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Follows <c>&lt;mj-include path="…"&gt;</c>: a relative path is resolved against the including file; an included file is
/// linted once, as its own file with its own positions, unless the run already lints it on its own; cycles and repeats are
/// read once. A missing or unreadable include is reported where it is written, never ignored.
/// </summary>
internal sealed partial class MjmlIncludes(HashSet<string> linted)
{
    /// <summary>How deep includes of includes are followed; deeper ones are reported (a generated chain, not a template).</summary>
    public const int MaxDepth = 16;

    private readonly HashSet<string> _followed = new(StringComparer.Ordinal);

    [GeneratedRegex(@"<mj-include\b(?<attrs>[^>]*?)/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex IncludeTag();

    [GeneratedRegex(@"\b(?<name>path|type)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Attribute();

    /// <summary>The items of every file <paramref name="text"/> (read from <paramref name="path"/>) includes, directly or not.</summary>
    public IEnumerable<LintItem> Follow(string path, string text, SourceFile file, InputReader reader)
    {
        _followed.Add(Path.GetFullPath(path));
        var pending = new Stack<(string From, string Text, string Display, int Depth)>();
        pending.Push((path, text, file.DisplayPath, 0));
        while (pending.Count > 0)
        {
            var (from, source, display, depth) = pending.Pop();
            var lines = new LineIndex(source);
            foreach (Match tag in IncludeTag().Matches(source))
            {
                string? target = null;
                var type = "mjml";
                foreach (Match attribute in Attribute().Matches(tag.Groups["attrs"].Value))
                {
                    if (attribute.Groups["name"].Value.Equals("path", StringComparison.OrdinalIgnoreCase))
                    {
                        target = attribute.Groups["value"].Value;
                    }
                    else
                    {
                        type = attribute.Groups["value"].Value.ToLowerInvariant();
                    }
                }

                var (line, column) = lines.At(tag.Index);
                if (string.IsNullOrWhiteSpace(target))
                {
                    reader.Problems.Add(new InputProblem(display, line, column, "this mj-include has no path; give it path=\"…\"", "CL0220"));
                    continue;
                }

                if (type == "css")
                {
                    continue; // Styles are never shown to the reader.
                }

                var full = Path.GetFullPath(target, Path.GetDirectoryName(from)!);
                if (!full.EndsWith(".mjml", StringComparison.OrdinalIgnoreCase) && type == "mjml" && !File.Exists(full) && File.Exists(full + ".mjml"))
                {
                    full += ".mjml"; // mjml resolves "header" to "header.mjml".
                }

                if (linted.Contains(full) || !_followed.Add(full))
                {
                    continue; // Linted on its own in this run, or already followed (a cycle or a repeat).
                }

                if (!File.Exists(full))
                {
                    reader.Problems.Add(new InputProblem(display, line, column,
                        $"mj-include '{target}' not found (looked for {reader.Display(full)}); its text is not linted. Fix the path, or lint the included file on its own", "CL0220"));
                    continue;
                }

                if (depth + 1 > MaxDepth)
                {
                    reader.Problems.Add(new InputProblem(display, line, column, $"mj-include '{target}' is nested more than {MaxDepth} deep; not followed", "CL0220"));
                    continue;
                }

                if (reader.ReadIncluded(full) is not { } included)
                {
                    continue; // ReadIncluded reported why.
                }

                var html = type == "html";
                yield return reader.Included(full, html ? included : MjmlText.Prepare(included), TextFormat.Html);
                if (!html)
                {
                    pending.Push((full, included, reader.Display(full), depth + 1));
                }
            }
        }
    }
}
