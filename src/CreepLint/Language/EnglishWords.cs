using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CreepLint.Text;

namespace CreepLint.Language;

/// <summary>
/// The identifier's fast path: a text whose first words include enough English function words is English, decided from
/// the tokens the matcher has already found, before any trigram is scored. Most English messages are decided here in a
/// few dozen nanoseconds, so identification costs English-only input next to nothing.
/// </summary>
/// <remarks>
/// The words are frequent in English and are not words of German, French, Spanish, Italian, Portuguese, Dutch or Polish
/// (so no <c>a</c>, <c>in</c>, <c>is</c>, <c>on</c>, <c>to</c>, <c>we</c>, <c>was</c>, <c>will</c>, <c>me</c>, <c>so</c>, <c>de</c>…):
/// a German, French or Spanish message with an English slogan in it does not reach <see cref="MinHits"/> at the density
/// <see cref="MaxWordsPerHit"/> asks. Text the fast path does not decide is scored as before.
/// </remarks>
internal static class EnglishWords
{
    /// <summary>English function words needed to decide: two are an English slogan heading a German, French or Spanish
    /// message ("Black Friday for you: …"), three are English prose.</summary>
    internal const int MinHits = 3;

    /// <summary>English function words that decide a text once all its opening words are read (a short English message:
    /// "Ok, call you when you get home"), at the same density.</summary>
    internal const int MinHitsAtEnd = 2;

    /// <summary>At most this many words per hit among those read so far: English prose has one in two or three.</summary>
    internal const int MaxWordsPerHit = 4;

    /// <summary>Words read at most: the opening of a message says which language it is in.</summary>
    internal const int MaxWords = 40;

    /// <summary>Longest word packed (5 bits a letter in a 64-bit key).</summary>
    private const int MaxLetters = 12;

    internal static readonly string[] Words =
    [
        "the", "you", "your", "yours", "and", "for", "with", "this", "that", "these", "those", "are", "have", "has", "had",
        "our", "ours", "it", "its", "at", "from", "can", "just", "what", "when", "where", "which", "who", "why", "how",
        "they", "their", "them", "been", "were", "would", "could", "should", "about", "there", "here", "get", "not", "all",
        "now", "out", "if", "up", "off", "than", "then", "some", "any", "only", "also", "because", "into", "over", "after",
        "before", "very", "make", "sure", "please", "thank", "thanks", "every",
    ];

    /// <summary>Open-addressed keys (0 = empty), 256 slots for under a hundred words: one probe for nearly every word.</summary>
    private static readonly ulong[] s_slots = Build();

    /// <summary>Whether the opening words of <paramref name="folded"/> (as <paramref name="tokens"/> delimit them) are English enough to decide.</summary>
    public static bool Decide(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens)
    {
        int words = 0, hits = 0;
        foreach (ref readonly var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (token.Length <= MaxLetters && (uint)token.Start + (uint)token.Length <= (uint)folded.Length
                && Contains(Key(folded.Slice(token.Start, token.Length))))
            {
                hits++;
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

    /// <summary>The word's letters a–z, 5 bits each, with its length on top; 0 when it has any other character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(ReadOnlySpan<char> word)
    {
        ulong key = (ulong)word.Length << 60;
        for (var i = 0; i < word.Length; i++)
        {
            var code = (uint)(word[i] - 'a');
            if (code >= 26u)
            {
                return 0;
            }

            key |= (ulong)(code + 1) << (i * 5);
        }

        return key;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Contains(ulong key)
    {
        if (key == 0)
        {
            return false;
        }

        ref var slots = ref MemoryMarshal.GetArrayDataReference(s_slots);
        for (var slot = Slot(key); ; slot = (slot + 1) & 255)
        {
            var found = Unsafe.Add(ref slots, slot);
            if (found == key)
            {
                return true;
            }

            if (found == 0)
            {
                return false;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 56);

    private static ulong[] Build()
    {
        var slots = new ulong[256];
        foreach (var word in Words)
        {
            var key = Key(word);
            var slot = Slot(key);
            while (slots[slot] != 0 && slots[slot] != key)
            {
                slot = (slot + 1) & 255;
            }

            slots[slot] = key;
        }

        return slots;
    }
}
