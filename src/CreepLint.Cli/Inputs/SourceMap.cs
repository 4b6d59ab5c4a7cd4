using CreepLint.Text;

namespace CreepLint.Cli.Inputs;

/// <summary>Maps a finding's offset in an item's text back to a line and column in the user's file.</summary>
internal abstract class SourceMap
{
    public abstract (int Line, int Column) Map(LintItem item, Finding finding);

    /// <summary>
    /// Aligns a decoded value (escapes resolved, YAML indentation and folding removed) with its raw source, starting at
    /// <paramref name="rawStart"/>: each decoded character is matched to the raw character that produced it.
    /// </summary>
    internal static int AlignOffset(string decoded, string raw, int rawStart, int decodedOffset)
    {
        var j = rawStart;
        for (var i = 0; i < decoded.Length && j < raw.Length; i++)
        {
            var d = decoded[i];
            var at = j;
            while (j < raw.Length)
            {
                var r = raw[j];
                if (r == d)
                {
                    at = j++;
                    break;
                }

                if (r == '\\' && j + 1 < raw.Length)
                {
                    at = j;
                    j += raw[j + 1] switch { 'u' => 6, 'x' => 4, 'U' => 10, _ => 2 };
                    break;
                }

                if (d is ' ' or '\n' && r is '\r' or '\n')
                {
                    at = j++;
                    break;
                }

                j++; // Indentation, quotes and block indicators produce no decoded character.
            }

            if (i == decodedOffset)
            {
                return Math.Min(at, raw.Length);
            }
        }

        return Math.Min(j, raw.Length);
    }
}

/// <summary>A value embedded in a larger file (a YAML or JSON catalog field, a quoted CSV cell).</summary>
internal sealed class EmbeddedSourceMap(string raw, int rawStart, LineIndex lines) : SourceMap
{
    public override (int Line, int Column) Map(LintItem item, Finding finding) =>
        lines.At(AlignOffset(item.Text, raw, rawStart, finding.Offset));
}

/// <summary>A JSON string on one line of a JSON Lines file; escapes are mapped back to their raw columns.</summary>
internal sealed class JsonLiteralSourceMap(string rawLiteral) : SourceMap
{
    public override (int Line, int Column) Map(LintItem item, Finding finding) =>
        (item.Line, item.Column + AlignOffset(item.Text, rawLiteral, 0, finding.Offset));
}
