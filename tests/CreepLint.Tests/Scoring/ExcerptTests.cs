using CreepLint.Scoring;

namespace CreepLint.Tests.Scoring;

/// <summary>
/// An excerpt is the matched text with whitespace collapsed, at most <see cref="Limits.MaxExcerptLength"/> characters and
/// an ellipsis. A property test found a model finding whose excerpt ran two characters over: a collapsed space landed on
/// the last place and the character after it was still counted as fitting.
/// </summary>
public sealed class ExcerptTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void A_long_span_is_cut_at_the_cap_whatever_falls_on_it(int firstWordLength)
    {
        // A first word of one to four letters, then one-letter words: a letter falls on the last place in half the cases,
        // a collapsed space in the other half.
        var text = new string('b', firstWordLength) + " " + string.Join("   ", Enumerable.Repeat("a", 200));

        var excerpt = Excerpts.Of(text, 0, text.Length);

        Assert.That(excerpt, Has.Length.LessThanOrEqualTo(Limits.MaxExcerptLength + 1));
        Assert.That(excerpt, Does.EndWith("…"));
        Assert.That(excerpt, Does.Not.Contain("  ").And.Not.Contain(" …"));
    }

    [Test]
    public void A_space_on_the_last_place_ends_the_excerpt_without_running_over()
    {
        // 119 letters, then a run of spaces, then more text: the collapsed space would be the 120th character.
        var text = new string('x', Limits.MaxExcerptLength - 1) + "   yyyy";

        var excerpt = Excerpts.Of(text, 0, text.Length);

        Assert.That(excerpt, Is.EqualTo(new string('x', Limits.MaxExcerptLength - 1) + "…"));
    }

    [Test]
    public void A_short_span_is_the_text_with_whitespace_collapsed()
    {
        Assert.That(Excerpts.Of("  We noticed\n\tyou   like rakes. ", 0, 33), Is.EqualTo("We noticed you like rakes."));
    }

    [Test]
    public void A_span_of_exactly_the_cap_is_kept_whole()
    {
        var text = new string('x', Limits.MaxExcerptLength);

        Assert.That(Excerpts.Of(text, 0, text.Length), Is.EqualTo(text));
    }
}
