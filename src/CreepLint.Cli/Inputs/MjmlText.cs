using System.Text.RegularExpressions;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Prepares MJML for the HTML extractor: head-only elements that hold CSS or attribute defaults (never shown to the reader)
/// are blanked with spaces, so offsets stay those of the user's file; <c>mj-title</c> and <c>mj-preview</c> stay, since readers see them.
/// </summary>
internal static partial class MjmlText
{
    [GeneratedRegex(@"<mj-(style|attributes|font|breakpoint|html-attributes)\b[^>]*?(/>|>.*?</mj-\1\s*>)", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex HiddenElements();

    public static string Prepare(string mjml)
    {
        var chars = mjml.ToCharArray();
        foreach (Match match in HiddenElements().Matches(mjml))
        {
            for (var i = match.Index; i < match.Index + match.Length; i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                {
                    chars[i] = ' ';
                }
            }
        }

        return new string(chars);
    }
}
