namespace CreepLint.Cli.Inputs.Templates;

/// <summary>
/// Templates the library reads as written (Liquid, Handlebars, Jinja, Nunjucks, Twig, Mustache, and placeholders in HTML
/// and MJML): rewritten only when an expression names a field in camelCase or PascalCase, which is then spelled in
/// snake_case (<c>{{ user.churnLikelihood }}</c> reads as <c>user.churn_likelihood</c>, reported as written).
/// </summary>
internal static class NativeTemplate
{
    /// <summary>The rewrite, or null when no expression has a camelCase or PascalCase name (the text is linted as it is).</summary>
    public static RewrittenText? Rewrite(string src)
    {
        var b = new RewrittenText.Builder(src);
        var i = 0;
        while (i < src.Length)
        {
            var open = src.IndexOfAny(['{', '$'], i);
            if (open < 0 || open + 1 >= src.Length)
            {
                break;
            }

            var next = src[open + 1];
            var closeToken = src[open] == '$' ? (next == '{' ? "}" : null) : next switch { '{' => "}}", '%' => "%}", _ => null };
            var close = closeToken is null ? -1 : src.IndexOf(closeToken, open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                b.Copy(i, open + 1);
                i = open + 1;
                continue;
            }

            b.Copy(i, open + 2);
            b.CopyExpression(open + 2, close);
            i = close;
        }

        b.Copy(i, src.Length);
        return b.Recased ? b.Build() : null;
    }
}
