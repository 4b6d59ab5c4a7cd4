namespace CreepLint.Text;

/// <summary>
/// Units that SMS and push copy writes straight after a number ("5x today", "2hrs last night", "10mins ago", "200m from"):
/// the tokenizer ends the number where such a suffix starts, so the number is a <c>&lt;number&gt;</c> and the unit a word of
/// its own, and the English pack matches the short form wherever a term spells the unit out.
/// </summary>
internal static class UnitAbbreviations
{
    /// <summary>Short forms read as the word a term spells out. "m", "km", "mi", "ft" stay themselves (terms say "<c>&lt;number&gt; m</c>").</summary>
    public static readonly (string Short, string Word)[] English =
    [
        ("x", "times"), ("hrs", "hours"), ("hr", "hour"), ("h", "hours"), ("mins", "minutes"), ("min", "minutes"),
        ("secs", "seconds"), ("sec", "seconds"), ("wks", "weeks"), ("wk", "week"), ("yrs", "years"), ("yr", "year"),
        ("mths", "months"), ("mth", "month"), ("mos", "months"),
    ];

    /// <summary>Whether <paramref name="suffix"/> is a unit the tokenizer splits off the number before it.</summary>
    public static bool IsUnit(ReadOnlySpan<char> suffix) => suffix is "x" or "hrs" or "hr" or "h" or "mins" or "min" or "secs" or "sec"
        or "wks" or "wk" or "yrs" or "yr" or "mths" or "mth" or "mos" or "days" or "nights" or "times" or "m" or "km" or "mi" or "ft"
        or "yds" or "steps";
}
