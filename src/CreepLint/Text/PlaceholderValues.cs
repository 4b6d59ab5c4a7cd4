namespace CreepLint.Text;

/// <summary>
/// What a template placeholder stands for when its field name says so: a quantity (<c>{{ visit_count }}</c>,
/// <c>{{ hover_seconds }}</c>, <c>${weeksLeft}</c>) reads as a number and a clock time (<c>{{ arrival_time }}</c>) as a
/// time, so every construction written for "3 times", "for 40 seconds" or "at 6:40pm" reads the template that prints them.
/// </summary>
/// <remarks>
/// Only the last segment of a dotted path is read, split into words at <c>_</c>, <c>-</c>, digits and lower-to-upper case
/// changes. A quantity is a segment with a count word (<c>count</c>, <c>num</c>, <c>times</c>) or a plural unit of time
/// (<c>seconds</c> … <c>years</c>, <c>nights</c>); a clock time ends in <c>time</c>, <c>hour</c> or <c>clock</c>. Dates
/// are neither (no rule term reads a date as one token), nor are identifiers such as <c>order_number</c> or
/// <c>phone_number</c>.
/// </remarks>
internal static class PlaceholderValues
{
    /// <summary>The longest segment read (longer names are left as plain placeholders).</summary>
    private const int MaxSegment = 64;

    /// <summary>The token kind a placeholder printing <paramref name="path"/> stands for, or <see cref="TokenKind.Placeholder"/>.</summary>
    public static TokenKind KindOf(ReadOnlySpan<char> path)
    {
        var dot = path.LastIndexOf('.');
        var segment = dot < 0 ? path : path[(dot + 1)..];
        if (segment.IsEmpty || segment.Length > MaxSegment)
        {
            return TokenKind.Placeholder;
        }

        Span<char> word = stackalloc char[MaxSegment];
        var length = 0;
        var quantity = false;
        var lastIsClock = false;
        for (var i = 0; i <= segment.Length; i++)
        {
            var c = i < segment.Length ? segment[i] : '_';
            var boundary = !char.IsAsciiLetter(c)
                || (length > 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(segment[i - 1]));
            if (boundary && length > 0)
            {
                var w = word[..length];
                quantity |= IsQuantityWord(w);
                lastIsClock = w is "time" or "hour" or "clock";
                length = 0;
            }

            if (char.IsAsciiLetter(c))
            {
                word[length++] = char.ToLowerInvariant(c);
            }
        }

        return quantity ? TokenKind.Number : lastIsClock ? TokenKind.Time : TokenKind.Placeholder;
    }

    private static bool IsQuantityWord(ReadOnlySpan<char> w) =>
        w is "count" or "counts" or "num" or "times" or "seconds" or "secs" or "minutes" or "mins" or "hours" or "hrs"
            or "days" or "weeks" or "months" or "years" or "nights";
}
