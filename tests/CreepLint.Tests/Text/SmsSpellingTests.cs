namespace CreepLint.Tests.Text;

/// <summary>
/// SMS copy spells common words short ("u", "r", "didnt", "2nite"): the English pack reads each as the word it stands for, in
/// the text and in terms, so one construction covers both spellings; other languages keep the spelling as written.
/// </summary>
public sealed class SmsSpellingTests
{
    private static readonly CreepLintEngine s_engine = TokenTestKit.Probe(["you opened our emails but didn't click", "saw u at the gym", "see you tonight", "back from the gym", "until midnight", "great to see you"]);

    [TestCase("you opened our emails but didn't click", "you opened our emails but didn't click")]
    [TestCase("u opened our emails but didnt click", "u opened our emails but didnt click")]
    [TestCase("we saw you at the gym", "saw you at the gym")]
    [TestCase("we saw u at the gym", "saw u at the gym")]
    [TestCase("see u 2nite", "see u 2nite")]
    [TestCase("cant sleep? we saw u at teh gym", "saw u at teh gym")]
    [TestCase("back frm the gym already?", "back frm the gym")]
    [TestCase("half price until midnite only", "until midnite")]
    [TestCase("gr8 to see u last nite", "gr8 to see u")]
    public void A_term_matches_both_spellings(string text, string excerpt)
    {
        var findings = s_engine.Lint(text).Findings;
        Assert.That(findings.Select(f => text.Substring(f.Offset, f.Length)), Is.EqualTo(new[] { excerpt }));
    }

    [TestCase("ur opened our emails but didn't click")] // "ur" is your or you're: left as written
    [TestCase("you opened our emails but did click")]
    public void Other_words_do_not_match(string text)
    {
        Assert.That(s_engine.Lint(text).Findings, Is.Empty);
    }

    private static readonly CreepLintEngine s_readerEngine = TokenTestKit.Probe(["your friend just bought", "you're pregnant", "your appointment"]);

    [TestCase("your friend just bought this", "your friend just bought")]
    [TestCase("Ur friend just bought this", "Ur friend just bought")] // "ur" for "your" inside a phrase
    [TestCase("we think ur pregnant", "ur pregnant")] // and for "you're"
    [TestCase("ur appt is at 10:40", "ur appt")] // "appt" is "appointment"
    public void Ur_reads_as_your_or_you_are_inside_a_phrase(string text, string excerpt)
    {
        var findings = s_readerEngine.Lint(text).Findings;
        Assert.That(findings.Select(f => text.Substring(f.Offset, f.Length)), Is.EqualTo(new[] { excerpt }));
    }

    [TestCase("our friend just bought this")]
    [TestCase("u friend just bought this")] // "u" is "you", not "your"
    public void Ur_does_not_stand_for_other_words(string text)
    {
        Assert.That(s_readerEngine.Lint(text).Findings, Is.Empty);
    }

    [Test]
    public void Another_language_keeps_the_spelling_as_written()
    {
        var engine = TokenTestKit.Probe(["you"], "de");
        Assert.That(engine.Lint(new LintRequest("Hallo u") { Language = "de" }).Findings, Is.Empty);
    }
}
