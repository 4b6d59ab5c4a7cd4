namespace CreepLint.Tests.Text;

/// <summary>
/// A first name and a surname that open a sentence ("Tom Becker bought…") are <c>&lt;person&gt;</c>, someone other than
/// the reader, so a rule can catch a named person's purchase broadcast to the reader; title-case copy, a sender's name
/// before a colon, noun phrases and the reader's own name are not.
/// </summary>
public sealed class PersonTests
{
    private static readonly CreepLintEngine s_engine = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules(
        """
        rules:
          - id: TST001
            name: person-bought
            category: undisclosed-source
            severity: warning
            confidence: 60
            message: "m '{match}'"
            why: "w"
            suggestion: "s"
            near:
              terms: ["<person>", ["bought", "viewed"]]
              within: 6
              ordered: true
          - id: TST002
            name: word-becker
            category: undisclosed-source
            severity: warning
            confidence: 60
            message: "m '{match}'"
            why: "w"
            suggestion: "s"
            phrases: ["becker"]
        """, "probe.yaml").Build();

    [TestCase("Tom Becker bought a ring from Gemshop.", "Tom Becker bought")]
    [TestCase("Mrs Lee bought tickets for Friday.", "Mrs Lee bought")]
    [TestCase("Jane Doe, 34, of Bristol viewed your profile.", "Jane Doe, 34, of Bristol viewed")]
    [TestCase("Shared to your feed. Priya Nair bought the Aurora pillow.", "Priya Nair bought")]
    [TestCase("Nice! Tom Becker and 4 other friends viewed this.", "Tom Becker and 4 other friends viewed")]
    public void A_named_person_opening_a_sentence_is_a_person(string text, string excerpt)
    {
        var findings = s_engine.Lint(text).Findings.Where(f => f.RuleId == "TST001").ToList();
        Assert.That(findings.Select(f => text.Substring(f.Offset, f.Length)), Is.EqualTo(new[] { excerpt }));
    }

    [TestCase("Customers Also Bought These Items.")]
    [TestCase("Beacon Digital: 8,225 people bought the Oslo phone.")]
    [TestCase("The Ember trail shoes are the most bought item this year.")]
    [TestCase("Hi Anna Lee, everyone bought one.")]
    [TestCase("Everyone bought one, Anna.")]
    [TestCase("Last week we bought Tom Becker a gift.")]
    [TestCase("New York bought into the idea.")]
    [TestCase("Across Wales households bought our Fix 24 tariff.")] // a preposition of place opens the sentence, not a name
    [TestCase("Near Westfield everyone bought one.")]
    [TestCase("More from the author of a book you bought: Mira Calloway's new novel is out.")]
    public void Title_case_senders_noun_phrases_and_the_reader_are_not_persons(string text)
    {
        Assert.That(s_engine.Lint(text).Findings.Where(f => f.RuleId == "TST001"), Is.Empty);
    }

    [Test]
    public void A_person_still_matches_terms_for_its_word()
    {
        Assert.That(s_engine.Lint("Tom Becker bought a ring.").Findings.Select(f => f.RuleId), Is.EquivalentTo(new[] { "TST001", "TST002" }));
    }

    [Test]
    public void The_default_pack_names_the_whole_person_in_its_excerpt()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().Build();
        const string text = "Tom Becker bought the same shoes yesterday!";
        var finding = engine.Lint(text).Findings.Single(f => f.RuleId == "CL6003");
        Assert.That(text.Substring(finding.Offset, finding.Length), Is.EqualTo("Tom Becker bought"));
    }

    [Test]
    public void A_pack_that_never_says_person_keeps_capitalised_words_as_words()
    {
        // German capitalises every noun: the default German pack does not use <person>, so its prefix terms still match.
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().Build();
        var result = engine.Lint(new LintRequest("Als Alleinerziehende haben Sie wenig Zeit, darum liefern wir schneller.") { Language = "de" });
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("CLDE1001"));
    }
}
