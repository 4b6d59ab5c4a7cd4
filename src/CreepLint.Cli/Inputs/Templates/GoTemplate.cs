namespace CreepLint.Cli.Inputs.Templates;

/// <summary>
/// Go text/template and html/template: <c>{{ .PredictedDueDate }}</c> outputs keep the library's syntax, actions
/// (<c>if</c>, <c>range</c>, <c>with</c>, <c>end</c>, <c>template</c>, assignments) become control tags and
/// <c>{{/* */}}</c> comments are comments.
/// </summary>
internal static class GoTemplate
{
    private static readonly string[] s_actions = ["if", "else", "end", "range", "with", "define", "template", "block", "break", "continue"];

    public static RewrittenText Rewrite(string src)
    {
        var b = new RewrittenText.Builder(src);
        var i = 0;
        while (i < src.Length)
        {
            var open = src.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                b.Copy(i, src.Length);
                break;
            }

            b.Copy(i, open);
            var close = src.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                b.Problem(open, "this action is never closed; add '}}' (the rest of the file is read as text)");
                b.Copy(open, src.Length);
                break;
            }

            var start = open + 2;
            var end = close;
            while (start < end && (src[start] == '-' || char.IsWhiteSpace(src[start])))
            {
                start++;
            }

            while (end > start && (src[end - 1] == '-' || char.IsWhiteSpace(src[end - 1])))
            {
                end--;
            }

            if (src.AsSpan(start, end - start).StartsWith("/*", StringComparison.Ordinal))
            {
                b.Emit("{# #}", open);
                b.Breaks(open, close + 2);
            }
            else if (IsAction(src, start, end))
            {
                ErbTemplate.Wrap(b, "{%", "%}", open, start, end, close);
            }
            else
            {
                b.Copy(open, start);
                b.CopyExpression(start, end);
                b.Copy(end, close + 2);
            }

            i = close + 2;
        }

        return b.Build();
    }

    private static bool IsAction(string src, int start, int end)
    {
        var word = start;
        while (word < end && char.IsAsciiLetter(src[word]))
        {
            word++;
        }

        if (word > start && s_actions.Contains(src[start..word], StringComparer.Ordinal))
        {
            return true;
        }

        // "$x := .Field" and "$x = .Field" declare or assign a variable: nothing is printed.
        if (start < end && src[start] == '$')
        {
            var assign = src.IndexOf('=', start, end - start);
            return assign > 0 && (src[assign - 1] == ':' || char.IsWhiteSpace(src[assign - 1]));
        }

        return false;
    }
}
