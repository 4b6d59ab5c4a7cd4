namespace CreepLint.Matching;

/// <summary>Token classes a rule term can name in angle brackets, such as <c>&lt;number&gt; times</c>.</summary>
internal static class TokenClasses
{
    public const int Number = 0;
    public const int Time = 1;
    public const int Percent = 2;
    public const int Money = 3;
    public const int Placeholder = 4;
    public const int Name = 5;
    public const int Past = 6;
    public const int Person = 7;
    public const int Proper = 8;
    public const int Quote = 9;
    public const int Count = 10;

    public static readonly string[] Names = ["number", "time", "percent", "money", "placeholder", "name", "past", "person", "proper", "quote"];

    /// <summary>Number words that count as <c>&lt;number&gt;</c> ("three times", "a dozen visits"): see <see cref="Text.NumberWords"/>.</summary>
    public static System.Collections.Frozen.FrozenSet<string> NumberWords => Text.NumberWords.All;
}
