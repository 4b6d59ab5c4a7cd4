using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CreepLint.Analyzers.CSharp;

/// <summary>
/// Where each character of a string's value is written in the source: escapes (<c>\u2019</c>), doubled quotes and braces,
/// and a raw string's removed indentation are stepped over, so a finding's span lands on the words as written.
/// </summary>
internal static class LiteralMap
{
    private enum Style
    {
        Regular,
        Verbatim,
        Raw,
    }

    /// <summary>
    /// Where each character of <paramref name="value"/> (the token's value) is written: absolute positions in the token's
    /// tree of its first source character and just past its last (an escape sequence is several), never outside the token.
    /// </summary>
    /// <param name="token">A string literal, raw string literal or the text part of an interpolated string.</param>
    /// <param name="value">The token's value (its part of the string's value).</param>
    public static (int[] Starts, int[] Ends) Map(SyntaxToken token, string value)
    {
        var (style, interpolated, contentStart) = Describe(token);
        var text = token.Text;
        var starts = new int[value.Length];
        var ends = new int[value.Length];
        var s = contentStart;
        var v = 0;
        while (v < value.Length && s < text.Length)
        {
            var c = text[s];
            if (c == value[v] && !(style == Style.Regular && c == '\\'))
            {
                var width = Doubled(style, interpolated, text, s) ? 2 : 1;
                (starts[v], ends[v]) = (token.SpanStart + s, token.SpanStart + s + width);
                v++;
                s += width;
            }
            else if (style == Style.Regular && c == '\\')
            {
                var (length, produced) = Escape(text, s);
                for (var k = 0; k < produced && v < value.Length; k++, v++)
                {
                    (starts[v], ends[v]) = (token.SpanStart + s, token.SpanStart + Math.Min(s + length, text.Length));
                }

                s += length;
            }
            else
            {
                s++; // Raw strings: indentation and the line break after the opening quotes; a mismatch elsewhere moves on.
            }
        }

        for (; v < value.Length; v++)
        {
            (starts[v], ends[v]) = (token.Span.End - 1, token.Span.End); // Not expected: the value came from this token.
        }

        return (starts, ends);
    }

    /// <summary>Whether the character at <paramref name="s"/> is the first of a pair that stands for one (<c>""</c>, <c>{{</c>, <c>}}</c>).</summary>
    private static bool Doubled(Style style, bool interpolated, string text, int s)
    {
        if (s + 1 >= text.Length || text[s + 1] != text[s])
        {
            return false;
        }

        return (style == Style.Verbatim && text[s] == '"') || (interpolated && style != Style.Raw && text[s] is '{' or '}');
    }

    /// <summary>The length of the escape sequence at <paramref name="s"/> and how many UTF-16 characters it stands for.</summary>
    private static (int Length, int Produced) Escape(string text, int s)
    {
        if (s + 1 >= text.Length)
        {
            return (1, 1);
        }

        switch (text[s + 1])
        {
            case 'u':
                return (6, 1);
            case 'U':
                var code = s + 10 <= text.Length && int.TryParse(text.AsSpan(s + 2, 8), System.Globalization.NumberStyles.HexNumber, null, out var value) ? value : 0;
                return (10, code > 0xFFFF ? 2 : 1);
            case 'x':
                var digits = 0;
                while (digits < 4 && s + 2 + digits < text.Length && Uri.IsHexDigit(text[s + 2 + digits]))
                {
                    digits++;
                }

                return (2 + digits, 1);
            default:
                return (2, 1);
        }
    }

    private static (Style Style, bool Interpolated, int ContentStart) Describe(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.InterpolatedStringTextToken:
                var start = (token.Parent?.Parent as InterpolatedStringExpressionSyntax)?.StringStartToken;
                var kind = start?.Kind() ?? SyntaxKind.InterpolatedStringStartToken;
                var style = kind switch
                {
                    SyntaxKind.InterpolatedVerbatimStringStartToken => Style.Verbatim,
                    SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken => Style.Raw,
                    _ => Style.Regular,
                };
                return (style, true, 0);
            case SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or
                SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                var quotes = 0;
                while (quotes < token.Text.Length && token.Text[quotes] == '"')
                {
                    quotes++;
                }

                return (Style.Raw, false, quotes);
            default:
                var verbatim = token.Text.StartsWith('@');
                return (verbatim ? Style.Verbatim : Style.Regular, false, verbatim ? 2 : 1);
        }
    }
}
