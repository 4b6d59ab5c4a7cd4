namespace CreepLint.Tests.Text;

/// <summary>
/// "X-free" is one word saying X is absent ("a stress-free getaway", "a debt-free Christmas"), so X is not read on its own
/// and bound to the reader; other hyphenated words still split.
/// </summary>
public sealed class FreeCompoundTests
{
    [TestCase("Your stress-free getaway awaits.", "stress-free")]
    [TestCase("A debt-free Christmas.", "debt-free")]
    [TestCase("Alcohol-free, and proud.", "alcohol-free")]
    [TestCase("our gluten-free range", "gluten-free")]
    public void A_free_compound_is_one_word(string text, string word) =>
        Assert.That(TokenTestKit.Describe(text), Does.Contain($"{text[text.IndexOf(word, StringComparison.OrdinalIgnoreCase)..][..word.Length]}:Word"));

    [TestCase("Your pregnancy-safe skincare edit.")]
    [TestCase("A stress-freezing cold snap.")]
    [TestCase("Stress-free2 is not a word.")]
    public void Other_hyphenated_words_still_split(string text) =>
        Assert.That(TokenTestKit.Describe(text).Where(d => d.Contains('-')), Is.Empty);

    [Test]
    public void The_default_pack_reads_no_attribute_in_a_free_compound()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().Build();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("Your stress-free getaway awaits.").Findings, Is.Empty);
            Assert.That(engine.Lint("You deserve a debt-free Christmas: our savings club opens today.").Findings, Is.Empty);
            Assert.That(engine.Lint("Your stress is showing, Sam: try our calming tea.").Findings, Is.Not.Empty);
        });
    }
}
