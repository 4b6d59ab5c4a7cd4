namespace CreepLint.Matching;

/// <summary>Token classes a rule term can name in angle brackets, such as <c>&lt;number&gt; times</c>.</summary>
internal static class TokenClasses
{
    public const int Number = 0;
    public const int Time = 1;
    public const int Percent = 2;
    public const int Money = 3;
    public const int Placeholder = 4;
    public const int Count = 5;

    public static readonly string[] Names = ["number", "time", "percent", "money", "placeholder"];

    /// <summary>Number words that count as <c>&lt;number&gt;</c> ("three times", "a dozen visits").</summary>
    public static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "several", "multiple", "countless", "twice", "thrice",
    };
}
