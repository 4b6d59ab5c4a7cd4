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

    public string Apply(string text)
    {
        if (!Enabled || text.Length == 0)
        {
            return text;
        }

        try
        {
            text = MaskPersonal(text);
            text = MaskNames(text);
            text = Email().Replace(text, "[email]");
            text = Card().Replace(text, "[card]");
            text = Phone().Replace(text, m => m.Value.Count(char.IsDigit) >= 7 ? "[phone]" : m.Value);
            return Placeholder().Replace(text, m => m.Value.StartsWith("{{", StringComparison.Ordinal) ? "{{…}}"
                : m.Value.StartsWith("{%", StringComparison.Ordinal) ? "{%…%}"
                : m.Value.StartsWith("*|", StringComparison.Ordinal) ? "*|…|*"
                : m.Value.StartsWith("%%", StringComparison.Ordinal) ? "%%…%%" : "${…}");
        }
        catch (RegexMatchTimeoutException)
        {
            return "[redacted]"; // When in doubt, show nothing.
        }
    }

    /// <summary>Replaces whole-word occurrences of remembered personal values with <c>[personal]</c>.</summary>
    private string MaskPersonal(string text)
    {
        var values = Volatile.Read(ref _personalSnapshot);
        if (_personalOverflow)
        {
            return "[redacted]";
        }

        foreach (var value in values)
        {
            var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var end = at + value.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    text = string.Concat(text.AsSpan(0, at), "[personal]", text.AsSpan(end));
                    end = at + "[personal]".Length;
                }

                at = end < text.Length ? text.IndexOf(value, end, StringComparison.OrdinalIgnoreCase) : -1;
            }
        }

        return text;
    }

    /// <summary>Replaces every name span (the engine's reader names, greetings, titles, signatures) with <c>[name]</c>.</summary>
    private static string MaskNames(string text)
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

        if (spans.Count == 0)
        {
            return text;
        }

        spans.Sort();
        var sb = new System.Text.StringBuilder(text.Length);
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

            sb.Append(text, at, Math.Max(0, start - at)).Append("[name]");
            at = Math.Max(at, end);
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }
}
