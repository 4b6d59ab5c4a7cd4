namespace CreepLint.Text;

/// <summary>
/// Paragraphs of normalised text, for <c>scope: paragraph</c> (docs/rule-format.md): a paragraph runs from a blank line to
/// the next (a line with nothing but spaces, tabs or a carriage return), and in HTML a block element (a block tag's break
/// mark) is one too, as it ends a sentence. Nothing is stored per message: a rule that asks reads the characters between
/// two tokens, or around a finding, so a pack that never says <c>paragraph</c> pays nothing.
/// </summary>
internal static class Paragraphs
{
    /// <summary>Whether a paragraph ends anywhere in <paramref name="chars"/>[<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool BreakBetween(char[] chars, int n, int from, int to)
    {
        to = Math.Min(to, n);
        for (var i = Math.Max(from, 0); i < to; i++)
        {
            if (chars[i] == CharFolding.BreakMark || (chars[i] == '\n' && BlankLineAhead(chars, n, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether tokens <paramref name="a"/> and <paramref name="b"/> (either order) lie in one paragraph.</summary>
    public static bool Same(char[] chars, int n, List<Token> tokens, int a, int b)
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        return a == b || !BreakBetween(chars, n, tokens[a].Start + tokens[a].Length, tokens[b].Start);
    }

    /// <summary>The first and last token of the paragraph that holds tokens <paramref name="lo"/>..<paramref name="hi"/>.</summary>
    public static (int First, int Last) Around(char[] chars, int n, List<Token> tokens, int lo, int hi)
    {
        var first = lo;
        while (first > 0 && Same(chars, n, tokens, first - 1, first))
        {
            first--;
        }

        var last = hi;
        while (last + 1 < tokens.Count && Same(chars, n, tokens, last, last + 1))
        {
            last++;
        }

        return (first, last);
    }

    private static bool BlankLineAhead(char[] chars, int n, int k)
    {
        while (k < n && chars[k] is ' ' or '\t' or '\r')
        {
            k++;
        }

        return k >= n || chars[k] == '\n';
    }
}
