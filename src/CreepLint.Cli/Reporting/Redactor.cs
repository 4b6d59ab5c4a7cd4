using System.Text.RegularExpressions;

namespace CreepLint.Cli.Reporting;

/// <summary>
/// <c>--redact</c>: masks e-mail addresses, phone numbers, card-like numbers and template placeholder values in every
/// piece of user text a report carries (excerpts, messages that quote them, snippets), so reports can be shared.
/// </summary>
internal sealed partial class Redactor
{
    public static readonly Redactor None = new(false);

    public Redactor(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

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
}
