namespace CreepLint.Cli.Inputs.Templates;

/// <summary>
/// ERB (Rails views and mailers): <c>&lt;%= expr %&gt;</c> outputs become placeholders whose fields feed provenance
/// (<c>@user.predicted_due_date</c> reads as <c>user.predicted_due_date</c>), <c>&lt;% code %&gt;</c> is control,
/// <c>&lt;%# %&gt;</c> is a comment and <c>&lt;%%</c> a literal <c>&lt;%</c>.
/// </summary>
internal static class ErbTemplate
{
    public static RewrittenText Rewrite(string src)
    {
        var b = new RewrittenText.Builder(src);
        var i = 0;
        while (i < src.Length)
        {
            var open = src.IndexOf("<%", i, StringComparison.Ordinal);
            if (open < 0)
            {
                b.Copy(i, src.Length);
                break;
            }

            b.Copy(i, open);
            if (open + 2 < src.Length && src[open + 2] == '%')
            {
                b.Copy(open, open + 2); // "<%%" renders as "<%".
                i = open + 3;
                continue;
            }

            var close = src.IndexOf("%>", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                b.Problem(open, "this ERB tag is never closed; add '%>' (the rest of the file is read as text)");
                b.Copy(open, src.Length);
                break;
            }

            var marker = open + 2 < close ? src[open + 2] : ' ';
            var exprStart = open + 2;
            var exprEnd = close > exprStart && src[close - 1] == '-' ? close - 1 : close;
            if (marker == '#')
            {
                b.Emit("{# #}", open);
                b.Breaks(open, close + 2);
            }
            else if (marker == '=')
            {
                exprStart += exprStart + 1 < exprEnd && src[exprStart + 1] == '=' ? 2 : 1;
                Wrap(b, "{{", "}}", open, exprStart, exprEnd, close);
            }
            else
            {
                exprStart += marker == '-' ? 1 : 0;
                Wrap(b, "{%", "%}", open, exprStart, exprEnd, close);
            }

            i = close + 2;
        }

        return b.Build();
    }

    /// <summary>Writes <paramref name="openText"/> expr <paramref name="closeText"/>, the delimiters standing for ERB's own.</summary>
    internal static void Wrap(RewrittenText.Builder b, string openText, string closeText, int open, int exprStart, int exprEnd, int close)
    {
        b.Emit(openText, open);
        b.Emit(" ", open);
        b.CopyExpression(exprStart, Math.Max(exprStart, exprEnd));
        b.Emit(" ", close);
        b.Emit(closeText, close + 1);
    }
}
