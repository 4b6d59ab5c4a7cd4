using System.Text;
using CreepLint.Text;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>
/// A string decoded from a localisation file (escapes, entities and quoting resolved), with the raw offset of every
/// decoded character, so findings are placed at their line and column in the user's file.
/// </summary>
internal sealed class LocalisedString
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];

    public int Length => _text.Length;

    public void Append(char c, int rawOffset)
    {
        _text.Append(c);
        _offsets.Add(rawOffset);
    }

    public void Append(string s, int rawOffset)
    {
        foreach (var c in s)
        {
            Append(c, rawOffset);
        }
    }

    /// <summary>Appends raw characters <paramref name="from"/>..<paramref name="to"/> unchanged.</summary>
    public void Copy(string raw, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Append(raw[i], i);
        }
    }

    /// <summary>Decodes an XML character or entity reference at <paramref name="i"/> (<c>&amp;amp;</c>, <c>&amp;#233;</c>); returns the index after it.</summary>
    public int AppendXmlReference(string raw, int i)
    {
        var semi = raw.IndexOf(';', i, Math.Min(12, raw.Length - i));
        if (semi < 0)
        {
            Append('&', i);
            return i + 1;
        }

        var name = raw.AsSpan(i + 1, semi - i - 1);
        string? value = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            "apos" => "'",
            _ => null,
        };
        if (value is null && name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            if (int.TryParse(name[(hex ? 2 : 1)..], hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var cp) && cp is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                value = char.ConvertFromUtf32(cp);
            }
        }

        if (value is null)
        {
            Append('&', i);
            return i + 1;
        }

        Append(value, i);
        return semi + 1;
    }

    /// <summary>The decoded text so far.</summary>
    public string ToItemText() => _text.ToString();

    /// <summary>The item for this string: its key as id, positioned at its first character, mapped character by character.</summary>
    public LintItem ToItem(SourceFile file, string id, MessageKind kind, LineIndex lines, int startOffset, int endOffset)
    {
        var (line, column) = lines.At(_offsets.Count > 0 ? _offsets[0] : startOffset);
        _offsets.Add(_offsets.Count > 0 ? _offsets[^1] + 1 : endOffset);
        return new LintItem(file.DisplayPath, id, kind, _text.ToString(), TextFormat.Auto, line, column)
        {
            File = file,
            Map = new OffsetSourceMap([.. _offsets], lines),
            Channel = file.Channel,
        };
    }
}

/// <summary>Maps a finding through the raw offset of each decoded character.</summary>
internal sealed class OffsetSourceMap(int[] offsets, LineIndex lines) : SourceMap
{
    public override (int Line, int Column) Map(LintItem item, Finding finding) =>
        lines.At(offsets[Math.Clamp(finding.Offset, 0, offsets.Length - 1)]);
}

/// <summary>A problem in a localisation file, at its line and column.</summary>
internal sealed class LocalisationException(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}
