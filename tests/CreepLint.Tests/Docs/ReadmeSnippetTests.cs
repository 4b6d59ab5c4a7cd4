using System.Text.RegularExpressions;
using CreepLint.Tests.Evaluation;

namespace CreepLint.Tests.Docs;

/// <summary>
/// README's code examples that say they come from a sample ("From [samples/X](…):") are copies of code the sample tests
/// build and run: every code line of such a block must appear, in order, in the sample's C# files.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    public static IEnumerable<TestCaseData> Snippets()
    {
        var readme = File.ReadAllLines(RepositoryFiles.Path("README.md"));
        for (var i = 0; i < readme.Length; i++)
        {
            if (readme[i].Trim() != "```csharp")
            {
                continue;
            }

            var intro = string.Join(' ', readme[Math.Max(0, i - 3)..i]);
            var end = Array.FindIndex(readme, i + 1, l => l.Trim() == "```");
            var source = FromSample().Match(intro);
            if (source.Success)
            {
                yield return new TestCaseData(source.Groups["dir"].Value, readme[(i + 1)..end], i + 2).SetArgDisplayNames($"README.md:{i + 2} from {source.Groups["dir"].Value}");
            }
        }
    }

    [Test]
    public void README_shows_code_from_both_samples()
    {
        Assert.That(Snippets().Select(s => (string)s.Arguments[0]!), Is.SupersetOf(new[] { "samples/CampaignApp", "samples/CampaignApp.Tests" }));
    }

    [TestCaseSource(nameof(Snippets))]
    public void README_snippet_is_a_copy_of_the_sample(string sampleDirectory, string[] snippet, int firstLine)
    {
        var code = Directory.GetFiles(RepositoryFiles.Path(sampleDirectory.Split('/')), "*.cs", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Select(Normalise)
            .ToList();
        var searchFrom = 0;
        for (var k = 0; k < snippet.Length; k++)
        {
            var line = Normalise(snippet[k]);
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue; // Blank lines and the README's own comment lines.
            }

            var found = code.FindIndex(searchFrom, c => c == line);
            found = found >= 0 ? found : code.IndexOf(line);
            Assert.That(found, Is.Not.Negative, $"README.md:{firstLine + k}: '{snippet[k].Trim()}' is not in {sampleDirectory}/*.cs; copy the snippet from the sample again");
            searchFrom = found + 1;
        }
    }

    /// <summary>Trimmed, without a trailing comment (the README may annotate a line the sample leaves bare).</summary>
    private static string Normalise(string line)
    {
        var trimmed = line.Trim();
        var comment = trimmed.IndexOf("  //", StringComparison.Ordinal);
        return (comment > 0 ? trimmed[..comment] : trimmed).TrimEnd();
    }

    [GeneratedRegex(@"From \[(?<dir>samples/[A-Za-z.]+)\]")]
    private static partial Regex FromSample();
}
