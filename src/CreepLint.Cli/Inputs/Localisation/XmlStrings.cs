using System.Text.RegularExpressions;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>The little XML the localisation formats need: comments blanked in place, attributes, and text with entities and CDATA decoded.</summary>
internal static partial class XmlStrings
{
    [GeneratedRegex(@"\b(?<name>[\w:.-]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AttributePattern();

    /// <summary>The text with every <c>&lt;!-- --&gt;</c> comment replaced by spaces (line breaks kept), so offsets stay the file's.</summary>
    public static string BlankComments(string text)
    {
        var open = text.IndexOf("<!--", StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        while (open >= 0)
        {
            var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            var end = close < 0 ? text.Length : close + 3;
            for (var i = open; i < end; i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                {
                    chars[i] = ' ';
                }
            }

            open = close < 0 ? -1 : text.IndexOf("<!--", end, StringComparison.Ordinal);
        }

        return new string(chars);
    }

    public static string? Attribute(string attributes, string name)
    {
        foreach (Match m in AttributePattern().Matches(attributes))
        {
            if (m.Groups["name"].Value.Equals(name, StringComparison.Ordinal))
            {
                return m.Groups["value"].Value;
            }
        }

        return null;
    }

    /// <summary>Decodes XML text <paramref name="from"/>..<paramref name="to"/>: entities and CDATA; markup inside (<c>&lt;b&gt;</c>) stays for the HTML reader.</summary>
    /// <param name="escape">Decodes a backslash escape at the index given and returns the index after it, or -1 to keep the backslash (Android's <c>\n</c>, <c>\'</c>).</param>
    /// <param name="dropQuotes">Whether unescaped double quotes are syntax, not text (Android).</param>
    public static LocalisedString Decode(string raw, int from, int to, Func<string, int, LocalisedString, int>? escape = null, bool dropQuotes = false)
    {
        var value = new LocalisedString();
        var i = from;
        while (i < to)
        {
            var c = raw[i];
            if (c == '<' && string.CompareOrdinal(raw, i, "<![CDATA[", 0, 9) == 0)
            {
                var close = raw.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                var end = close < 0 || close > to ? to : close;
                value.Copy(raw, i + 9, end);
                i = Math.Min(to, end + 3);
            }
            else if (c == '&')
            {
                i = value.AppendXmlReference(raw, i);
            }
            else if (c == '\\' && escape is not null && i + 1 < to && escape(raw, i, value) is var next and >= 0)
            {
                i = next;
            }
            else if (c == '"' && dropQuotes)
            {
                i++;
            }
            else
            {
                value.Append(c, i);
                i++;
            }
        }

        return value;
    }

    /// <summary>The index of <paramref name="closeTag"/> after <paramref name="from"/>, or an error naming the element that is never closed.</summary>
    public static int CloseOf(string text, int from, string closeTag, int openAt, string what)
    {
        var close = text.IndexOf(closeTag, from, StringComparison.Ordinal);
        return close >= 0 ? close : throw new LocalisationException(openAt, $"{what} is never closed; add {closeTag}");
    }
}
