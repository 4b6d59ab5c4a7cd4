using CreepLint.Text;

namespace CreepLint.Cli.Inputs.Templates;

/// <summary>
/// Templates the library reads as written (Liquid, Handlebars, Jinja, Nunjucks, Twig, Mustache, and placeholders in HTML,
/// MJML, text and Markdown): rewritten only when an expression names a field in camelCase or PascalCase, which is then
/// spelled in snake_case (<c>{{ user.churnLikelihood }}</c> reads as <c>user.churn_likelihood</c>, reported as written).
/// </summary>
internal static class NativeTemplate
{
    /// <summary>Longest expression looked into, as the library's own placeholder limit: an unclosed "{{" is literal text.</summary>
    private const int MaxExpressionLength = 2000;

    /// <summary>The rewrite, or null when no expression has a camelCase or PascalCase name (the text is linted as it is).</summary>
    public static RewrittenText? Rewrite(string src)
    {
        if (!Expressions(src, null))
        {
            return null; // The common case: one scan, nothing allocated.
        }

        var b = new RewrittenText.Builder(src);
        Expressions(src, b);
        return b.Build();
    }

    /// <summary>Walks the expressions; without a builder, says whether any has a case boundary; with one, writes the rewrite.</summary>
    private static bool Expressions(string src, RewrittenText.Builder? b)
    {
        var i = 0;
        var copied = 0;
        while (i < src.Length)
        {
            var open = src.IndexOfAny(['{', '$'], i);
            if (open < 0 || open + 1 >= src.Length)
            {
                break;
            }

            var next = src[open + 1];
            var closeToken = src[open] == '$' ? (next == '{' ? "}" : null) : next switch { '{' => "}}", '%' => "%}", _ => null };
            var window = Math.Min(src.Length - (open + 2), MaxExpressionLength);
            var close = closeToken is null || window <= 0 ? -1 : src.IndexOf(closeToken, open + 2, window, StringComparison.Ordinal);
            if (close < 0)
            {
                i = open + 1;
                continue;
            }

            if (b is null)
            {
                for (var k = open + 3; k < close; k++)
                {
                    if (char.IsUpper(src[k]) && FieldNames.IsWordStart(src, k, open + 2))
                    {
                        return true;
                    }
                }
            }
            else
            {
                b.Copy(copied, open + 2);
                b.CopyExpression(open + 2, close);
                copied = close;
            }

            i = close;
        }

        b?.Copy(copied, src.Length);
        return false;
    }
}
