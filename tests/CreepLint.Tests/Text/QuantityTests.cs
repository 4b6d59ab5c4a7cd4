using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// Numbers written as words count as numbers: single number words from the Humanizer-generated table, quantity idioms
/// ("a couple of", "dozens of") joined into one number token, decades ("50s") read as numbers, and rule terms that spell
/// an idiom out match it as a message does.
/// </summary>
public sealed class QuantityTests
{
    [TestCase("You did it a couple of times.", "a couple of")]
    [TestCase("You opened it dozens of times.", "dozens of")]
    [TestCase("You bought a dozen eggs.", "a dozen")]
    [TestCase("A handful of visits this week.", "A handful of")]
    [TestCase("Hundreds of plays since June.", "Hundreds of")]
    public void A_quantity_idiom_is_one_number_token(string text, string idiom)
    {
        Assert.That(TokenTestKit.Describe(text), Does.Contain($"{idiom}:Number"));
    }

    /// <summary>Every idiom is joined: the tokenizer runs the idiom pass only for a message with one of its key words
    /// (<see cref="Quantities.IsKeyWord"/>), so an idiom without one would silently never be joined.</summary>
    [TestCaseSource(typeof(Quantities), nameof(Quantities.Idioms))]
    public void Every_idiom_is_joined_in_a_message(string idiom)
    {
        Assert.That(TokenTestKit.Describe($"We saw it {idiom} times."), Does.Contain($"{idiom}:Number"));
    }

    [TestCase("As a couple, you save 10%.")]
    [TestCase("The couple of the year award.")]
    [TestCase("A few times a year.")]
    public void Words_that_are_no_quantity_stay_words(string text)
    {
        Assert.That(TokenTestKit.Describe(text).Where(d => d.EndsWith(":Number", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("In your 50s and still renting?", "50s")]
    [TestCase("Hits of the 1990s.", "1990s")]
    public void A_decade_is_a_number(string text, string decade)
    {
        Assert.That(TokenTestKit.Describe(text), Does.Contain($"{decade}:Number"));
    }

    [TestCase("You did it a couple of times.")]
    [TestCase("You did it twice times.")]
    [TestCase("You did it 2 times.")]
    [TestCase("You did it twenty-one times.")]
    [TestCase("You did it dozens of times.")]
    public void Number_terms_match_digits_words_and_idioms(string text)
    {
        var engine = Probe("<number> times");
        Assert.That(engine.Lint(text).Findings, Has.Length.EqualTo(1));
    }

    [Test]
    public void A_term_that_spells_an_idiom_out_matches_it()
    {
        var engine = Probe("a couple of times");
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("You looked a couple of times.").Findings, Has.Length.EqualTo(1));
            Assert.That(Quantities.InTerm("a couple of times"), Is.EqualTo("<number> times"));
            Assert.That(Quantities.InTerm("as a couple"), Is.EqualTo("as a couple"));
        });
    }

    [Test]
    public void Every_idiom_the_tokenizer_joins_is_listed_for_terms()
    {
        foreach (var idiom in Quantities.Idioms)
        {
            Assert.That(TokenTestKit.Describe($"Seen {idiom} things."), Does.Contain($"{idiom}:Number"), idiom);
        }
    }

    private static CreepLintEngine Probe(string term) => TokenTestKit.Probe([term]);
}
