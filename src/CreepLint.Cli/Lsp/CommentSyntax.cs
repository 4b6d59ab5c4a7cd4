using CreepLint.Cli.Inputs;

namespace CreepLint.Cli.Lsp;

/// <summary>
/// How a file of each input format writes a comment on a line of its own, for the "suppress" code action: the same
/// syntaxes <see cref="Suppressions.DirectiveParser"/> reads. Null where a format has no comment a directive can sit in
/// on the line above the finding (JSON, JSON Lines, CSV, gettext, ARB).
/// </summary>
internal static class CommentSyntax
{
    /// <summary>The comment's opening and closing text for <paramref name="format"/> (a file at <paramref name="path"/>), or null.</summary>
    public static (string Open, string Close)? For(InputFormat format, string path) => format switch
    {
        InputFormat.Html or InputFormat.Mjml or InputFormat.Markdown or InputFormat.AndroidStrings or InputFormat.Resx or InputFormat.AppleStringsDict => ("<!-- ", " -->"),
        InputFormat.Liquid when Path.GetExtension(path).ToLowerInvariant() is ".hbs" or ".handlebars" => ("{{!-- ", " --}}"),
        InputFormat.Liquid => ("{% comment %} ", " {% endcomment %}"),
        InputFormat.Jinja => ("{# ", " #}"),
        InputFormat.Mustache => ("{{! ", " }}"),
        InputFormat.Erb => ("<%# ", " %>"),
        InputFormat.Razor => ("@* ", " *@"),
        InputFormat.GoTemplate => ("{{/* ", " */}}"),
        InputFormat.Pug => ("//- ", string.Empty),
        InputFormat.AppleStrings => ("// ", string.Empty),
        InputFormat.Text => ("# ", string.Empty),
        InputFormat.Catalog when Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" => ("# ", string.Empty),
        _ => null,
    };

    /// <summary>
    /// Whether a comment line may go above <paramref name="line"/>: always, except in YAML, where a line inside a block
    /// scalar would become part of the message; there only above a line that starts a key.
    /// </summary>
    public static bool CanInsertAbove(InputFormat format, ReadOnlySpan<char> line)
    {
        if (format != InputFormat.Catalog)
        {
            return true;
        }

        var text = line.TrimStart();
        if (text.StartsWith("- "))
        {
            text = text[2..].TrimStart();
        }

        var colon = text.IndexOf(':');
        return colon > 0 && !text[..colon].ContainsAny(' ', '"', '\'') && (colon + 1 == text.Length || text[colon + 1] == ' ');
    }
}
