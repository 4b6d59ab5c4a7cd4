using System.Collections.Frozen;

namespace CreepLint.Text;

/// <summary>
/// French elided words ("qu'ancien", "l’hôpital", "d'alcool"): the clitic before the apostrophe, so the matcher can read
/// the word after it as that word too (<see cref="Matching.PhraseTable"/>), as it reads a possessive as its bare word.
/// </summary>
/// <remarks>
/// Only the French pack reads them (<see cref="Reads"/>). The token stays one word with its own terms ("dans l'heure",
/// "l'enceinte" still match as written) and keeps its place, so a <c>near</c> distance counts it once as before; it also
/// stands for the word after the clitic, so "en tant qu'ancien détenu" is "en tant" and a role term, and a term for
/// "alcool" matches "d'alcool". A curly apostrophe is folded to a straight one before this. A word whose part before the
/// apostrophe is no clitic ("aujourd'hui", "quelqu'un", "presqu'île") is only itself.
/// </remarks>
internal static class Elisions
{
    /// <summary>Longest clitic ("lorsqu", "puisqu").</summary>
    private const int MaxCliticLength = 6;

    /// <summary>The clitics French elides before a vowel or a mute h, folded.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_clitics = FrozenSet.Create(StringComparer.Ordinal,
        "qu", "l", "d", "j", "n", "s", "t", "m", "c", "jusqu", "lorsqu", "puisqu").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a pack of <paramref name="language"/> reads elided words (French).</summary>
    public static bool Reads(string language) => language == "fr";

    /// <summary>The length of the clitic a folded word opens with ("qu" of "qu'ancien"), or 0 when it opens with none.</summary>
    public static int CliticLength(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        // A letter follows the apostrophe: the tokenizer keeps an apostrophe in a word only between two letters.
        var head = word[..Math.Min(word.Length - 1, MaxCliticLength + 1)];
        var apostrophe = head.IndexOf('\'');
        return apostrophe > 0 && s_clitics.Contains(head[..apostrophe]) ? apostrophe : 0;
    }
}
