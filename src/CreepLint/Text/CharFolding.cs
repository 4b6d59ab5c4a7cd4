using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CreepLint.Text;

/// <summary>
/// Folds one source character to the form the matcher compares: compatibility decomposition (NFKD, so
/// full-width and styled letters become plain), diacritics removed, lower case, curly quotes and dashes
/// folded, zero-width and format characters dropped, and common Cyrillic and Greek homoglyphs mapped to Latin.
/// </summary>
/// <remarks>Results are cached per code point, so after warm-up folding allocates nothing. Thread-safe.</remarks>
internal static class CharFolding
{
    /// <summary>Stands for a template placeholder in normalised text.</summary>
    public const char PlaceholderMark = '\uE000';

    /// <summary>A hard sentence break injected by block-level HTML.</summary>
    public const char BreakMark = '\uE001';

    private static readonly string?[] s_bmp = new string?[char.MaxValue + 1];
    private static readonly ConcurrentDictionary<int, string> s_astral = new();

    private static readonly Dictionary<char, char> s_confusables = new()
    {
        // Cyrillic lower and upper case letters that render like Latin ones.
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd',
        ['ԛ'] = 'q', ['ԝ'] = 'w', ['ɡ'] = 'g', ['һ'] = 'h', ['ӏ'] = 'l', ['ո'] = 'n', ['ս'] = 'u', ['ց'] = 'g',
        // Greek.
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ϲ'] = 'c', ['ζ'] = 'z',
        // Latin lookalikes and punctuation.
        // Greek capitals whose lower case looks different from the Latin capital they imitate (checked before lower-casing).
        ['Η'] = 'h', ['Ν'] = 'n', ['Μ'] = 'm', ['Υ'] = 'y', ['Ρ'] = 'p', ['Χ'] = 'x',
        // Small capitals (ᴅɪᴀʙᴇᴛᴇs): compatibility decomposition leaves them alone.
        ['ᴀ'] = 'a', ['ʙ'] = 'b', ['ᴄ'] = 'c', ['ᴅ'] = 'd', ['ᴇ'] = 'e', ['ꜰ'] = 'f', ['ɢ'] = 'g', ['ʜ'] = 'h', ['ɪ'] = 'i',
        ['ᴊ'] = 'j', ['ᴋ'] = 'k', ['ʟ'] = 'l', ['ᴍ'] = 'm', ['ɴ'] = 'n', ['ᴏ'] = 'o', ['ᴘ'] = 'p', ['ꞯ'] = 'q', ['ʀ'] = 'r',
        ['ꜱ'] = 's', ['ᴛ'] = 't', ['ᴜ'] = 'u', ['ᴠ'] = 'v', ['ᴡ'] = 'w', ['ʏ'] = 'y', ['ᴢ'] = 'z',
        // Armenian.
        ['օ'] = 'o', ['ա'] = 'w', ['հ'] = 'h',
        ['ı'] = 'i', ['ł'] = 'l', ['ø'] = 'o', ['đ'] = 'd', ['ħ'] = 'h', ['ß'] = 's',
        ['\u2018'] = '\'', ['\u2019'] = '\'', ['\u201A'] = '\'', ['\u201B'] = '\'', ['\u2032'] = '\'', ['`'] = '\'', ['\u00B4'] = '\'',
        ['\u201C'] = '"', ['\u201D'] = '"', ['\u201E'] = '"', ['\u2033'] = '"', ['\u00AB'] = '"', ['\u00BB'] = '"',
        ['\u2010'] = '-', ['\u2011'] = '-', ['\u2012'] = '-', ['\u2013'] = '-', ['\u2014'] = '-', ['\u2015'] = '-', ['\u2212'] = '-',
    };

    /// <summary>
    /// Letters and symbols that render as blank space but are not in a space or format category (Hangul fillers,
    /// the blank Braille pattern, Khmer inherent vowels): inside a word they are invisible, so they are dropped.
    /// </summary>
    private static readonly HashSet<int> s_invisible = [0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0];

    /// <summary>First code point of each run of 26 astral pictographic letters A–Z: negative circled, negative squared, regional indicators.</summary>
    private static readonly int[] s_letterBlocks = [0x1F150, 0x1F170, 0x1F1E6];

    /// <summary>The folded form of a BMP character: empty, one or several characters.</summary>
    public static string Fold(char c)
    {
        if (c < 128)
        {
            return s_bmp[c] ??= ((char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c)).ToString();
        }

        return s_bmp[c] ??= Compute(c.ToString());
    }

    /// <summary>The folded form of a supplementary-plane code point (emoji, mathematical letters).</summary>
    public static string Fold(int codePoint) => s_astral.GetOrAdd(codePoint, static cp => ComputeAstral(cp));

    private static string ComputeAstral(int codePoint)
    {
        // Letters drawn in boxes, circles and flags (🅿🆁🅴🅶, 🅟, 🇵🇷🇪🇬) have no compatibility decomposition.
        foreach (var first in s_letterBlocks)
        {
            if (codePoint >= first && codePoint < first + 26)
            {
                return ((char)('a' + codePoint - first)).ToString();
            }
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
        {
            // Tag characters, variation selectors and musical formatting marks above the BMP are as invisible as U+200B.
            return string.Empty;
        }

        return Compute(char.ConvertFromUtf32(codePoint));
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static string Compute(string s)
    {
        var first = s[0];
        if (s_confusables.TryGetValue(first, out var mapped) || s_confusables.TryGetValue(char.ToLowerInvariant(first), out mapped))
        {
            return mapped.ToString();
        }

        if (s.Length == 1 && s_invisible.Contains(first))
        {
            return string.Empty;
        }

        if (char.IsSurrogate(first) is false)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(first);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
            {
                return string.Empty;
            }

            if (category is UnicodeCategory.PrivateUse or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                // Private-use code points are our own markers; a user's must never be taken for one.
                return first is '\n' or '\r' or '\u2028' or '\u2029' ? "\n" : first == '\t' ? " " : " ";
            }
        }

        if ((char.IsSurrogate(first) && (s.Length < 2 || !char.IsSurrogatePair(s[0], s[1]))) || IsNoncharacter(char.ConvertToUtf32(s, 0)))
        {
            // A lone surrogate or a noncharacter (U+FFFE, U+FDD0…) is not text; treat it as a space.
            return " ";
        }

        var decomposed = Decompositions.Of(s);

        if (decomposed.Length >= 3 && decomposed[0] == '(' && decomposed[^1] == ')' && s is not "(" and not ")")
        {
            // Parenthesised letters and digits (⒫, ⑴) decompose to "(p)": the brackets are decoration, not punctuation.
            decomposed = decomposed[1..^1];
        }

        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            sb.Append(s_confusables.TryGetValue(lower, out var m) ? m : lower);
        }

        return sb.ToString();
    }
}
