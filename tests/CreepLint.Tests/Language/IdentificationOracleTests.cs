using System.Runtime.Intrinsics;
using System.Text.Json;
using CreepLint.Language;
using CreepLint.Tests.Evaluation;
using CreepLint.Text;

namespace CreepLint.Tests.Language;

/// <summary>
/// Identification's fast code against plain reference code written from its definition: the English fast path
/// (<see cref="EnglishWords.Decide"/>: a word lookup by one vector load and a perfect hash) and the trigram scores
/// (<see cref="LanguageIdentifier.Score"/>: 16-bit word sums, no call in the loop) must give exactly what a string set
/// and a scalar sum of table entries give, on every text of the corpora (English, German, French, Spanish, real SMS,
/// markup) and on the edge cases the fast code treats apart (the text's last word, non-ASCII words, long words, tags).
/// </summary>
public sealed class IdentificationOracleTests
{
    private static readonly sbyte[] s_table = LanguageIdentifier.Table.ToArray();

    private static readonly HashSet<string> s_words = new(EnglishWords.Words, StringComparer.Ordinal);

    private static readonly string[] s_edgeCases =
    [
        "the", "you and the", "Thanks for that, you", "for you and the thé", "ťhe yоu аnd", "the\u0000 you and",
        "becausee the you and", "because the you and for", "the you and for this that these those",
        "thanks!!! the-you and/for <b>this</b> that", "<div class=\"x\">the you and</div> for", "a <b < c > the you",
        "ok lar joking wif u oni the", new string('a', 40) + " the you and", "ßtraße the you", "you'll you're the and",
        "x y z w the v u t s and r q p o for", "Ｔｈｅ ｙｏｕ ａｎｄ", "the 12 you 3 and 4 for",
    ];

    private static IEnumerable<string> Texts()
    {
        foreach (var file in new[] { "sms-spam.tsv", "sms-ham.tsv" })
        {
            foreach (var line in File.ReadLines(RepositoryFiles.Path("tests", "CreepLint.Tests", "Data", file)).Where(l => !l.StartsWith('#')))
            {
                yield return line.Split('\t', 2)[^1];
            }
        }

        var corpus = RepositoryFiles.Path("samples", "corpus");
        foreach (var file in Directory.EnumerateFiles(corpus, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var item = JsonDocument.Parse(line);
                if (item.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value)
                {
                    yield return value;
                }
            }
        }

        foreach (var text in s_edgeCases)
        {
            yield return text;
        }
    }

    [Test]
    public void Fast_path_decides_exactly_what_a_lookup_of_every_word_decides()
    {
        var checkedTexts = 0;
        var decided = 0;
        Assert.Multiple(() =>
        {
            foreach (var text in Texts())
            {
                var (folded, tokens) = PreparedText.Of(text, TextExtractor.LooksLikeHtml(text));
                var expected = ReferenceDecide(folded, tokens);
                Assert.That(EnglishWords.Decide(folded, tokens), Is.EqualTo(expected), text);
                checkedTexts++;
                decided += expected ? 1 : 0;
            }
        });

        // Both outcomes occur often, so agreement is not agreement on one answer.
        Assert.That(decided, Is.GreaterThan(checkedTexts / 5).And.LessThan(checkedTexts * 4 / 5));
    }

    [Test]
    public void Trigram_scores_equal_a_scalar_sum_of_table_entries()
    {
        Assert.Multiple(() =>
        {
            foreach (var text in Texts())
            {
                var (folded, _) = PreparedText.Of(text, TextExtractor.LooksLikeHtml(text));
                foreach (var mayStop in new[] { true, false })
                {
                    var (expected, expectedTrigrams) = ReferenceScore(folded, mayStop);
                    var sum = LanguageIdentifier.Score(folded, mayStop, out var trigrams);
                    var actual = Enumerable.Range(0, 8).Select(lane => sum.GetElement(lane)).ToArray();
                    Assert.That((actual, trigrams), Is.EqualTo((expected, expectedTrigrams)), text);
                }
            }
        });
    }

    /// <summary>The fast path's definition: among the first words, enough of <see cref="EnglishWords.Words"/> at the density asked.</summary>
    private static bool ReferenceDecide(string folded, Token[] tokens)
    {
        int words = 0, hits = 0;
        foreach (var token in tokens.Where(t => t.Kind == TokenKind.Word))
        {
            words++;
            if (token.Start + token.Length <= folded.Length && s_words.Contains(folded.Substring(token.Start, token.Length)))
            {
                hits++;
                if (hits >= EnglishWords.MinHits && hits * EnglishWords.MaxWordsPerHit >= words)
                {
                    return true;
                }
            }

            if (words >= EnglishWords.MaxWords)
            {
                break;
            }
        }

        return hits >= EnglishWords.MinHitsAtEnd && hits * EnglishWords.MaxWordsPerHit >= words;
    }

    /// <summary>
    /// The scores' definition, one trigram at a time: words are runs of a–z, each counted with its opening trigram
    /// (previous word's last letter, boundary, first letter) and closing one unless longer than
    /// <see cref="LanguageIdentifier.MaxWordLetters"/>; tags are skipped; the scan may stop at a word's end once
    /// English leads by <see cref="LanguageIdentifier.EarlyLead"/>, checked from <see cref="LanguageIdentifier.FirstCheck"/> trigrams on.
    /// </summary>
    private static (int[] Sums, int Trigrams) ReferenceScore(string folded, bool mayStop)
    {
        var text = folded.Length > LanguageIdentifier.MaxChars ? folded[..LanguageIdentifier.MaxChars] : folded;
        var sums = new int[8];
        var word = new int[8];
        int count = 0, check = mayStop ? LanguageIdentifier.FirstCheck : int.MaxValue, letters = 0, prev2 = 0, prev1 = 0;
        void Add(int[] into, int a, int b, int c)
        {
            for (var lane = 0; lane < 8; lane++)
            {
                into[lane] += s_table[(((((a * 27) + b) * 27) + c) * 8) + lane];
            }
        }

        void EndWord()
        {
            Add(word, prev2, prev1, 0);
            for (var lane = 0; lane < 8; lane++)
            {
                sums[lane] += word[lane];
            }

            count += letters + 1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z')
            {
                letters++;
                Add(word, prev2, prev1, c - 'a' + 1);
                (prev2, prev1) = (prev1, c - 'a' + 1);
                continue;
            }

            if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/'))
            {
                var close = text.IndexOfAny(['>', '<'], i + 1);
                i = close >= 0 && text[close] == '>' ? close : i;
            }

            if (prev1 == 0)
            {
                continue;
            }

            if (letters <= LanguageIdentifier.MaxWordLetters)
            {
                EndWord();
                prev2 = prev1;
            }
            else
            {
                prev2 = 0;
            }

            Array.Clear(word);
            (letters, prev1) = (0, 0);
            if (count >= check)
            {
                var bar = sums[0] - (int)(LanguageIdentifier.EarlyLead * LanguageIdentifier.Scale);
                if (sums.Skip(1).All(s => s <= bar))
                {
                    return (sums, count);
                }

                check = count + 16;
            }
        }

        if (prev1 != 0 && letters <= LanguageIdentifier.MaxWordLetters)
        {
            EndWord();
        }

        return (sums, count);
    }
}
