using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Keeps only the prose of a Markdown file: code, raw HTML, front matter and link targets are blanked out with spaces
/// (line breaks kept), so every offset in the result is the same offset in the user's file.
/// </summary>
internal static class MarkdownProse
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

    public static string Extract(string markdown)
    {
        var document = Markdown.Parse(markdown, s_pipeline);
        var chars = markdown.ToCharArray();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CodeBlock or HtmlBlock or YamlFrontMatterBlock:
                    Blank(chars, ((Block)node).Span);
                    break;
                case CodeInline or HtmlInline or AutolinkInline:
                    Blank(chars, ((Inline)node).Span);
                    break;
                case LinkInline link:
                    Blank(chars, link.UrlSpan);
                    Blank(chars, link.TitleSpan);
                    break;
            }
        }

        return new string(chars);
    }

    private static void Blank(char[] chars, SourceSpan span)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            return;
        }

        for (var i = span.Start; i <= span.End && i < chars.Length; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }
    }
}
