namespace CreepLint.Tests.Text;

/// <summary>
/// A word capitalised inside a sentence ("Back from Tenerife?", "working from the Café Luna") is <c>&lt;proper&gt;</c>,
/// the name of a place, venue or shop, so a location rule can ask about a named place; the first word of a sentence,
/// title-case copy, shouted words, calendar words and "I" are not. A capitalised word still matches its own word.
/// </summary>
public sealed class ProperTests
{
    private static readonly CreepLintEngine s_engine = TokenTestKit.Probe(["back from <proper>", "working from the <proper>", "from the hospital"]);

    [TestCase("Back from Tenerife? Your tan deserves after-sun.", "Back from Tenerife")]
    [TestCase("back from Goa already? Renew your cover.", "back from Goa")]
    [TestCase("Ad: Working from the Café Luna again? Get headphones.", "Working from the Café")]
    [TestCase("Hope you're home safe. Back from Lisbon to an empty fridge?", "Back from Lisbon")]
    [TestCase("So you're finally back from Tenerife", "back from Tenerife")] // an unknown name as the message's last word
    [TestCase("Working from the Hospital canteen again?", "Working from the Hospital")] // a known word, capitalised
    public void A_word_capitalised_inside_a_sentence_is_proper(string text, string excerpt)
    {
        Assert.That(s_engine.Lint(text).Findings.Select(f => text.Substring(f.Offset, f.Length)), Is.EqualTo(new[] { excerpt }));
    }

    /// <summary>
    /// A name of two or more capitalised words ("New York", "the Marriott Downtown") counts as one word when a short
    /// sentence is weighed for title case: four words with three capitalised are a question about a place, not a headline.
    /// </summary>
    [TestCase("Back from New York already?", "Back from New")]
    [TestCase("Back from Gran Canaria?", "Back from Gran")]
    [TestCase("Working from the Café Luna Soho?", "Working from the Café")]
    [TestCase("Back from Tenerife Sur, Ana?", "Back from Tenerife")]
    public void A_name_of_several_capitalised_words_is_proper(string text, string excerpt)
    {
        Assert.That(s_engine.Lint(text).Findings.Select(f => text.Substring(f.Offset, f.Length)), Is.EqualTo(new[] { excerpt }));
    }

    /// <summary>Three or more capitalised words straight after a capitalised opener are title case, however they are weighed.</summary>
    [TestCase("Back From Tenerife Sale Starts Now")]
    [TestCase("Back From New York With Love")]
    [TestCase("Back from Tenerife, Back In Stock At Every Store")]
    public void Title_case_runs_after_the_opener_are_not_proper(string text)
    {
        Assert.That(s_engine.Lint(text).Findings, Is.Empty);
    }

    [TestCase("Back from holiday? Your photos print free.")]
    [TestCase("Back From Tenerife And Ready For More? Shop Now.")]
    [TestCase("Back from LIS? Shop now.")]
    [TestCase("Back from Friday's match? Shop now.")]
    [TestCase("Tenerife is back from the dead.")]
    [TestCase("Fly back from I guess anywhere.")]
    [TestCase("Back from Spring Break Deals? Shop now.")]
    public void First_words_title_case_shouting_and_calendar_words_are_not_proper(string text)
    {
        Assert.That(s_engine.Lint(text).Findings, Is.Empty);
    }

    [Test]
    public void A_capitalised_word_still_matches_its_own_word()
    {
        const string text = "Sorry to hear you came home from the Hospital early.";
        Assert.That(s_engine.Lint(text).Findings.Select(f => text.Substring(f.Offset, f.Length)), Is.EqualTo(new[] { "from the Hospital" }));
    }

    [TestCase("<proper> street")]
    [TestCase("<proper>")]
    public void A_term_cannot_begin_with_proper(string phrase)
    {
        var error = Assert.Throws<RuleLoadException>(() => TokenTestKit.Probe([phrase]));
        Assert.That(error!.Message, Does.Contain("CL0035").And.Contain("must follow a word"));
    }
}
