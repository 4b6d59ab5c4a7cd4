namespace CreepLint.Tests.Matching;

/// <summary>The token class <c>&lt;past&gt;</c>: any verb's past form, known to the pack or not, and not the words that only look like one.</summary>
public sealed class PastFormMatchTests
{
    private static readonly CreepLintEngine Engine = EngineWith("you <past> <number> times");

    private static readonly CreepLintEngine WithoutPast = EngineWith("you replayed <number> times");

    private static CreepLintEngine EngineWith(string phrase) => OneRule.Engine("XP101", "behavioral-detail", $"phrases: [\"{phrase}\"]");

    [TestCase("You lingered 4 times on the ring page.", "You lingered 4 times")]
    [TestCase("You favourited three times the same coat.", "You favourited three times")]
    [TestCase("You spent 3 times longer on the page.", "You spent 3 times")]
    [TestCase("You saw 2 times more ads.", "You saw 2 times")]
    [TestCase("You Lingered 4 Times.", "You Lingered 4 Times")]
    public void Past_form_of_any_verb_matches(string text, string excerpt) =>
        Assert.That(Engine.Lint(text).Findings.Select(f => f.Excerpt), Is.EqualTo(new[] { excerpt }));

    [TestCase("You interested 2 times?")]
    [TestCase("You need 3 times the sleep.")]
    [TestCase("You speed 2 times faster.")]
    [TestCase("You hundred 3 times.")]
    [TestCase("You red 3 times.")]
    [TestCase("You read 3 times a day.")]
    public void Words_that_only_look_past_do_not_match(string text) =>
        Assert.That(Engine.Lint(text).Findings, Is.Empty);

    [Test]
    public void A_pack_without_the_class_matches_only_its_own_words()
    {
        Assert.That(WithoutPast.Lint("You replayed 3 times.").Findings, Has.Length.EqualTo(1));
        Assert.That(WithoutPast.Lint("You rewatched 3 times.").Findings, Is.Empty);
    }

    [Test]
    public void Long_past_forms_match()
    {
        // Past the eight characters the packed lookup takes, the word is worked out the long way.
        Assert.That(Engine.Lint("You screenshotted 5 times.").Findings, Has.Length.EqualTo(1));
        Assert.That(Engine.Lint("You überprüfed 5 times.").Findings, Has.Length.EqualTo(1));
    }
}
