using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// Names of the person addressed become <see cref="TokenKind.Name"/> tokens, so that rules can bind what a sentence says
/// to a reader named in it ("Chemo days are long, Maria.") as they bind it to "you"; other capitalised words do not.
/// </summary>
public sealed class VocativeTests
{
    [TestCase("Hi Anna, a year of waiting is exhausting.", "Anna")]
    [TestCase("Dear Mr Okafor, dialysis takes time.", "Mr Okafor")]
    [TestCase("Chemo days are long, Maria. Our scarves help.", "Maria")]
    [TestCase("Back on the sofa page again, Mark?", "Mark")]
    [TestCase("Marcus, gout flare-ups after the weekend are brutal.", "Marcus")]
    [TestCase("Priya, you and your partner deserve a break.", "Priya")]
    [TestCase("Thanks, Zoë!", "Zoë")]
    [TestCase("Hey {{ first_name }}, your usual is ready.", "{{ first_name }}")]
    [TestCase("Hi *|FNAME|*, welcome back.", "*|FNAME|*")]
    [TestCase("Hello %%FirstName%%!", "%%FirstName%%")]
    [TestCase("Hi {first_name}, your usual is ready.", "{first_name}")]
    [TestCase("Hey %FNAME%, welcome back.", "%FNAME%")]
    [TestCase("Four bottles in a fortnight, {{ customer.first_name }}.", "{{ customer.first_name }}")]
    public void The_reader_named_in_a_sentence_is_a_name(string text, string name)
    {
        var names = TokenTestKit.Describe(text).Where(d => d.EndsWith(":Name", StringComparison.Ordinal)).Select(d => d[..^":Name".Length]);
        Assert.That(string.Join(" ", names), Is.EqualTo(name));
    }

    [TestCase("Today, diabetes affects one in ten adults.")]
    [TestCase("However, the sale ends Friday.")]
    [TestCase("Rodds1 is 21 from Aberdeen, United Kingdom.")]
    [TestCase("HI JOHN, YOUR ORDER SHIPPED.")]
    [TestCase("I think you'll love it.")]
    [TestCase("Our new store opens in Leeds on Friday.")]
    [TestCase("Thanks for your review of {{ product.name }}.")]
    [TestCase("Your order from {{ store_name }} has shipped.")]
    [TestCase("Hey Friday shoppers, the sale is on.")]
    [TestCase("Hi {{ 'friend' }}, {{ product.name }} is back.")]
    [TestCase("Halal, kosher and vegan meals are on every flight.")]
    [TestCase("Red, white or rosé? Our summer case has all three.")]
    [TestCase("Vegan, gluten-free, nut-free: our new range has it all.")]
    // The role a formal letter addresses is a salutation, not the reader's name.
    [TestCase("Dear Patient, the surgery will be closed on Wednesday afternoon.")]
    [TestCase("Dear Student, applications for the hardship fund open on 1 November.")]
    [TestCase("Dear Account Holder, a payment to a new payee was blocked.")]
    [TestCase("Dear Customer, our annual report is out.")]
    public void Other_capitalised_words_and_placeholders_are_not_names(string text)
    {
        Assert.That(TokenTestKit.Describe(text).Where(d => d.EndsWith(":Name", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void A_name_still_matches_rule_terms_for_its_word_and_the_name_class()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules(
            """
            rules:
              - id: TST001
                name: name-and-topic
                category: inferred-trait
                severity: warning
                confidence: 60
                message: "m '{match}'"
                why: "w"
                suggestion: "s"
                near:
                  terms: ["<name>", ["chemo"]]
                  within: 6
              - id: TST002
                name: word-grace
                category: inferred-trait
                severity: warning
                confidence: 60
                message: "m '{match}'"
                why: "w"
                suggestion: "s"
                phrases: ["grace"]
            """, "probe.yaml").Build();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("Chemo days are long, Maria.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "TST001" }));
            Assert.That(engine.Lint("Chemo days are long for everyone.").Findings, Is.Empty);
            Assert.That(engine.Lint("Thanks, Grace.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "TST002" }));
        });
    }

    [Test]
    public void A_placeholder_token_spans_the_whole_placeholder_in_the_source()
    {
        const string text = "Hi {{ first_name }}, welcome.";
        var (tokens, _) = TokenTestKit.Tokenize(text);
        var placeholder = tokens.Single(t => text[t.SourceStart] == '{');
        Assert.That(text[placeholder.SourceStart..placeholder.SourceEnd], Is.EqualTo("{{ first_name }}"));
    }
}
