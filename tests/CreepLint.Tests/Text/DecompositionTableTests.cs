using System.Text;
using CreepLint.Tests.Evaluation;
using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// The embedded NFKD table (src/CreepLint/Text/nfkd.txt) is what ICU says, and folding uses it instead of the platform
/// normaliser, so the CLI (which runs with InvariantGlobalization, where <see cref="string.Normalize()"/> does nothing)
/// folds exactly as a test host or a service with ICU does.
/// </summary>
public sealed class DecompositionTableTests
{
    [Test]
    public void Committed_table_is_what_ICU_gives_for_every_code_point()
    {
        Assume.That("é".Normalize(NormalizationForm.FormKD), Has.Length.EqualTo(2), "this test needs ICU (not InvariantGlobalization)");
        var expected = Decompositions.Format(Generate());
        var path = RepositoryFiles.Path("src", "CreepLint", "Text", "nfkd.txt");
        var (actual, _) = RepositoryFiles.Generated(path, expected);
        Assert.That(actual == expected, Is.True,
            $"{path} is stale for this ICU ({expected.Split('\n').Length - 2} entries expected); regenerate it with CREEPLINT_ACCEPT=1 dotnet test --filter DecompositionTable");
    }

    [Test]
    public void Every_code_point_decomposes_as_the_platform_normaliser_does()
    {
        Assume.That("é".Normalize(NormalizationForm.FormKD), Has.Length.EqualTo(2), "this test needs ICU (not InvariantGlobalization)");
        var mismatches = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF && mismatches.Count < 10; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var s = char.ConvertFromUtf32(cp);
            if (IsNoncharacter(cp))
            {
                continue; // ICU refuses them; folding turns them into spaces before decomposing.
            }

            if (Decompositions.Of(s) != s.Normalize(NormalizationForm.FormKD))
            {
                mismatches.Add($"U+{cp:X4}");
            }
        }

        Assert.That(mismatches, Is.Empty, "Hangul syllables included: they are decomposed arithmetically");
    }

    [TestCase("prégnant", "pregnant")]
    [TestCase("ｐｒｅｇｎａｎｔ", "pregnant")]
    [TestCase("𝐩𝐫𝐞𝐠𝐧𝐚𝐧𝐭", "pregnant")]
    [TestCase("ﬁnancial", "financial")]
    [TestCase("naïve café", "naive cafe")]
    public void Folding_removes_diacritics_and_compatibility_forms_without_the_platform_normaliser(string text, string folded)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            sb.Append(char.IsSurrogatePair(text, i) ? CharFolding.Fold(char.ConvertToUtf32(text, i)) : CharFolding.Fold(text[i]));
        }

        Assert.That(sb.ToString(), Is.EqualTo(folded));
    }

    private static bool IsNoncharacter(int cp) => cp is >= 0xFDD0 and <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;

    private static IEnumerable<(int, string)> Generate()
    {
        for (var cp = 0xA0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF or >= 0xAC00 and <= 0xD7A3)
            {
                continue;
            }

            if (IsNoncharacter(cp))
            {
                continue;
            }

            var s = char.ConvertFromUtf32(cp);
            var d = s.Normalize(NormalizationForm.FormKD);
            if (d != s)
            {
                yield return (cp, d);
            }
        }
    }
}
