using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Tests.Matching;

/// <summary>Misspelt attribute words ("pregant", "diabetis") match as the word; real words one edit away mostly do not.</summary>
public sealed class FuzzyWordsTests
{
    [TestCase("pregant", "pregnant", true, TestName = "A letter left out")]
    [TestCase("pregnnant", "pregnant", true, TestName = "A letter added")]
    [TestCase("pregnatn", "pregnant", true, TestName = "Two neighbours swapped")]
    [TestCase("diabetis", "diabetes", true, TestName = "A letter changed in a long word")]
    [TestCase("lovely", "lonely", false, TestName = "A letter changed in a six-letter word is not a typo")]
    [TestCase("stories", "tories", false, TestName = "The first letter never changes (added)")]
    [TestCase("tasting", "fasting", false, TestName = "The first letter never changes (changed)")]
    [TestCase("pregnant", "pregnant", false, TestName = "The word itself is no edit")]
    [TestCase("preggers", "pregnant", false, TestName = "Two edits are too many")]
    public void One_edit_after_the_first_letter(string token, string word, bool close) =>
        Assert.That(FuzzyWords.OneEditApart(token, word), Is.EqualTo(close));

    [Test]
    public void A_token_stands_for_every_word_one_edit_away()
    {
        var words = new FuzzyWords([("diabetes", 1), ("diabetic", 2), ("divorce", 3), ("anxiety", 4), ("sober", 5)]);
        int[] Match(string token)
        {
            var ids = new int[4];
            return ids[..words.Match(token, ids)];
        }

        Assert.Multiple(() =>
        {
            Assert.That(words.Count, Is.EqualTo(4), "words shorter than six letters are left out");
            Assert.That(Match("diabetis"), Is.EquivalentTo(new[] { 1, 2 }));
            Assert.That(Match("divorse"), Is.EqualTo(new[] { 3 }));
            Assert.That(Match("anxeity"), Is.EqualTo(new[] { 4 }));
            Assert.That(Match("sobber"), Is.Empty);
            Assert.That(Match("holiday"), Is.Empty);
        });
    }

    [TestCase("We know you're pregant! Cribs are 20% off.", "CL1001")]
    [TestCase("Your diabetis is no reason to give up dessert.", "CL1002")]
    [TestCase("Going through a divorse? Our lawyers can help.", "CL1011")]
    public void The_engine_reads_a_misspelt_trait_as_the_trait(string text, string rule) =>
        Assert.That(CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build().Lint(text).Findings.Select(f => f.RuleId), Does.Contain(rule));

    [TestCase("Your stories are waiting: two new chapters this week.")]
    [TestCase("Our tasting evening is every Tuesday at 5pm.")]
    [TestCase("Lady Gaga, the singer, is on tour.")]
    [TestCase("Protect yourself from phishing: we never ask for your password.")]
    public void Real_words_near_an_attribute_word_are_not_read_as_it(string text) =>
        Assert.That(CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build().Lint(text).Findings, Is.Empty);

    /// <summary>
    /// The scan asks a per-thread cache whether a word is a misspelling, behind filters on its first and last letters; this
    /// holds the cached answer, cold and warm, equal to comparing the word with every eligible word of the default pack,
    /// for every word one slip from one of them (and the real words near them), so that the cache and the filters change
    /// speed only. Sets of the cache are shared by many of these words, so evictions and hits in either way are exercised.
    /// </summary>
    [Test]
    public void The_cached_verdict_is_the_comparison_with_every_eligible_word()
    {
        var fuzzy = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build().RuleSet.Table.Fuzzy;
        var real = EmbeddedWordList.Load(FuzzyWords.RealWordsResource);
        var tokens = fuzzy.Words.SelectMany(Slips).Concat(real).Concat(fuzzy.Words).Append("pregnant's").Append("prégnant")
            .Distinct(StringComparer.Ordinal).ToArray();
        bool Expected(string token) =>
            token.Length >= FuzzyWords.MinLength && token.All(char.IsAsciiLetterLower) && !real.Contains(token)
            && fuzzy.Words.Any(w => FuzzyWords.OneEditApart(token, w));

        var expected = tokens.ToDictionary(t => t, Expected, StringComparer.Ordinal);
        var cache = new FuzzyWords.PackedCache(fuzzy);
        var chars = new char[32];
        var wrong = new List<string>();
        var order = tokens.Concat(Enumerable.Repeat(tokens.Where((_, i) => i % 16 == 0), 3).SelectMany(t => t));
        foreach (var token in order)
        {
            token.CopyTo(chars);
            var packed = WordTable.TryPack(chars, 0, token.Length, out var key);
            if (cache.IsMisspelt(token) != expected[token] || (packed && token.Length >= FuzzyWords.MinLength && cache.IsMisspelt(key, token.Length) != expected[token]))
            {
                wrong.Add(token);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(tokens, Has.Length.GreaterThan(50_000), "every slip of every eligible word");
            Assert.That(expected.Count(p => p.Value), Is.GreaterThan(10_000), "many slips are misspellings");
            Assert.That(wrong.Distinct(), Is.Empty);
        });
    }

    /// <summary>Every word one slip from <paramref name="word"/> after its first letter: a letter left out, added, changed, or two neighbours swapped.</summary>
    private static IEnumerable<string> Slips(string word)
    {
        for (var i = 1; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                yield return word.Remove(i, 1);
            }

            if (i + 1 < word.Length)
            {
                yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
            }

            for (var c = 'a'; c <= 'z'; c++)
            {
                yield return word.Insert(i, c.ToString());
                if (i < word.Length && c != word[i])
                {
                    yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
                }
            }
        }
    }
}
