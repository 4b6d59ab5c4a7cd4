using System.Collections.Frozen;

namespace CreepLint.Text;

/// <summary>
/// Finds the reader's own turns in a transcript: the lines a chatbot script, a call-centre reply template or a support
/// macro gives to the customer ("Customer: I'm pregnant, can I still use the sauna?", "User: do you have books about
/// coping with depression?", "Caller: I've been made redundant"). What the reader says there is the reader's own
/// declaration, not the sender's claim about them, so a finding that lies wholly inside such a turn is not reported.
/// </summary>
/// <remarks>
/// A text is a transcript when it has at least one line that opens with a reader's label ("Customer:", "User:", "Caller:",
/// "You:", "Me:", "Client:", …) and at least one line that opens with another speaker's label ("Agent:", "Bot:", "Maya:",
/// "Advisor:"); labels that head a template's parts rather than a speaker ("Subject:", "Push:", "SMS:") do not count. A
/// reader's turn runs from its label to the next labelled line or the end of the text. A finding whose span reaches outside
/// the turn (a rule that reads the whole message and ties the customer's hardship to the agent's deadline) is kept: the
/// sender said part of it. The pass reads the text only when the message has findings and a line break.
/// </remarks>
internal static class ReaderTurns
{
    /// <summary>What <see cref="Find"/> returns for a text that is no transcript: shared, never written to.</summary>
    private static readonly List<(int Start, int End)> s_none = [];

    /// <summary>Longest label read as a speaker's ("Customer service agent" is 22 characters).</summary>
    private const int MaxLabelLength = 24;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_readerLabels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "customer", "user", "caller", "you", "me", "client", "member", "patient", "guest", "visitor", "shopper", "buyer",
        "tenant", "student", "parent", "applicant", "passenger", "policyholder", "kunde", "kundin", "nutzer", "nutzerin",
        "anrufer", "anruferin", "utilisateur", "utilisatrice", "cliente", "usuario", "usuaria")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_partLabels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "subject", "preheader", "push", "sms", "email", "e-mail", "re", "fwd", "fw", "title", "body", "headline", "ad", "cta",
        "button", "in-app", "banner", "reason", "note", "ps", "p.s", "reminder", "activity", "update", "alert", "from", "to",
        "date", "sent", "cc", "bcc", "ref", "tip", "nb", "link", "url", "why", "betreff", "objet", "asunto")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The reader's turns in <paramref name="text"/> as [start, end) offsets, or an empty list when the text is not a
    /// transcript with a reader's turn (a shared list the caller must not change).
    /// </summary>
    public static List<(int Start, int End)> Find(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return s_none;
        }

        // First pass, allocation-free: is this a transcript with a reader's turn at all?
        var reader = false;
        var otherSpeaker = false;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = LineEnd(text, lineStart);
            var kind = Label(text.AsSpan(lineStart, lineEnd - lineStart));
            reader |= kind == LabelKind.Reader;
            otherSpeaker |= kind == LabelKind.Speaker;
            lineStart = lineEnd + 1;
        }

        if (!reader || !otherSpeaker)
        {
            return s_none;
        }

        // A reader's turn runs from its label to the next labelled line (any label) or the end of the text.
        var turns = new List<(int Start, int End)>();
        var open = -1;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (Label(text.AsSpan(lineStart, lineEnd - lineStart)) is { } kind)
            {
                if (open >= 0)
                {
                    turns.Add((open, lineStart));
                    open = -1;
                }

                if (kind == LabelKind.Reader)
                {
                    open = lineStart;
                }
            }

            lineStart = lineEnd + 1;
        }

        if (open >= 0)
        {
            turns.Add((open, text.Length));
        }

        return turns;
    }

    private static int LineEnd(string text, int lineStart)
    {
        var end = text.IndexOf('\n', lineStart);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) lies wholly inside one of <paramref name="turns"/>.</summary>
    public static bool Inside(List<(int Start, int End)> turns, int start, int end)
    {
        foreach (var (s, e) in turns)
        {
            if (start >= s && end <= e)
            {
                return true;
            }
        }

        return false;
    }

    private enum LabelKind
    {
        Reader,
        Speaker,
        Part,
    }

    /// <summary>What the label opening <paramref name="line"/> names, or null when the line opens with none.</summary>
    private static LabelKind? Label(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxLabelLength || colon + 1 >= line.Length || !char.IsWhiteSpace(line[colon + 1]))
        {
            return null;
        }

        // "Client :" (French spacing) and "Customer:" alike; a label is one to three words of letters.
        var label = line[..colon].TrimEnd();
        var words = 1;
        foreach (var c in label)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetter(c) && c != '-' && c != '.' && c != '\'')
            {
                return null;
            }
        }

        if (label.IsEmpty || words > 3 || !char.IsUpper(label[0]))
        {
            return null;
        }

        if (s_readerLabels.Contains(label))
        {
            return LabelKind.Reader;
        }

        return s_partLabels.Contains(label) ? LabelKind.Part : LabelKind.Speaker;
    }
}
