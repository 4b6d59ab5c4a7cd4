using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CreepLint.Analyzers;

/// <summary>Locations in files that are not C# (AdditionalFiles, the configuration, rule files) from the CLI's one-based lines and columns.</summary>
internal static class Locations
{
    /// <summary>
    /// The span from <paramref name="line"/>:<paramref name="column"/> to <paramref name="endLine"/>:<paramref name="endColumn"/>
    /// (one-based, end exclusive) in <paramref name="path"/>; line 0 is the whole file's start. <paramref name="text"/>, when
    /// known, gives the character span too.
    /// </summary>
    public static Location InFile(string path, int line, int column, SourceText? text, int endLine = 0, int endColumn = 0)
    {
        var start = line <= 0 ? new LinePosition(0, 0) : new LinePosition(line - 1, Math.Max(0, column - 1));
        var end = endLine <= 0 ? start : new LinePosition(endLine - 1, Math.Max(0, endColumn - 1));
        if (end < start)
        {
            end = start;
        }

        var span = default(TextSpan);
        if (text is not null && start.Line < text.Lines.Count && end.Line < text.Lines.Count)
        {
            var from = Math.Min(text.Lines[start.Line].Start + start.Character, text.Length);
            var to = Math.Min(text.Lines[end.Line].Start + end.Character, text.Length);
            span = TextSpan.FromBounds(from, Math.Max(from, to));
        }

        return Location.Create(path, span, new LinePositionSpan(start, end));
    }
}
