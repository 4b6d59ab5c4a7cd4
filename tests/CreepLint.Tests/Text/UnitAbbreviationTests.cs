namespace CreepLint.Tests.Text;

/// <summary>
/// SMS copy writes units straight after a number ("5x today", "2hrs", "10mins ago", "200m from"): the number is a number
/// and the unit a word, and in English a term that spells the unit out ("<c>&lt;number&gt; times</c>") matches the short form.
/// </summary>
public sealed class UnitAbbreviationTests
{
    [TestCase("opened it 5x today", "5:Number x:Word")]
    [TestCase("for 2hrs last night", "2:Number hrs:Word")]
    [TestCase("left 10mins ago", "10:Number mins:Word")]
    [TestCase("ur 200m from us", "200:Number m:Word")]
    [TestCase("1.5hrs of scrolling", "1.5:Number hrs:Word")]
    public void A_unit_after_a_number_is_a_word_of_its_own(string text, string expected)
    {
        var tokens = TokenTestKit.Describe(text).Where(d => d.EndsWith(":Number", StringComparison.Ordinal) || expected.Contains(d, StringComparison.Ordinal));
        Assert.That(string.Join(" ", tokens), Is.EqualTo(expected));
    }

    [TestCase("b2b", "b2b:Word")]
    [TestCase("50s", "50s:Number")]
    [TestCase("7pm", "7pm:Time")]
    [TestCase("3rd", "3rd:Number")]
    [TestCase("mp3", "mp3:Word")]
    public void Other_words_with_digits_stay_whole(string text, string expected)
    {
        Assert.That(TokenTestKit.Describe(text), Is.EqualTo(new[] { expected }));
    }

    private static readonly CreepLintEngine s_engine = TokenTestKit.Probe(["<number> times this week", "<number> hours", "<number> x more likely"]);

    [TestCase("u looked at it 3x this week", "3x this week")]
    [TestCase("you looked at it 3 times this week", "3 times this week")]
    [TestCase("on the app for 2hrs", "2hrs")]
    [TestCase("on the app for 2 hrs", "2 hrs")]
    [TestCase("you're 3 times more likely to buy", "3 times more likely")]
    [TestCase("you're 3x more likely to buy", "3x more likely")]
    public void A_term_that_spells_a_unit_out_matches_its_short_form(string text, string excerpt)
    {
        var findings = s_engine.Lint(text).Findings;
        Assert.That(findings.Select(f => text.Substring(f.Offset, f.Length)), Is.EqualTo(new[] { excerpt }));
    }

    [Test]
    public void Another_language_keeps_the_short_form_as_written()
    {
        // The short forms are read as English words by the English pack only.
        var engine = TokenTestKit.Probe(["<number> hours"], "de");
        Assert.That(engine.Lint(new LintRequest("Sie waren 2hrs online") { Language = "de" }).Findings, Is.Empty);
    }
}
