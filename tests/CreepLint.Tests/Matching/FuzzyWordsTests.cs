using CreepLint.Matching;

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
}
