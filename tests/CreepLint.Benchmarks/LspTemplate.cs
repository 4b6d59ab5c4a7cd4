using System.Text;
using CreepLint.Cli.Lsp;
using Range = CreepLint.Cli.Lsp.Range;

namespace CreepLint.Benchmarks;

/// <summary>The 2,000-line template the language server's figures are measured on, and the edit typed into it.</summary>
internal static class LspTemplate
{
    public const int Lines = 2_000;

    /// <summary>Where the edits are typed: the middle line of the template (zero-based).</summary>
    public const int EditLine = Lines / 2;

    private static readonly string[] s_clean =
    [
        "Our spring range has landed, with new garden furniture and planters in every store.",
        "Free delivery on orders over £40 this weekend only.",
        "Track your parcel in the app or on our website.",
        "Customers who bought a barbecue also liked our outdoor lights.",
        "Popular this week: the folding chair 🪑, the parasol and the cool box.",
        "Questions about your order? Our team is here seven days a week.",
    ];

    private static readonly string[] s_creepy =
    [
        "We noticed you were looking at rakes late last night.",
        "Managing your diabetes just got easier with our new meal plans.",
    ];

    /// <summary>
    /// Edit number <paramref name="version"/>: an even one types an 'x' in the middle line, an odd one deletes it again, so
    /// the text never grows.
    /// </summary>
    public static TextDocumentContentChangeEvent Change(int version)
    {
        var at = new Position(EditLine, 5);
        return (version & 1) == 0
            ? new TextDocumentContentChangeEvent(new Range(at, at), "x")
            : new TextDocumentContentChangeEvent(new Range(at, at with { Character = 6 }), string.Empty);
    }

    /// <summary>An HTML email with Liquid placeholders and conditionals, 2,000 lines (~150 KB); one line in a hundred is creepy.</summary>
    public static string Build()
    {
        var sb = new StringBuilder();
        sb.Append("<html><head><style>p { margin: 0 }</style></head><body>\n");
        for (var i = 1; i < Lines - 1; i++)
        {
            if (i % 50 == 0)
            {
                sb.Append("{% if customer.vip %}<p class=\"vip\">Hi {{ first_name }}, early access opens at 8am.</p>{% endif %}\n");
            }
            else if (i % 100 == 7)
            {
                sb.Append("  <p>").Append(s_creepy[i / 100 % s_creepy.Length]).Append("</p>\n");
            }
            else
            {
                sb.Append("  <p>Hi {{ first_name }}, ").Append(s_clean[i % s_clean.Length]).Append("</p>\n");
            }
        }

        sb.Append("</body></html>\n");
        return sb.ToString();
    }
}
