using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CreepLint.Text;

namespace CreepLint.Language;

/// <summary>
/// The identifier's fast path: a text whose first words include enough English function words, contractions and chat
/// words is English, decided from the tokens the matcher has already found, before any trigram is scored. Most English
/// messages are decided here at about 5 ns a word, so identification costs English-only input little.
/// </summary>
/// <remarks>
/// The words are frequent in English and are not words of German, French, Spanish, Italian, Portuguese, Dutch or Polish
/// (so no <c>a</c>, <c>in</c>, <c>is</c>, <c>on</c>, <c>to</c>, <c>we</c>, <c>was</c>, <c>will</c>, <c>me</c>, <c>so</c>, <c>de</c>,
/// <c>my</c>, <c>her</c>, <c>im</c>, <c>dont</c>…) nor English loanwords of their marketing (<c>new</c>, <c>free</c>, <c>stop</c>…):
/// a German, French or Spanish message with an English slogan in it does not reach <see cref="MinHits"/> at the density
/// <see cref="MaxWordsPerHit"/> asks. Text the fast path does not decide is scored as before.
/// </remarks>
internal static class EnglishWords
{
    /// <summary>English words needed to decide: two are an English slogan heading a German, French or Spanish
    /// message ("Black Friday for you: …"), three are English prose.</summary>
    internal const int MinHits = 3;

    /// <summary>English words that decide a text once all its opening words are read (a short English message:
    /// "Ok, call you when you get home"), at the same density.</summary>
    internal const int MinHitsAtEnd = 2;

    /// <summary>At most this many words per hit among those read so far: English prose has one in two or three.</summary>
    internal const int MaxWordsPerHit = 4;

    /// <summary>Words read at most: the opening of a message says which language it is in.</summary>
    internal const int MaxWords = 40;

    /// <summary>Longest word looked up: every word of <see cref="Words"/> fits in one 16-byte load of its characters.</summary>
    private const int MaxLetters = 8;

    /// <summary>Slots of the perfect hash: 1,024 (8 KB) for 126 words, so a multiplier without collisions is found
    /// in a few thousand tries when the table is built (well under a millisecond).</summary>
    private const int SlotBits = 10;

    internal static readonly string[] Words =
    [
        "the", "you", "your", "yours", "and", "for", "with", "this", "that", "these", "those", "are", "have", "has", "had",
        "our", "ours", "it", "its", "at", "from", "can", "just", "what", "when", "where", "which", "who", "why", "how",
        "they", "their", "them", "been", "were", "would", "could", "should", "about", "there", "here", "get", "not", "all",
        "now", "out", "if", "up", "off", "than", "then", "some", "any", "only", "also", "because", "into", "over", "after",
        "before", "very", "make", "sure", "please", "thank", "thanks", "every",

        // Contractions, pronouns and chat words of English SMS (none a word of the other seven languages, nor an English
        // loanword of their marketing such as "new", "free", "love", "home", "time" or "stop"): without them, over half the
        // SMS went on to the trigram scan.
        "i'm", "i'll", "i've", "i'd", "don't", "can't", "won't", "didn't", "doesn't", "isn't", "aren't", "wasn't", "it's",
        "that's", "what's", "let's", "you're", "you'll", "you've", "he's", "she's", "there's", "we're", "they're", "cant",
        "wont", "didnt", "doesnt", "isnt", "thats", "whats", "youre", "she", "him", "his", "ur", "pls", "plz", "txt", "msg",
        "going", "know", "later", "today", "sorry", "reply", "already", "tell", "yes", "got", "need", "take", "think",
        "really", "doing", "said", "tomorrow", "tonight", "yeah",
    ];

    /// <summary>Each word's key in the slot the perfect hash gives it (0 = empty), and the multiplier that gives it.</summary>
    private static readonly (ulong[] Slots, ulong Multiplier) s_table = Build();

    /// <summary>Row <c>n</c> keeps the first <c>n</c> of eight characters.</summary>
    private static readonly ushort[] s_lengthMasks = LengthMasks();

    /// <summary>Whether the opening words of <paramref name="folded"/> (as <paramref name="tokens"/> delimit them) are English enough to decide.</summary>
    /// <remarks>A word is looked up with one load of its characters and one probe of a perfect hash, with no branch on
    /// its letters: this runs for every message, so its cost is paid by all English input.</remarks>
    public static bool Decide(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens)
    {
        var (slots, multiplier) = s_table;
        int words = 0, hits = 0;
        foreach (ref readonly var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            var length = token.Length;
            if ((uint)token.Start + (uint)length <= (uint)folded.Length)
            {
                // A longer word is looked up by its first letters and its hit masked off: selected with masks rather than
                // conditionals, which compile to branches that mispredict on words.
                var key = Key(folded, token.Start, Math.Min(length, MaxLetters));
                hits += Bit(((uint)(length - 1) < MaxLetters) & (key != 0) & (slots[Slot(key, multiplier)] == key));

                // Checked after every word, not only after a hit: a word without a hit only lowers the density.
                if (hits >= MinHits && hits * MaxWordsPerHit >= words)
                {
                    return true;
                }
            }

            if (words >= MaxWords)
            {
                break;
            }
        }

        return hits >= MinHitsAtEnd && hits * MaxWordsPerHit >= words;
    }

    /// <summary>The word's characters as bytes, the first in the low byte, zero past its end; 0 when any is not ASCII.</summary>
    /// <remarks>Equal keys are equal words: a word of <see cref="Words"/> has only the letters a–z, none of them zero. No
    /// call, so that the loop over the tokens keeps its variables in registers.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(ReadOnlySpan<char> folded, int start, int length)
    {
        if (start + MaxLetters > folded.Length)
        {
            // The text's last characters: read one by one rather than past the span.
            ulong tail = 0;
            for (var i = 0; i < length; i++)
            {
                var c = folded[start + i];
                if (c >= 0x80)
                {
                    return 0;
                }

                tail |= (ulong)c << (i * 8);
            }

            return tail;
        }

        var chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(folded)), (nuint)start)
            & Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(s_lengthMasks), (nuint)(length * MaxLetters));
        return (chars & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero ? Vector128.Narrow(chars, chars).AsUInt64().ToScalar() : 0;
    }

    private static int Bit(bool value) => Unsafe.BitCast<bool, byte>(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong key, ulong multiplier) => (int)((key * multiplier) >> (64 - SlotBits));

    private static ushort[] LengthMasks()
    {
        var masks = new ushort[(MaxLetters + 1) * MaxLetters];
        for (var length = 0; length <= MaxLetters; length++)
        {
            masks.AsSpan(length * MaxLetters, length).Fill(0xFFFF);
        }

        return masks;
    }

    /// <summary>Tries multipliers from a fixed sequence until one puts every word in a slot of its own.</summary>
    private static (ulong[] Slots, ulong Multiplier) Build()
    {
        var keys = new ulong[Words.Length];
        for (var w = 0; w < Words.Length; w++)
        {
            var word = Words[w];
            if (word.Length > MaxLetters)
            {
                throw new InvalidOperationException($"'{word}' is longer than the {MaxLetters} letters the fast path looks up.");
            }

            for (var i = 0; i < word.Length; i++)
            {
                keys[w] |= (ulong)word[i] << (i * 8);
            }
        }

        var slots = new ulong[1 << SlotBits];
        var state = 0x9E3779B97F4A7C15UL;
        for (var attempt = 0; attempt < 1_000_000; attempt++)
        {
            var multiplier = NextMultiplier(ref state);
            Array.Clear(slots);
            var placed = true;
            foreach (var key in keys)
            {
                ref var slot = ref slots[Slot(key, multiplier)];
                if (slot != 0 && slot != key)
                {
                    placed = false;
                    break;
                }

                slot = key;
            }

            if (placed)
            {
                return (slots, multiplier);
            }
        }

        throw new InvalidOperationException("No multiplier gives the fast path's words a slot each.");
    }

    /// <summary>SplitMix64: a fixed, well-mixed sequence of odd multipliers.</summary>
    private static ulong NextMultiplier(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (z ^ (z >> 31)) | 1;
    }
}
