using System.Text.RegularExpressions;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>
/// iOS <c>.stringsdict</c> (a plist of plural rules): every <c>&lt;string&gt;</c> that is text is a message named by its key
/// path (<c>items_left/NSStringLocalizedFormatKey</c>, <c>items_left/count/one</c>); format-spec entries are skipped.
/// </summary>
internal static partial class AppleStringsDict
{
    private static readonly string[] s_specKeys = ["NSStringFormatSpecTypeKey", "NSStringFormatValueTypeKey"];

    [GeneratedRegex(@"<(?<close>/?)(?<tag>dict|key|string)\b[^>]*?(?<empty>/?)>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Token();

    public static void Read(string text, StringSink sink)
    {
        var xml = XmlStrings.BlankComments(text);
        var path = new List<string?>();
        string? key = null;
        var at = 0;
        while (Token().Match(xml, at) is { Success: true } token)
        {
            var tag = token.Groups["tag"].Value;
            var end = token.Index + token.Length;
            at = end;
            if (token.Groups["close"].Length > 0)
            {
                if (tag == "dict" && path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                key = null;
                continue;
            }

            if (token.Groups["empty"].Length > 0)
            {
                continue;
            }

            switch (tag)
            {
                case "dict":
                    path.Add(key);
                    key = null;
                    break;
                case "key":
                {
                    var close = XmlStrings.CloseOf(xml, end, "</key>", token.Index, "<key>");
                    key = System.Net.WebUtility.HtmlDecode(text[end..close]).Trim();
                    at = close + 6;
                    break;
                }

                default:
                {
                    var close = XmlStrings.CloseOf(xml, end, "</string>", token.Index, "<string>");
                    if (key is not null && Array.IndexOf(s_specKeys, key) < 0)
                    {
                        var id = string.Join('/', path.Where(p => p is not null).Append(key));
                        sink(id, XmlStrings.Decode(text, end, close), end, close);
                    }

                    key = null;
                    at = close + 9;
                    break;
                }
            }
        }
    }
}
