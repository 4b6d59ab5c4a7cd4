using System.Collections.Immutable;
using CreepLint;

namespace CampaignApp;

/// <summary>Removes the sentences that hold a finding, keeping the rest of the message word for word.</summary>
internal static class SentenceEditor
{
    public static string DropSentencesWith(string text, ImmutableArray<Finding> findings)
    {
        var kept = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = NextSentenceEnd(text, start);
            var overlaps = findings.Any(f => f.Offset < end && f.Offset + f.Length > start);
            var sentence = text[start..end].Trim();
            if (!overlaps && sentence.Length > 0)
            {
                kept.Add(sentence);
            }

            start = end;
        }

        return string.Join(' ', kept);
    }

    private static int NextSentenceEnd(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}
