namespace CreepLint.Tests.Matching;

/// <summary>
/// <c>&lt;quote&gt;</c> stands for the word that opens a quotation, in straight, curly, single, double or angle quotation
/// marks, so that a term can say "the reader's own words, quoted": <c>your note &lt;quote&gt;</c> reads "your note “call
/// mum”". A mark that closes a word ("the Joneses' house") or sits inside one ("you're") opens nothing.
/// </summary>
public sealed class QuoteClassTests
{
    private static readonly CreepLintEngine Note = OneRule.Engine("XT201", "behavioral-detail", "phrases: [\"your note <quote>\", \"<quote> in your searches\"]");

    [TestCase("Your note \"call mum\" is still open.", "Your note \"call")]
    [TestCase("Your note “call mum” is still open.", "Your note “call")]
    [TestCase("Your note 'call mum' is still open.", "Your note 'call")]
    [TestCase("Your note ‘call mum’ is still open.", "Your note ‘call")]
    [TestCase("Your note « appeler maman » is still open.", "Your note « appeler")]
    [TestCase("Your note \"2 scans left\" is still open.", "Your note \"2")]
    public void A_word_after_an_opening_mark_is_a_quote(string text, string excerpt) =>
        Assert.That(Note.Lint(text).Findings.Select(f => f.Excerpt), Is.EqualTo(new[] { excerpt }));

    [TestCase("Your note call mum is still open.")]
    [TestCase("Your note's reminder is set.")]
    [TestCase("Your note about \"mum\" is still open.")]
    [TestCase("She said \"yes\" your note was fine.")]
    public void A_word_with_no_mark_before_it_is_not(string text) =>
        Assert.That(Note.Lint(text).Findings, Is.Empty);

    [Test]
    public void A_quote_can_begin_a_term_and_the_closing_mark_opens_nothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Note.Lint("We spotted \"gift for him\" in your searches.").Findings, Has.Length.EqualTo(0),
                "the quotation's first word is three words back: a phrase needs the words in a row");
            Assert.That(Note.Lint("We spotted \"gifts\" in your searches.").Findings.Select(f => f.Excerpt),
                Is.EqualTo(new[] { "gifts\" in your searches" }));
            Assert.That(Note.Lint("The Joneses' in your searches.").Findings, Is.Empty, "a mark after a word closes it");
        });
    }

    [Test]
    public void A_pack_without_the_class_reads_quoted_words_as_before()
    {
        var plain = OneRule.Engine("XT202", "behavioral-detail", "phrases: [\"your note call\"]");
        Assert.That(plain.Lint("Your note \"call mum\" is still open.").Findings, Has.Length.EqualTo(1));
    }

    [Test]
    public void Near_reads_a_quote_a_few_words_away()
    {
        var engine = OneRule.Engine("XT203", "behavioral-detail", "near:\n      - terms: [[\"your search\"], \"<quote>\", [\"last night\"]]\n        within: 6\n        ordered: true");
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("Your search for 'cheap flights' last night found deals.").Findings, Has.Length.EqualTo(1));
            Assert.That(engine.Lint("Your search for cheap flights last night found deals.").Findings, Is.Empty);
        });
    }
}
