using System.Runtime.InteropServices;

namespace CreepLint.Text;

/// <summary>
/// Reads a percent or currency sign written after a number, as German, French and Spanish copy writes it ("78 %",
/// "49,90 €", "12€"), so the number is a <c>&lt;percent&gt;</c> or <c>&lt;money&gt;</c> as "78%" and "€49" already are.
/// </summary>
/// <remarks>
/// Only packs of a language other than English read it (<see cref="Matching.CompiledRuleSet.ReadsSignAfterNumber"/>): in
/// English the sign comes first ("$5") and a spaced "20 %" is rare, and the English pack and model stay as they are.
/// The token keeps its text (the number); its source span grows to take in the sign, so a finding shows "49 €".
/// </remarks>
internal static class SignsAfterNumbers
{
    /// <summary>Turns each number followed by a percent sign or a currency sign (after at most one space) into that class.</summary>
    public static void Mark(TextBuffer buffer, List<Token> tokens)
    {
        var chars = buffer.Chars;
        var length = buffer.Length;
        var map = buffer.Map;
        foreach (ref var token in CollectionsMarshal.AsSpan(tokens))
        {
            if (token.Kind != TokenKind.Number)
            {
                continue;
            }

            var k = token.Start + token.Length;
            if (k < length && chars[k] == ' ')
            {
                k++;
            }

            if (k >= length || (k + 1 < length && char.IsLetterOrDigit(chars[k + 1])))
            {
                continue; // no sign, or a sign that opens a word ("20 €uro", "5 %ig") or the next amount ("20 €5")
            }

            var kind = chars[k] switch
            {
                '%' => TokenKind.Percent,
                '€' or '$' or '£' or '¥' => TokenKind.Money,
                _ => TokenKind.Number,
            };
            if (kind != TokenKind.Number)
            {
                token = token with { Kind = kind, SourceEnd = Math.Max(token.SourceEnd, map[k] + 1) };
            }
        }
    }
}
