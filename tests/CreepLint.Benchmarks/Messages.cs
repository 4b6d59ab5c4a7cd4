using System.Text;

namespace CreepLint.Benchmarks;

/// <summary>Deterministic benchmark inputs built in code, so the suite needs no files and every run times the same text.</summary>
internal static class Messages
{
    /// <summary>A clean promotional SMS of about 150 characters: the common case in a pipeline.</summary>
    public const string Short =
        "Spring sale starts Friday: 20% off garden tools and free delivery on orders over £40. Visit your nearest store or shop online. Reply STOP to opt out.";

    private static readonly string[] s_sentences =
    [
        "Our spring range has landed, with new garden furniture and planters in every store.",
        "Free delivery on orders over £40 this weekend only.",
        "Thanks for shopping with us; your receipt is attached.",
        "Track your parcel in the app or on our website.",
        "Customers who bought a barbecue also liked our outdoor lights.",
        "Join our loyalty club to collect points on every purchase.",
        "The summer catalogue is out now, with 400 new products.",
        "Questions about your order? Our team is here seven days a week.",
        "Popular this week: the folding chair, the parasol and the cool box.",
        "Our stores open at 8am on Saturday for the big sale.",
        "We noticed you were looking at rakes late last night.",
        "Managing your diabetes just got easier with our new meal plans.",
    ];

    /// <summary>A ~20 KB HTML newsletter: tables, styles, entities and paragraphs of prose, one creepy line in it.</summary>
    public static string LongHtmlEmail { get; } = BuildEmail(20 * 1024);

    /// <summary>Messages of one to four sentences; about one in six carries a creepy sentence, as a real mixed stream might.</summary>
    public static string[] Batch(int count)
    {
        var random = new Random(42);
        var messages = new string[count];
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Clear();
            var sentences = random.Next(1, 5);
            for (var s = 0; s < sentences; s++)
            {
                sb.Append(s_sentences[random.Next(s_sentences.Length)]).Append(' ');
            }

            messages[i] = sb.ToString(0, sb.Length - 1);
        }

        return messages;
    }

    private static string BuildEmail(int size)
    {
        var sb = new StringBuilder(size + 512);
        sb.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Spring at the garden centre</title>")
            .Append("<style>body{font-family:Arial,sans-serif} p{margin:0 0 12px} .cta{background:#2a7}</style></head>")
            .Append("<body><table role=\"presentation\" width=\"100%\"><tr><td class=\"hero\"><h1>Spring is here &mdash; and so are the deals</h1></td></tr>\n");
        var i = 0;
        while (sb.Length < size - 200)
        {
            var sentence = s_sentences[i % 10]; // The ten clean sentences; the creepy one is added once below.
            sb.Append("<tr><td><p style=\"color:#333\">").Append(sentence.Replace("&", "&amp;", StringComparison.Ordinal))
                .Append(" <a href=\"https://example.test/p/").Append(i).Append("?utm_source=email&amp;utm_campaign=spring\">Shop&nbsp;now</a></p></td></tr>\n");
            if (i == 40)
            {
                sb.Append("<tr><td><p>").Append(s_sentences[10]).Append("</p></td></tr>\n");
            }

            i++;
        }

        return sb.Append("<tr><td class=\"footer\">&copy; 2026 Garden Centre &middot; <a href=\"https://example.test/unsubscribe\">Unsubscribe</a></td></tr></table></body></html>").ToString();
    }
}
