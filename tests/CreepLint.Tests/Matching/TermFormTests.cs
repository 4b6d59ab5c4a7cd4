namespace CreepLint.Tests.Matching;

/// <summary>
/// How a term is read against the text: a phrase that ends in "you" after a clause opener also reads the reader's
/// contractions ("when you" reads "when you're"), and a token class written against the next word ("&lt;number&gt;m from")
/// reads as the text is split.
/// </summary>
public sealed class TermFormTests
{
    private static readonly CreepLintEngine Clause = OneRule.Engine("XT101", "surveillance-language", "phrases: [\"we know exactly when you\", \"we can see that you\"]");

    private static readonly CreepLintEngine DefaultRules = CreepLintEngine.CreateBuilder().WithoutModel().Build();

    private static readonly CreepLintEngine Object = OneRule.Engine("XT102", "surveillance-language", "phrases: [\"keep watching you\", \"made for you\"]");

    [TestCase("We know exactly when you're home.", "We know exactly when you're")]
    [TestCase("We know exactly when you've been out.", "We know exactly when you've")]
    [TestCase("We know exactly when youre home.", "We know exactly when youre")]
    [TestCase("We can see that you're busy.", "We can see that you're")]
    [TestCase("We know exactly when you leave.", "We know exactly when you")]
    public void A_clause_opener_before_you_reads_its_contractions(string text, string excerpt) =>
        Assert.That(Clause.Lint(text).Findings.Select(f => f.Excerpt), Is.EqualTo(new[] { excerpt }));

    [TestCase("We know exactly when you'll love it.")]
    [TestCase("We know exactly when you'd like it.")]
    public void Will_and_would_are_not_read(string text) =>
        Assert.That(Clause.Lint(text).Findings, Is.Empty);

    [TestCase("Keep watching: you're halfway through Episode 3.")]
    [TestCase("Keep watching you're nearly at the end.")]
    [TestCase("Made for: you're going to love it.")]
    public void After_a_verb_or_a_preposition_you_is_an_object_and_the_contraction_opens_the_next_clause(string text) =>
        Assert.That(Object.Lint(text).Findings, Is.Empty);

    [Test]
    public void Only_the_last_word_is_read_so_you_past_does_not_read_youre_invited()
    {
        var engine = OneRule.Engine("XT103", "behavioral-detail", "phrases: [\"when you <past>\"]");
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("Remember when you lingered on the ring page?").Findings, Has.Length.EqualTo(1));
            Assert.That(engine.Lint("Remember when you're invited to the party?").Findings, Is.Empty);
        });
    }

    [TestCase("<number>m from", "You're 200m from our store.", "200m from")]
    [TestCase("<number>m from", "You're 200 m from our store.", "200 m from")]
    [TestCase("a <number>-year-old", "A 45-year-old like you.", "A 45-year-old")]
    [TestCase("<number>-day streak", "Your 12-day streak!", "12-day streak")]
    public void A_class_written_against_the_next_word_reads_as_the_text_splits(string term, string text, string excerpt)
    {
        var engine = OneRule.Engine("XT104", "location-tracking", $"phrases: [\"{term}\"]");
        Assert.That(engine.Lint(text).Findings.Select(f => f.Excerpt), Is.EqualTo(new[] { excerpt }));
    }

    [TestCase("your <number> look", "That's your 4th look at the sofa.", "your 4th look")]
    [TestCase("your <number> look", "That's your 21st look at the sofa.", "your 21st look")]
    public void An_ordinal_is_one_number(string term, string text, string excerpt)
    {
        var engine = OneRule.Engine("XT105", "behavioral-detail", $"phrases: [\"{term}\"]");
        Assert.That(engine.Lint(text).Findings.Select(f => f.Excerpt), Is.EqualTo(new[] { excerpt }));
    }

    [Test]
    public void The_default_pack_reads_a_disclaimer_as_a_denial()
    {
        var engine = DefaultRules;
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("About this ad: we didn't use your browsing history or your location to pick it.").Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(engine.Lint("We don't use your browsing or your location to decide what goes in this email.").Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(engine.Lint("This price was calculated from your browsing history.").Verdict, Is.Not.EqualTo(Verdict.Pass));
        });
    }

    [TestCase("Our nurses answer by phone every weekday. Nothing you tell us is shared with your GP or insurer unless you ask us to.")]
    [TestCase("Share a list with the people you pick. Nothing is public unless you say so.")]
    [TestCase("Our system shows a firmware update is available for your router; it installs overnight.")]
    [TestCase("Your test results are available in the patient portal. Log in to view them.")]
    public void The_default_pack_reads_a_privacy_promise_or_a_service_notice_as_ordinary(string text) =>
        Assert.That(DefaultRules.Lint(text).Verdict, Is.EqualTo(Verdict.Pass));

    [TestCase("Your GP shared your records with us. Nothing is shared with your employer.")]
    [TestCase("Our system shows you browsed divorce lawyers at 2am. A software update is available.")]
    public void A_promise_or_notice_in_another_sentence_does_not_excuse_a_claim(string text) =>
        Assert.That(DefaultRules.Lint(text).Verdict, Is.Not.EqualTo(Verdict.Pass));
}

/// <summary><c>span: first</c>: the finding is the first set's words, and a context signal over a condition set still applies.</summary>
public sealed class SpanFirstTests
{
    private const string Lexicons = "lexicons:\n  reader-words: [you, your]\ncontext:\n  - lexicon: reader-words\n    factor: 1.2\n";

    private static CreepLintEngine EngineWith(string span) =>
        CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules(Lexicons + $$"""
            rules:
              - id: XS101
                name: test-span
                category: surveillance-language
                severity: warning
                confidence: 50
                message: "m"
                why: "w"
                suggestion: "s"
                near:
                  - terms: [[we noticed], "@reader-words"]
                    within: 6
            {{span}}
            """, "span.yaml").Build();

    [Test]
    public void The_finding_is_the_first_sets_words_and_keeps_the_condition_sets_context()
    {
        var first = EngineWith("        span: first").Lint("We noticed you like rakes.").Findings.Single();
        var all = EngineWith(string.Empty).Lint("We noticed you like rakes.").Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.Excerpt, Is.EqualTo("We noticed"));
            Assert.That(first.Score, Is.EqualTo(60), "50 × the reader's 1.2: the reader is a condition, not what the rule matched on");
            Assert.That(all.Excerpt, Is.EqualTo("We noticed you"));
            Assert.That(all.Score, Is.EqualTo(50), "the rule scans the reader's words, so their context does not apply");
        });
    }

    [Test]
    public void The_condition_sets_must_still_match() =>
        Assert.That(EngineWith("        span: first").Lint("We noticed strikes are planned at the airport.").Findings, Is.Empty);
}
