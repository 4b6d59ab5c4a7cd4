namespace CreepLint.Tests.Matching;

/// <summary>
/// Where an <c>unless</c> entry's words must lie to spare a finding: <c>within</c> on a near clause (its match on the
/// finding's words or at most that many words from them, in the sentence) and <c>outside</c> (the entry's words count
/// only where they are not the finding's own matched words).
/// </summary>
public sealed class UnlessPlacementTests
{
    private static readonly CreepLintEngine NearWithin = OneRule.Engine("XP101", "behavioral-detail", """
        phrases: ["you viewed"]
        unless:
          - near:
              terms: [[our], [shop]]
              within: 0
            within: 1
        """);

    private static readonly CreepLintEngine NearAnywhere = OneRule.Engine("XP102", "behavioral-detail", """
        phrases: ["you viewed"]
        unless:
          - near:
              terms: [[our], [shop]]
              within: 0
        """);

    [TestCase("You viewed our shop.")]
    [TestCase("Our shop you viewed.")]
    [TestCase("You viewed the our shop page.")]
    public void A_near_clause_within_the_distance_spares(string text) =>
        Assert.That(NearWithin.Lint(text).Findings, Is.Empty);

    [TestCase("You viewed the lamp again, and our shop is open late.")]
    [TestCase("Our shop is open late and yes, you viewed the lamp.")]
    public void A_near_clause_farther_than_within_does_not_spare(string text)
    {
        Assert.That(NearWithin.Lint(text).Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XP101" }));
        Assert.That(NearAnywhere.Lint(text).Findings, Is.Empty, "without within, anywhere in the sentence spares");
    }

    [Test]
    public void A_near_clause_with_within_counts_only_in_the_sentence()
    {
        Assert.That(NearWithin.Lint("You viewed. Our shop is open.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XP101" }));
    }

    private static readonly CreepLintEngine Outside = OneRule.Engine("XP201", "location-tracking", """
        phrases: ["after the concert"]
        unless:
          - phrases: [concert]
            outside: true
        """);

    private static readonly CreepLintEngine OnTheMatch = OneRule.Engine("XP202", "location-tracking", """
        phrases: ["after the concert"]
        unless:
          - concert
        """);

    [Test]
    public void An_outside_entry_does_not_spare_the_match_it_is_part_of()
    {
        const string text = "Home safe after the concert at 2am?";
        Assert.That(Outside.Lint(text).Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XP201" }));
        Assert.That(OnTheMatch.Lint(text).Findings, Is.Empty, "without outside, the match's own word spares it");
    }

    [TestCase("After the concert, grab the concert poster in our shop.")]
    [TestCase("Concert season: after the concert, the bar stays open.")]
    public void An_outside_entry_elsewhere_in_the_sentence_spares(string text) =>
        Assert.That(Outside.Lint(text).Findings, Is.Empty);

    [Test]
    public void Outside_goes_with_within()
    {
        var engine = OneRule.Engine("XP203", "location-tracking", """
            phrases: ["after the concert"]
            unless:
              - phrases: [concert]
                outside: true
                within: 1
            """);
        Assert.That(engine.Lint("Home after the concert at 2am? Concert photos are up.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XP203" }));
        Assert.That(engine.Lint("After the concert, then a concert poster for you.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XP203" }),
            "two words between: farther than within 1");
        Assert.That(engine.Lint("After the concert concert posters are half price.").Findings, Is.Empty);
    }

    private static readonly CreepLintEngine NearOutside = OneRule.Engine("XP204", "surveillance-language", """
        phrases: ["we noticed that"]
        unless:
          - near:
              terms: [["that our"], [team]]
              within: 3
            outside: true
        """);

    [Test]
    public void An_outside_near_clause_does_not_take_the_finding_s_words()
    {
        Assert.That(NearOutside.Lint("We noticed that our team page was slow for you.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XP204" }),
            "'that our' shares 'that' with the finding");
        Assert.That(NearOutside.Lint("We noticed that you left, and that our team missed you.").Findings, Is.Empty,
            "'that our' of its own words");
    }

    private static readonly CreepLintEngine NearOutsideParagraph = OneRule.Engine("XP205", "surveillance-language", """
        phrases: ["we noticed that"]
        unless:
          - near:
              terms: [["that our"], [team]]
              within: 3
            outside: true
            scope: paragraph
        """);

    [Test]
    public void An_outside_near_clause_in_the_paragraph_takes_other_sentences_but_not_the_finding_s_words()
    {
        Assert.That(NearOutsideParagraph.Lint("We noticed that our team page was slow. Sorry.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XP205" }),
            "'that our' shares 'that' with the finding");
        Assert.That(NearOutsideParagraph.Lint("We noticed that you left.\nSadly, that our team missed you is true.").Findings, Is.Empty,
            "another sentence of the paragraph, on words of its own");
        Assert.That(NearOutsideParagraph.Lint("Hello.\n\nKnow that our team is here. We noticed that you left.").Findings, Is.Empty,
            "before the finding, in its paragraph (not the message's first)");
        Assert.That(NearOutsideParagraph.Lint("Know that our team is here.\n\nWe noticed that you left.").Findings.Select(f => f.RuleId),
            Is.EqualTo(new[] { "XP205" }), "before the finding's paragraph");
        Assert.That(NearOutsideParagraph.Lint("We noticed that you left.\n\nSadly, that our team missed you is true.").Findings.Select(f => f.RuleId),
            Is.EqualTo(new[] { "XP205" }), "another paragraph");
    }

    [Test]
    public void A_pattern_s_near_clause_with_within_is_read_in_the_whole_sentence()
    {
        var engine = OneRule.Engine("XP206", "behavioral-detail", """
            patterns: ["viewed"]
            unless:
              - near:
                  terms: [[our], [shop]]
                  within: 0
                within: 1
            """);
        Assert.That(engine.Lint("You viewed the lamp again, and our shop is open late.").Findings, Is.Empty,
            "a pattern has no words to measure within from");
        Assert.That(engine.Lint("You viewed the lamp again. Our shop is open late.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XP206" }));
    }

    [TestCase("phrases: [x]\n    within: 2\n    scope: message")]
    [TestCase("phrases: [x]\n    within: 2\n    scope: paragraph")]
    [TestCase("phrases: [x]\n    scope: chapter")]
    public void Misplaced_keys_are_errors(string entry)
    {
        var body = "phrases: [\"you viewed\"]\nunless:\n  - " + entry;
        var error = Assert.Throws<RuleLoadException>(() => OneRule.Engine("XP301", "behavioral-detail", body));
        Assert.That(error!.Diagnostics.Select(d => d.Code), Does.Contain("CL0015"));
    }
}
