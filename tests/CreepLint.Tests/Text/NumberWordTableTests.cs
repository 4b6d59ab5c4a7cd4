using System.Globalization;
using CreepLint.Tests.Evaluation;
using CreepLint.Text;
using Humanizer;

namespace CreepLint.Tests.Text;

/// <summary>
/// The embedded number-word table (src/CreepLint/Text/numberwords.txt) is what Humanizer writes for the English
/// cardinals, plus the count words it has no converter for, so "two years" and "twenty-one times" are numbers to the
/// rules without the library depending on Humanizer at run time.
/// </summary>
public sealed class NumberWordTableTests
{
    [Test]
    public void Committed_table_is_what_Humanizer_gives()
    {
        var en = CultureInfo.GetCultureInfo("en");
        var generated = Enumerable.Range(0, 100).Concat([100, 1000, 1_000_000])
            .Select(n => n.ToWords(en))
            .SelectMany(w => w.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w != "and");
        var expected = NumberWords.Format(generated);
        var path = RepositoryFiles.Path("src", "CreepLint", "Text", "numberwords.txt");
        var (actual, _) = RepositoryFiles.Generated(path, expected);
        Assert.That(actual, Is.EqualTo(expected), $"{path} is stale; regenerate it with CREEPLINT_ACCEPT=1 dotnet test --filter NumberWordTable");
    }

    [Test]
    public void Humanizer_reads_back_every_generated_cardinal()
    {
        var en = CultureInfo.GetCultureInfo("en");
        foreach (var n in new[] { 2, 21, 45, 99, 731 })
        {
            Assert.That(n.ToWords(en).ToNumber(en), Is.EqualTo(n));
        }
    }

    [TestCase("two")]
    [TestCase("twenty")]
    [TestCase("hundred")]
    [TestCase("dozen")]
    [TestCase("twice")]
    public void Number_words_are_in_the_table(string word) => Assert.That(NumberWords.All, Does.Contain(word));

    [TestCase("first")]
    [TestCase("second")]
    [TestCase("couple")]
    [TestCase("few")]
    public void Ordinals_and_vague_amounts_are_not(string word) => Assert.That(NumberWords.All, Does.Not.Contain(word));
}
