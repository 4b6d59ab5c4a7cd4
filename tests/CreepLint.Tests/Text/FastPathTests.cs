using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// The extractor folds runs of plain ASCII in bulk (a vectorised case conversion and offset map) and everything else a
/// character at a time: both must give the same text and the same map back to the source.
/// </summary>
public sealed class FastPathTests
{
    [TestCase("Hello WORLD, this is a run of plain ASCII text that crosses several vectors.")]
    [TestCase("Short")]
    [TestCase("Tab\there and CR\r\nthere, `backtick` and <b>tags</b> &amp; entities, été")]
    public void Plain_runs_fold_like_single_characters(string text)
    {
        var buffer = new TextBuffer();
        TextExtractor.Extract(text, text.Length, html: false, buffer);
        var expected = string.Concat(text.Select(c => CharFolding.Fold(c)));
        Assert.Multiple(() =>
        {
            Assert.That(new string(buffer.Chars, 0, buffer.Length), Is.EqualTo(expected));
            Assert.That(buffer.Map.Take(buffer.Length), Is.EqualTo(Enumerable.Range(0, text.Length).Where(k => CharFolding.Fold(text[k]).Length > 0)));
        });
    }
}
