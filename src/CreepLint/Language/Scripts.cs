namespace CreepLint.Language;

/// <summary>The language tag for a text written mostly in a script other than Latin, from one of its letters.</summary>
/// <remarks>A script used by one language gives that language (Greek <c>el</c>, kana <c>ja</c>, Hangul <c>ko</c>, Hebrew
/// <c>he</c>, Thai <c>th</c>, Han <c>zh</c>, Armenian <c>hy</c>, Georgian <c>ka</c>); a script shared by many gives an undetermined
/// language in that script (BCP 47 <c>und-Cyrl</c>, <c>und-Arab</c>, <c>und-Deva</c>), which no rule pack claims.</remarks>
internal static class Scripts
{
    public static string Tag(char letter) => letter switch
    {
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => "el",
        >= '\u0400' and <= '\u052F' => "und-Cyrl",
        >= '\u0530' and <= '\u058F' => "hy",
        >= '\u0590' and <= '\u05FF' => "he",
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => "und-Arab",
        >= '\u0900' and <= '\u097F' => "und-Deva",
        >= '\u0E00' and <= '\u0E7F' => "th",
        >= '\u10A0' and <= '\u10FF' => "ka",
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' => "ko",
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => "zh",
        _ => "und",
    };
}
