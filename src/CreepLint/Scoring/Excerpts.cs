using System.Text;

namespace CreepLint.Scoring;

/// <summary>The source text a finding shows.</summary>
internal static class Excerpts
{
    /// <summary>The matched source text with whitespace collapsed, capped at <see cref="Limits.MaxExcerptLength"/>.</summary>
    public static string Of(string text, int start, int end)
    {
        var sb = new StringBuilder(Math.Min(end - start, Limits.MaxExcerptLength + 1));
        var space = false;
        for (var i = start; i < end && i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            // The cap counts the collapsed space too: a space that would fill the last place ends the excerpt, so an excerpt is
            // never longer than the cap and its ellipsis.
            if (sb.Length + (space ? 1 : 0) >= Limits.MaxExcerptLength)
            {
                sb.Append('…');
                break;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
