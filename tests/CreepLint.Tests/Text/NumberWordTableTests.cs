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

    /// <summary>The German, French and Spanish tables, from Humanizer's locales: "zwanzig", "einundzwanzig" (German writes
    /// a cardinal as one word), "vingt" and "un" of "vingt-et-un", "veintiuno"; the conjunctions ("et", "y") are left out.</summary>
    [TestCase("de")]
    [TestCase("fr")]
    [TestCase("es")]
    public void Committed_table_of_a_language_is_what_Humanizer_gives(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        string[] conjunctions = ["et", "y", "und"];
        var generated = Enumerable.Range(0, 100).Concat([100, 1000, 1_000_000])
            .Select(n => n.ToWords(culture))
            .SelectMany(w => w.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !conjunctions.Contains(w));
        var expected = NumberWords.Format(generated, language);
        var path = RepositoryFiles.Path("src", "CreepLint", "Text", $"numberwords.{language}.txt");
        var (actual, _) = RepositoryFiles.Generated(path, expected);
        Assert.That(actual, Is.EqualTo(expected), $"{path} is stale; regenerate it with CREEPLINT_ACCEPT=1 dotnet test --filter NumberWordTable");
    }

    [TestCase("de", "einundzwanzig")]
    [TestCase("de", "zwolfmal")]
    [TestCase("de", "dreimal")]
    [TestCase("fr", "vingt")]
    [TestCase("fr", "quatre")]
    [TestCase("es", "veintiuno")]
    [TestCase("es", "tres")]
    public void A_packs_number_words_are_its_languages_folded(string language, string word)
    {
        Assert.Multiple(() =>
        {
            Assert.That(NumberWords.For(language), Does.Contain(word));
            Assert.That(NumberWords.All, Does.Not.Contain(word), "English packs do not read other languages' number words");
        });
    }

    [Test]
    public void English_and_a_language_without_a_table_read_the_english_words()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NumberWords.For("en"), Is.SameAs(NumberWords.All));
            Assert.That(NumberWords.For("it"), Is.SameAs(NumberWords.All));
            Assert.That(NumberWords.For("fr"), Does.Not.Contain("once").And.Not.Contain("two"));
            Assert.That(NumberWords.For("es"), Does.Not.Contain("y"));
        });
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
