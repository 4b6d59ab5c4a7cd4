using System.Collections.Frozen;

namespace CreepLint.Text;

/// <summary>
/// Which words read as the past tense of a verb, for the token class <c>&lt;past&gt;</c>: a logged act whatever its verb
/// ("you lingered on", "u favourited", "you kept zooming"), so a rule need not list every verb a sender might quote.
/// </summary>
/// <remarks>
/// A word of five letters or more ending in "-ed" (not "-eed": "speed", "proceed"), except a few common words that only
/// look like one ("hundred", "naked", "sacred"); and the irregular past forms of common verbs ("spent", "saw", "left").
/// Past participles used as adjectives ("limited", "selected") also match: rules pair the class with the reader as its
/// subject and with a specific (a count, a time, a place), which adjectives in ordinary copy rarely have.
/// </remarks>
internal static class PastForms
{
    /// <summary>The shortest regular form that counts: "moved", "liked", not "red" or "bed".</summary>
    public const int MinRegularLength = 5;

    /// <summary>Words that look like a regular past form and are not one (<see cref="MayBeRegular"/> holds for each).</summary>
    public static FrozenSet<string> NotPast { get; } = FrozenSet.ToFrozenSet(
    [
        "hundred", "kindred", "sacred", "naked", "wicked", "beloved", "rugged", "crooked", "wretched", "ragged", "embed",
        "seabed", "flatbed", "hotbed", "sickbed", "deathbed", "bobsled", "watershed", "infrared", "unwed", "biped",
        "moped", "shred", "hatred", "dogged", "jagged", "blessed", "cursed",

        // Participles that say how someone is, not what they did ("you interested?", "you tired?").
        "interested", "excited", "tired", "bored", "worried", "scared", "pleased", "delighted", "thrilled", "amazed",
        "obsessed", "prepared", "qualified", "entitled", "covered", "sorted", "supposed", "used", "based", "located",
        "engaged", "married", "divorced", "retired", "employed", "unemployed", "exhausted", "stressed", "confused",
        "annoyed", "surprised", "impressed", "satisfied", "disappointed", "concerned", "involved", "invited", "allowed",
        "required", "expected", "limited", "selected", "featured", "dedicated", "committed", "signed", "registered",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notPast = NotPast.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Irregular past forms of verbs a sender might log (not "read" or "put", whose present looks the same).</summary>
    public static FrozenSet<string> Irregular { get; } = FrozenSet.ToFrozenSet(
    [
        "saw", "spent", "left", "kept", "came", "went", "took", "bought", "sent", "made", "got", "found", "thought",
        "told", "paid", "drove", "rode", "ran", "ate", "drank", "slept", "wrote", "chose", "gave", "began", "sat", "stood",
        "met", "lost", "won", "heard", "felt", "hid", "swam", "flew", "sang", "wore", "broke", "spoke", "forgot", "caught",
        "brought", "sold", "held", "lent", "fell", "grew", "knew", "threw", "drew", "forgave", "rang", "sank", "shook",
        "woke", "wept", "swore", "stole", "dug", "fed", "led", "fought", "sought", "bent", "built", "dealt", "meant",
        "mislaid", "overslept", "overspent", "undertook", "withdrew", "rewrote", "redid", "did", "gotten", "seen", "done",
        "gone", "taken", "given", "eaten", "written", "ridden", "driven", "chosen", "forgotten", "stolen", "spoken",
        "broken", "begun", "drunk", "swum", "flown", "sung", "worn", "shown", "hidden", "grown", "known", "thrown", "drawn",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_irregular = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a folded word (lower case) reads as a past form.</summary>
    public static bool IsPast(ReadOnlySpan<char> word) =>
        IsPast(word, s_irregular.Contains(word), notPast: MayBeRegular(word) && s_notPast.Contains(word));

    /// <summary>
    /// <see cref="IsPast(ReadOnlySpan{char})"/> for a caller that has looked the word up already: whether it is in
    /// <see cref="Irregular"/> and whether it is in <see cref="NotPast"/>.
    /// </summary>
    public static bool IsPast(ReadOnlySpan<char> word, bool irregular, bool notPast) =>
        irregular || (MayBeRegular(word) && !notPast);

    /// <summary>The cheap test: five letters or more, ending in "-ed" but not "-eed".</summary>
    public static bool MayBeRegular(ReadOnlySpan<char> word) =>
        word.Length >= MinRegularLength && word[^1] == 'd' && word[^2] == 'e' && word[^3] != 'e';
}
