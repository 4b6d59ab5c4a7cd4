namespace CreepLint.Tests.Matching;

/// <summary>
/// An <c>unless</c> entry with <c>within</c> cancels a match only when its phrase lies within that many words of the words
/// matched (or on them), in the same sentence; without it, the phrase anywhere in the sentence cancels.
/// </summary>
public sealed class UnlessWithinTests
{
    private static readonly CreepLintEngine Near = OneRule.Engine("XU101", "behavioral-detail", """
        near:
          terms: [[you viewed], ["at <time>"]]
          within: 2
        unless:
          - phrases: [until, from]
            within: 1
        """);

    private static readonly CreepLintEngine Sentence = OneRule.Engine("XU102", "behavioral-detail", """
        near:
          terms: [[you viewed], ["at <time>"]]
          within: 2
        unless:
          - until
        """);

    [TestCase("The lamp you viewed at 10:52 is half price until midnight.")]
    [TestCase("Until Sunday, the lamp you viewed at 10:52 is half price.")]
    [TestCase("You viewed at 10:52. Open until 6pm.")]
    public void A_phrase_farther_than_within_does_not_cancel(string text) =>
        Assert.That(Near.Lint(text).Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XU101" }));

    [TestCase("You viewed at 10:52 until noon.")]
    [TestCase("You viewed at 10:52 from home.")]
    [TestCase("Until you viewed at 10:52 we had none.")]
    public void A_phrase_within_the_distance_or_next_to_the_match_cancels(string text) =>
        Assert.That(Near.Lint(text).Findings, Is.Empty);

    [Test]
    public void Without_within_the_phrase_anywhere_in_the_sentence_cancels()
    {
        Assert.That(Sentence.Lint("The lamp you viewed at 10:52 is half price until midnight.").Findings, Is.Empty);
        Assert.That(Sentence.Lint("The lamp you viewed at 10:52 is half price. Open until midnight.").Findings.Select(f => f.RuleId),
            Is.EqualTo(new[] { "XU102" }));
    }

    [Test]
    public void Within_counts_words_between_the_phrase_and_the_match()
    {
        var engine = OneRule.Engine("XU103", "behavioral-detail", """
            phrases: ["you viewed it"]
            unless:
              - phrases: [sale]
                within: 2
            """);
        Assert.That(engine.Lint("You viewed it, big sale.").Findings, Is.Empty, "one word between: within 2");
        Assert.That(engine.Lint("You viewed it, a big sale.").Findings, Is.Empty, "two words between: within 2");
        Assert.That(engine.Lint("You viewed it, and a big sale.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XU103" }),
            "three words between");
    }
}
