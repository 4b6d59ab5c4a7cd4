namespace CreepLint.Cli.Inputs.Templates;

/// <summary>The template languages read through a rewrite, and how the markup inside a template file is read.</summary>
internal static class TemplateDialects
{
    public static RewrittenText Rewrite(InputFormat format, string text) => format switch
    {
        InputFormat.Erb => ErbTemplate.Rewrite(text),
        InputFormat.Razor => RazorTemplate.Rewrite(text),
        InputFormat.GoTemplate => GoTemplate.Rewrite(text),
        InputFormat.Pug => PugTemplate.Rewrite(text),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a rewritten template language"),
    };

    /// <summary>
    /// HTML for <c>welcome.html.erb</c>, <c>.cshtml</c> and <c>.pug</c> (which render HTML), plain text for <c>welcome.text.erb</c>
    /// or <c>sms.txt.j2</c>, otherwise HTML when the text has tags.
    /// </summary>
    public static TextFormat MarkupOf(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".cshtml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".pug", StringComparison.OrdinalIgnoreCase))
        {
            return TextFormat.Html;
        }

        var inner = Path.GetExtension(Path.GetFileNameWithoutExtension(path)).ToLowerInvariant();
        return inner switch
        {
            ".html" or ".htm" or ".mjml" => TextFormat.Html,
            ".txt" or ".text" => TextFormat.PlainText,
            _ => TextFormat.Auto,
        };
    }
}
