using System.Text.RegularExpressions;

namespace CreepLint.Cli.Reporting;

/// <summary>
/// <c>--redact</c>: masks personal names (the reader's name where the engine reads one, names after a greeting or title,
/// signature names), e-mail addresses, phone numbers, card-like numbers and template placeholder values in every piece
/// of user text a report carries (excerpts, messages that quote them, snippets), so reports can be shared.
/// docs/security.md lists exactly what is masked and what is not.
/// </summary>
internal sealed partial class Redactor
{
    public static readonly Redactor None = new(false);

    public Redactor(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

    /// <summary>Most personal values one run remembers; past it every text is shown as <c>[redacted]</c> (shows nothing rather than a name).</summary>
    internal const int MaxPersonalValues = 100_000;

    /// <summary>No spans: shared, never added to (<see cref="RedactedText.Replace(List{ValueTuple{int, int}}, string)"/> reads it only).</summary>
    private static readonly List<(int Start, int Length)> s_noSpans = [];

    private readonly Lock _lock = new();
    private readonly HashSet<string> _personal = new(StringComparer.OrdinalIgnoreCase);
    private string[] _personalSnapshot = [];
    private bool _personalOverflow;

    /// <summary>
    /// Remembers the values of a message's personal catalog fields (and each of their words) so that every later
    /// <see cref="Apply"/> masks them as <c>[personal]</c>. Called as each item is reported, before any report text of it is written.
    /// </summary>
    public void AddPersonal(IReadOnlyList<string> values)
    {
        if (!Enabled || values.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            var added = false;
            foreach (var value in values)
            {
                added |= _personal.Add(value);
                foreach (var word in value.Split([' ', '\t', '\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    // One- and two-letter parts ("J.", "de") would mask ordinary words everywhere; the whole value still matches.
                    added |= word.Length > 2 && _personal.Add(word);
                }
            }

            _personalOverflow |= _personal.Count > MaxPersonalValues;
            if (added)
            {
                // Longest first, so "Sarah Connor" is masked whole before "Sarah" could split it.
                _personalSnapshot = [.. _personal.OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal)];
            }
        }
    }

    // The '@' also as HTML references (&#64; &#x40; &commat;), URL-encoded (%40) and spelled out ([at], (at)), and the dots as [dot], (dot).
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+(?:@|&#0*64;|&#x0*40;|&commat;|%40|\s*(?:\[at\]|\(at\))\s*)[A-Za-z0-9\-]+(?:(?:\.|\s*(?:\[dot\]|\(dot\))\s*)[A-Za-z0-9\-]+)+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();

    // Cards first: 13–19 digits in groups; phones after, so a card number is never half-masked as a phone.
    [GeneratedRegex(@"\b\d(?:[ \-]?\d){12,18}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Card();

    // Separators include the non-breaking space as HTML writes it (&nbsp; &#160;), so a template's phone number is masked too.
    [GeneratedRegex(@"(?<![\w])\+?\(?\d(?:[\d\s().\-/]|&nbsp;|&#160;){6,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Phone();

    private const string NameWord = @"\p{Lu}[\p{Ll}\p{Lt}'’\-]*\p{Ll}";

    // A greeting or salutation, an optional title, then one to three capitalised words: "Hi Sarah Connor", "Dear Dr. Okafor".
    [GeneratedRegex(@"\b(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Hh]iya|[Hh]owdy|[Gg]ood (?:morning|afternoon|evening)|[Mm]orning|[Ee]vening|[Cc]ongrats|[Cc]ongratulations|[Ww]elcome(?: back)?|[Tt]hanks|[Tt]hank you|[Hh]appy birthday)[ \t]*,?[ \t]+(?<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam)\.?[ \t]+)?" + NameWord + @"(?:[ \t]+" + NameWord + @"){0,2})",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Greeting();

    // A title and a name anywhere: "Mrs Connor", "Dr. Sarah Okafor".
    [GeneratedRegex(@"\b(?<name>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+" + NameWord + @"(?:[ \t]+" + NameWord + @"){0,2})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Titled();

    // A signature: a sign-off and its comma or line break, then the name ("Best,\nSarah Connor", "Love, Mum"), or a line of
    // one to three capitalised words after a dash ("— Sarah").
    [GeneratedRegex(@"(?:\b(?:[Bb]est(?: wishes| regards)?|[Kk]ind regards|[Ww]arm(?:est)? regards|[Rr]egards|[Mm]any thanks|[Tt]hanks|[Tt]hank you|[Cc]heers|[Ll]ove|[Ss]incerely|[Yy]ours(?: truly| sincerely| faithfully)?|[Ww]armly|[Ww]ith love|[Tt]ake care|[Aa]ll the best|[Xx]o)(?:[ \t]*,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*)(?:[—–~-][ \t]*)?|(?:^|\n)[ \t]*(?:--|[—–~-])[ \t]*)(?<name>" + NameWord + @"(?:[ \t]+" + NameWord + @"){0,2})",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Signature();

    [GeneratedRegex(@"\{\{\{?[^{}]*\}?\}\}|\{%[^%]*%\}|\*\|[^|]*\|\*|%%[^%]+%%|\$\{[^}]*\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();

    /// <summary>The text with every personal value masked (see the class summary); unchanged when redaction is off.</summary>
    public string Apply(string text) => !Enabled || text.Length == 0 ? text : Mask(text).Text;

    /// <summary>
    /// Masks <paramref name="text"/> like <see cref="Apply"/> and keeps a map from the masked text back to it, so spans found in
    /// the original (a finding's highlight in the report page) can be placed in what is shown.
    /// </summary>
    public RedactedText Mask(string text)
    {
        var masked = new RedactedText(text);
        if (!Enabled || text.Length == 0)
        {
            return masked;
        }

        try
        {
            if (_personalOverflow)
            {
                masked.ReplaceAll("[redacted]");
                return masked;
            }

            foreach (var value in Volatile.Read(ref _personalSnapshot))
            {
                masked.Replace(PersonalSpans(masked.Text, value), "[personal]");
            }

            masked.Replace(NameSpans(masked.Text), "[name]");
            masked.Replace(Spans(Email().Matches(masked.Text)), "[email]");
            masked.Replace(Spans(Card().Matches(masked.Text)), "[card]");
            masked.Replace(Spans(Phone().Matches(masked.Text), m => m.Value.Count(char.IsDigit) >= 7), "[phone]");
            // Each kind of placeholder keeps its own brackets, so a reader still sees where the template fills in a value.
            masked.Replace(PlaceholderSpans(masked.Text));
            return masked;
        }
        catch (RegexMatchTimeoutException)
        {
            masked.ReplaceAll("[redacted]"); // When in doubt, show nothing.
            return masked;
        }
    }

    private static List<(int Start, int Length, string With)> PlaceholderSpans(string text)
    {
        var spans = new List<(int, int, string)>();
        foreach (Match m in Placeholder().Matches(text))
        {
            var v = m.Value;
            spans.Add((m.Index, m.Length, v.StartsWith("{{", StringComparison.Ordinal) ? "{{…}}"
                : v.StartsWith("{%", StringComparison.Ordinal) ? "{%…%}"
                : v.StartsWith("*|", StringComparison.Ordinal) ? "*|…|*"
                : v.StartsWith("%%", StringComparison.Ordinal) ? "%%…%%" : "${…}"));
        }

        return spans;
    }

    private static List<(int Start, int Length)> Spans(MatchCollection matches, Func<Match, bool>? keep = null)
    {
        var spans = new List<(int, int)>(matches.Count);
        foreach (Match m in matches)
        {
            if (keep is null || keep(m))
            {
                spans.Add((m.Index, m.Length));
            }
        }

        return spans;
    }

    /// <summary>Whole-word occurrences of one remembered personal value.</summary>
    private static List<(int Start, int Length)> PersonalSpans(string text, string value)
    {
        List<(int, int)>? spans = null; // Most values are absent from most texts: allocate only on a match.
        var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + value.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                (spans ??= []).Add((at, value.Length));
            }

            at = end < text.Length ? text.IndexOf(value, end, StringComparison.OrdinalIgnoreCase) : -1;
        }

        return spans ?? s_noSpans;
    }

    /// <summary>Every name span (the engine's reader names, greetings, titles, signatures), adjacent ones merged into one.</summary>
    private static List<(int Start, int Length)> NameSpans(string text)
    {
        var spans = CreepLint.Text.ReaderNames.Find(text);
        foreach (var regex in (ReadOnlySpan<Regex>)[Greeting(), Titled(), Signature()])
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                var name = m.Groups["name"];
                spans.Add((name.Index, name.Length));
            }
        }

        var merged = new List<(int, int)>(spans.Count);
        if (spans.Count == 0)
        {
            return merged;
        }

        spans.Sort();
        var at = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length) = spans[i];
            var end = start + length;
            // Adjacent or overlapping spans (the words of one name, or two detectors agreeing) become one mask.
            while (i + 1 < spans.Count && spans[i + 1].Start <= end + 1 && (spans[i + 1].Start <= end || char.IsWhiteSpace(text[end])))
            {
                end = Math.Max(end, spans[i + 1].Start + spans[i + 1].Length);
                i++;
            }

            if (end <= at)
            {
                continue;
            }

            start = Math.Max(start, at);
            merged.Add((start, end - start));
            at = end;
        }

        return merged;
    }
}
