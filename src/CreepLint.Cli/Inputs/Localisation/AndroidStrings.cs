using System.Globalization;
using System.Text.RegularExpressions;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>
/// Android <c>res/values*/strings.xml</c>: each <c>&lt;string name="…"&gt;</c> is a message named by its key, each item
/// of a <c>&lt;plurals&gt;</c> is <c>key/quantity</c> and each of a <c>&lt;string-array&gt;</c> is <c>key/index</c>.
/// Android's escapes (<c>\'</c>, <c>\"</c>, <c>\n</c>, <c>\u2019</c>), its quoting and XML entities are decoded.
/// </summary>
internal static partial class AndroidStrings
{
    [GeneratedRegex(@"<(?<tag>string-array|plurals|string)(?=[\s/>])(?<attrs>[^>]*?)(?<empty>/?)>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Element();

    [GeneratedRegex(@"<item(?=[\s/>])(?<attrs>[^>]*?)(?<empty>/?)>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Item();

    [GeneratedRegex(@"<resources\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Resources();

    /// <summary>Whether an XML file found by a walk holds Android resources.</summary>
    public static bool Looks(string text) => Resources().IsMatch(XmlStrings.BlankComments(text));

    public static void Read(string text, StringSink sink)
    {
        var xml = XmlStrings.BlankComments(text);
        var at = 0;
        while (Element().Match(xml, at) is { Success: true } element)
        {
            var tag = element.Groups["tag"].Value;
            var name = XmlStrings.Attribute(element.Groups["attrs"].Value, "name")
                ?? throw new LocalisationException(element.Index, $"<{tag}> has no name attribute; every Android string needs name=\"…\"");
            var contentStart = element.Index + element.Length;
            if (element.Groups["empty"].Length > 0)
            {
                at = contentStart;
                continue;
            }

            var close = XmlStrings.CloseOf(xml, contentStart, $"</{tag}>", element.Index, $"<{tag} name=\"{name}\">");
            if (tag == "string")
            {
                sink(name, XmlStrings.Decode(text, contentStart, close, Escape, dropQuotes: true), contentStart, close);
            }
            else
            {
                var index = 0;
                var itemAt = contentStart;
                while (Item().Match(xml, itemAt) is { Success: true } item && item.Index < close)
                {
                    var itemStart = item.Index + item.Length;
                    if (item.Groups["empty"].Length > 0)
                    {
                        itemAt = itemStart;
                        index++;
                        continue;
                    }

                    var itemClose = XmlStrings.CloseOf(xml, itemStart, "</item>", item.Index, $"an <item> of '{name}'");
                    var suffix = tag == "plurals"
                        ? XmlStrings.Attribute(item.Groups["attrs"].Value, "quantity") ?? index.ToString(CultureInfo.InvariantCulture)
                        : index.ToString(CultureInfo.InvariantCulture);
                    sink($"{name}/{suffix}", XmlStrings.Decode(text, itemStart, itemClose, Escape, dropQuotes: true), itemStart, itemClose);
                    itemAt = itemClose + 7;
                    index++;
                }
            }

            at = close + tag.Length + 3;
        }
    }

    /// <summary>Android's backslash escapes: <c>\n</c>, <c>\t</c>, <c>\uXXXX</c>, and any other character taken literally (<c>\'</c>, <c>\@</c>).</summary>
    private static int Escape(string raw, int i, LocalisedString value)
    {
        var n = raw[i + 1];
        switch (n)
        {
            case 'n':
                value.Append('\n', i);
                return i + 2;
            case 't':
                value.Append('\t', i);
                return i + 2;
            case 'u' when i + 6 <= raw.Length && int.TryParse(raw.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp):
                value.Append((char)cp, i);
                return i + 6;
            default:
                value.Append(n, i);
                return i + 2;
        }
    }
}
