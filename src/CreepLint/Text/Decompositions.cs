using System.Collections.Frozen;
using System.Globalization;

namespace CreepLint.Text;

/// <summary>
/// Compatibility decompositions (Unicode NFKD) of single code points, from a table embedded in this assembly rather than
/// from <see cref="string.Normalize(System.Text.NormalizationForm)"/>: under <c>InvariantGlobalization</c> (the CLI, most
/// containers) the platform normaliser returns text unchanged, so "prégnant" would stay "prégnant" and slip past every
/// rule. With the table, folding is identical in every host and on every ICU version.
/// </summary>
/// <remarks>
/// <c>nfkd.txt</c> holds one line per code point whose NFKD form differs from itself: the code point and its full
/// decomposition, in hex. Hangul syllables are decomposed arithmetically instead. <c>DecompositionTableTests</c>
/// regenerates the table from ICU and fails when the committed one is stale.
/// </remarks>
internal static class Decompositions
{
    internal const string ResourceName = "CreepLint.Text.nfkd.txt";

    private const int HangulFirst = 0xAC00, HangulLast = 0xD7A3;

    private static readonly Lazy<FrozenDictionary<int, string>> s_table = new(Load);

    /// <summary>The NFKD form of the code point that starts <paramref name="s"/> (one BMP character or a surrogate pair).</summary>
    public static string Of(string s)
    {
        var codePoint = char.IsHighSurrogate(s[0]) && s.Length > 1 ? char.ConvertToUtf32(s[0], s[1]) : s[0];
        if (codePoint < 0xA0)
        {
            return s; // ASCII and C1 controls have no decomposition.
        }

        if (codePoint is >= HangulFirst and <= HangulLast)
        {
            return Hangul(codePoint - HangulFirst);
        }

        return s_table.Value.TryGetValue(codePoint, out var decomposed) ? decomposed : s;
    }

    /// <summary>The table as its text file would be written: for generating and checking it.</summary>
    internal static string Format(IEnumerable<(int CodePoint, string Decomposed)> entries)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("# NFKD decompositions of single code points (hex), generated from ICU by DecompositionTableTests; Hangul syllables excluded.\n");
        foreach (var (codePoint, decomposed) in entries)
        {
            sb.Append(codePoint.ToString("X4", CultureInfo.InvariantCulture)).Append(';');
            var first = true;
            for (var i = 0; i < decomposed.Length; i += char.IsSurrogatePair(decomposed, i) ? 2 : 1)
            {
                sb.Append(first ? string.Empty : " ").Append(char.ConvertToUtf32(decomposed, i).ToString("X4", CultureInfo.InvariantCulture));
                first = false;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Hangul(int index)
    {
        // Unicode 3.12: a syllable is a leading consonant, a vowel and an optional trailing consonant.
        var lead = (char)(0x1100 + (index / 588));
        var vowel = (char)(0x1161 + (index % 588 / 28));
        var trail = index % 28;
        return trail == 0 ? string.Concat(lead, vowel) : string.Concat(lead, vowel, (char)(0x11A7 + trail));
    }

    private static FrozenDictionary<int, string> Load()
    {
        using var stream = typeof(Decompositions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is missing from the CreepLint assembly.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            var codePoint = int.Parse(line.AsSpan(0, semicolon), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var sb = new System.Text.StringBuilder(4);
            foreach (var part in line[(semicolon + 1)..].Split(' '))
            {
                sb.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[codePoint] = sb.ToString();
        }

        return table.ToFrozenDictionary();
    }
}
