using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CreepLint.Text;

namespace CreepLint.Language;

/// <summary>
/// Tells which language a message is written in: a naive Bayes model over the letter trigrams of its folded text
/// (word-padded, so word starts and ends count), trained when first used from the short texts embedded under
/// <c>Language/Training/</c>, one per language; and, for text mostly in another script, the script itself.
/// </summary>
/// <remarks>
/// Fails towards English for little evidence: a text with fewer than <see cref="MinTrigrams"/> letter trigrams, or one
/// where no other language beats English by <see cref="BaseMargin"/> plus <see cref="MarginPerTrigram"/> per trigram, is
/// read as English, so short English texts (SMS, subject lines, slang) are not taken for foreign ones. Only the first
/// <see cref="MaxChars"/> characters are read. Allocation-free and thread-safe after the model is built.
/// </remarks>
internal static class LanguageIdentifier
{
    /// <summary>The language a text is read as when the evidence for any other is too weak.</summary>
    public const string Fallback = "en";

    /// <summary>Below this many letter trigrams a text is too short to tell apart from English.</summary>
    internal const int MinTrigrams = 12;

    /// <summary>How much more likely (natural log) another language must be than English, whatever the length.</summary>
    internal const float BaseMargin = 12f;

    /// <summary>Extra margin per trigram read, so a long English text with foreign names does not tip over.</summary>
    internal const float MarginPerTrigram = 0.02f;

    /// <summary>How far ahead of every other language English must be for the scan to stop early: further text
    /// essentially never overturns a lead this size, and most English messages reach it within a few dozen letters.</summary>
    internal const float EarlyLead = 16f;

    /// <summary>Trigrams read before the first early-stop check: enough that an English slogan heading a German, French or
    /// Spanish message ("Black Friday for you: …") does not decide it.</summary>
    internal const int FirstCheck = 64;

    /// <summary>Longer letter runs are not words of any language read here (German compounds stay under it): they are
    /// left out of the scores, so a hash, a run of one letter or a minified blob cannot make a text foreign.</summary>
    internal const int MaxWordLetters = 30;

    /// <summary>Characters read: a whole SMS, or the start of an email, which says as much as the rest about its language.</summary>
    internal const int MaxChars = 1200;

    /// <summary>Symbols of the trigram alphabet: a word boundary, then a–z.</summary>
    private const int Alphabet = 27;

    /// <summary>The languages the model tells apart, in lane order; one vector lane each.</summary>
    internal static readonly string[] Languages = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"];

    /// <summary>Table entries are log-probabilities × this, rounded to <see cref="sbyte"/>: a table of 160 KB whose hot
    /// rows stay in the first-level cache, where floats (630 KB) cost English messages a tenth of their throughput.</summary>
    internal const float Scale = 8f;

    private static readonly Lazy<sbyte[]> s_table = new(Train);

    /// <summary>The trained table: for trigram <c>t</c> (symbols <c>a, b, c</c>, 0 a boundary and 1–26 the letters,
    /// <c>t = (a × 27 + b) × 27 + c</c>), entry <c>t × 8 + lane</c> is its scaled log-probability in <see cref="Languages"/>[lane].</summary>
    internal static ReadOnlySpan<sbyte> Table => s_table.Value;

    /// <summary>The language of <paramref name="folded"/>, text folded by <see cref="CharFolding"/> (lower case, no
    /// diacritics), whose <paramref name="tokens"/> the tokenizer has found in <paramref name="source"/>.</summary>
    /// <remarks>Text that opens with enough English function words is English at once (<see cref="EnglishWords"/>). Scripts
    /// are counted in the source, since folding turns look-alike letters (Cyrillic <c>а</c>, Greek <c>ο</c>) into Latin ones.</remarks>
    public static string Identify(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> source)
    {
        if (EnglishWords.Decide(folded, tokens))
        {
            return Fallback;
        }

        var (latin, other, firstOther, kana) = CountScripts(tokens, source);
        var sum = Score(folded, other == 0, out var trigrams);

        // Another script decides when it has a quarter of the letters, unless the Latin letters are the most and read
        // clearly as English (an English message with a greeting in Hebrew or Arabic is English).
        if (other >= 3 && other * 4 >= latin + other && !(latin > other && EnglishLeads(sum)))
        {
            return kana ? "ja" : Scripts.Tag(firstOther);
        }

        if (trigrams < MinTrigrams)
        {
            return Fallback;
        }

        var scores = Vector256.ConvertToSingle(sum) / Scale;
        var best = 0;
        for (var lane = 1; lane < Languages.Length; lane++)
        {
            if (scores[lane] > scores[best])
            {
                best = lane;
            }
        }

        return best != 0 && scores[best] - scores[0] > BaseMargin + (MarginPerTrigram * trigrams) ? Languages[best] : Fallback;
    }

    /// <summary>Letters of the text's words, up to <see cref="MaxChars"/> of them: Latin, and in any other script (the first
    /// such letter, and whether any is kana). Text whose source is all ASCII is Latin without a look.</summary>
    private static (int Latin, int Other, char FirstOther, bool Kana) CountScripts(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> source)
    {
        if (!source.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return (1, 0, '\0', false);
        }

        int latin = 0, other = 0;
        var firstOther = '\0';
        var kana = false;
        foreach (ref readonly var token in tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Name or TokenKind.Person) || (uint)token.SourceEnd > (uint)source.Length || token.SourceStart > token.SourceEnd)
            {
                continue;
            }

            foreach (var c in source[token.SourceStart..token.SourceEnd])
            {
                if (!char.IsLetter(c))
                {
                    continue;
                }

                if (c < '\u0250')
                {
                    latin++; // Basic and extended Latin.
                }
                else
                {
                    firstOther = other++ == 0 ? c : firstOther;
                    kana |= c is >= '\u3040' and <= '\u30FF';
                }
            }

            if (latin + other >= MaxChars)
            {
                break;
            }
        }

        return (latin, other, firstOther, kana);
    }

    /// <summary>The log-likelihood of <paramref name="folded"/> in each language of <see cref="Languages"/>, by lane.</summary>
    /// <param name="folded">Folded text.</param>
    /// <param name="mayStop">Whether the scan may stop once English leads by <see cref="EarlyLead"/> (not when another script is present).</param>
    /// <param name="trigrams">How many trigrams were read.</param>
    /// <remarks>Only prose counts: a word longer than <see cref="MaxWordLetters"/> letters (a run of one letter, a hash, a
    /// minified blob) adds nothing, and neither do letters inside something shaped like a tag (<c>&lt;div&gt;</c> in text read
    /// as plain), so text with little real prose has few trigrams and is read as English.</remarks>
    internal static Vector256<int> Score(ReadOnlySpan<char> folded, bool mayStop, out int trigrams)
    {
        // The loop makes no call, so the accumulators stay in registers (a call would spill them to the stack on every
        // letter), and a word's trigrams add up in 16-bit lanes, widened once per word: a word that counts has at most
        // MaxWordLetters + 1 trigrams of at least sbyte.MinValue each, well within a short.
        ref var table = ref MemoryMarshal.GetArrayDataReference(s_table.Value);
        var sum = Vector256<int>.Zero;
        var word = Vector128<short>.Zero;
        int count = 0, check = mayStop ? FirstCheck : int.MaxValue, letters = 0, prev2 = 0, prev1 = 0;
        var text = folded.Length > MaxChars ? folded[..MaxChars] : folded;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var code = (uint)(c - 'a') < 26u ? c - 'a' + 1 : 0;
            if (code == 0)
            {
                if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/'))
                {
                    i = TagEnd(text, i); // A tag: its name and attributes are not prose.
                }

                if (prev1 == 0)
                {
                    continue;
                }

                // The word ends: it counts with its closing boundary unless it is too long to be one. The next word's first
                // trigram spans the boundary (last letter, boundary, first letter), as in training.
                if (letters <= MaxWordLetters)
                {
                    word += Row(ref table, ((prev2 * Alphabet) + prev1) * Alphabet);
                    sum += Vector256.WidenLower(word.ToVector256Unsafe());
                    count += letters + 1;
                    prev2 = prev1;
                }
                else
                {
                    prev2 = 0;
                }

                word = Vector128<short>.Zero;
                letters = 0;
                prev1 = 0;
                if (count >= check)
                {
                    if (EnglishLeads(sum))
                    {
                        prev2 = 0; // Decided: nothing more is read.
                        break;
                    }

                    check = count + 16;
                }

                continue;
            }

            letters++;
            word += Row(ref table, (((prev2 * Alphabet) + prev1) * Alphabet) + code);
            prev2 = prev1;
            prev1 = code;
        }

        if (prev1 != 0 && letters <= MaxWordLetters)
        {
            word += Row(ref table, ((prev2 * Alphabet) + prev1) * Alphabet);
            sum += Vector256.WidenLower(word.ToVector256Unsafe());
            count += letters + 1;
        }

        trigrams = count;
        return sum;
    }

    /// <summary>Where a tag opening at <paramref name="open"/> ends (its <c>&gt;</c>), or <paramref name="open"/> when another
    /// <c>&lt;</c> or the end of the text comes first. A plain loop: tags are rare in text read here, and a call would cost
    /// every letter of <see cref="Score"/> its registers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TagEnd(ReadOnlySpan<char> text, int open)
    {
        for (var j = open + 1; j < text.Length; j++)
        {
            var t = text[j];
            if (t == '>')
            {
                return j;
            }

            if (t == '<')
            {
                break;
            }
        }

        return open;
    }

    /// <summary>One trigram's eight scaled log-probabilities, widened to 16-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> Row(ref sbyte table, int trigram) =>
        Vector128.WidenLower(Vector128.LoadUnsafe(ref table, (nuint)trigram * 8));

    /// <summary>Whether English (lane 0) leads every other language by <see cref="EarlyLead"/>: only lane 0 is above
    /// English's score less the lead.</summary>
    private static bool EnglishLeads(Vector256<int> sum) =>
        Vector256.GreaterThan(sum, Vector256.Create(sum.GetElement(0) - (int)(EarlyLead * Scale))).ExtractMostSignificantBits() == 1u;

    /// <summary>Counts each language's trigrams in its training text and turns them into smoothed log-probabilities.</summary>
    private static sbyte[] Train()
    {
        const double alpha = 0.5;
        const int size = Alphabet * Alphabet * Alphabet;
        var table = new sbyte[(size * 8) + 8]; // Padded: a row is read with a 16-byte load.
        var counts = new int[size];
        for (var lane = 0; lane < Languages.Length; lane++)
        {
            Array.Clear(counts);
            var folded = FoldedTraining(Languages[lane]);
            int prev2 = 0, prev1 = 0, total = 0;
            foreach (var c in folded)
            {
                var code = (uint)(c - 'a') < 26u ? c - 'a' + 1 : 0;
                if (code == 0 && prev1 == 0)
                {
                    continue;
                }

                counts[(((prev2 * Alphabet) + prev1) * Alphabet) + code]++;
                total++;
                prev2 = prev1;
                prev1 = code;
            }

            var denominator = Math.Log(total + (alpha * size));
            for (var t = 0; t < size; t++)
            {
                table[(t * 8) + lane] = (sbyte)Math.Clamp(Math.Round((Math.Log(counts[t] + alpha) - denominator) * Scale), sbyte.MinValue, 0);
            }
        }

        return table;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FoldedTraining(string language)
    {
        var name = $"CreepLint.Language.Training.{language}.txt";
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the CreepLint assembly.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var folded = new System.Text.StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            folded.Append(CharFolding.Fold(c));
        }

        return folded.Append(' ').ToString();
    }
}
