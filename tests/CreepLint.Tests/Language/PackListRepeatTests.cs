using System.Text;
using CreepLint.Tests.Evaluation;
using CreepLint.Text;
using CreepLint.Yaml;

namespace CreepLint.Tests.Language;

/// <summary>
/// No list of the English, German, French or Spanish pack (a lexicon, phrases, a near clause's term set, unless phrases, field
/// globs) names an entry twice once trimmed and folded as the matcher folds words: a repeat matches nothing more and
/// hides which entry a later edit should change.
/// </summary>
public sealed class PackListRepeatTests
{
    [TestCase("en")]
    [TestCase("de")]
    [TestCase("fr")]
    [TestCase("es")]
    public void No_list_entry_repeats_an_earlier_one_once_folded(string language)
    {
        // The English pack is the top-level rule files and the shared lexicons; the others have a folder each.
        string[] folders = language == "en" ? ["rules", "rules/lexicons"] : [$"rules/{language}"];
        var repeats = new List<string>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Path([.. folder.Split('/')]), "*.yaml").Order(StringComparer.Ordinal))
            {
                Repeats(YamlReader.Read(File.ReadAllText(file), file, new DiagnosticBag()), $"{folder}/{Path.GetFileName(file)}", repeats);
            }
        }

        Assert.That(repeats, Is.Empty);
    }

    [Test]
    public void A_repeat_that_differs_in_case_accents_or_spaces_is_reported_and_examples_are_not_read()
    {
        const string yaml = "lexicons:\n  nights: [\"<number> Nächte\", \"wach\", \" <number>  nachte\"]\n"
            + "rules:\n  - examples:\n      bad: [\"Du warst wach.\", \"Du warst wach.\"]\n";
        var repeats = new List<string>();
        Repeats(YamlReader.Read(yaml, "f.yaml", new DiagnosticBag()), "f.yaml", repeats);
        Assert.That(repeats, Is.EqualTo(new[] { "f.yaml:2 ' <number>  nachte' repeats '<number> Nächte'" }));
    }

    private static void Repeats(YamlNode? node, string file, List<string> repeats)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    if (key.Value != "examples")
                    {
                        Repeats(value, file, repeats);
                    }
                }

                break;
            case YamlSequence sequence:
                var seen = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar scalar)
                    {
                        if (!seen.TryAdd(Folded(scalar.Value), scalar.Value))
                        {
                            repeats.Add($"{file}:{scalar.Position.Line} '{scalar.Value}' repeats '{seen[Folded(scalar.Value)]}'");
                        }
                    }
                    else
                    {
                        Repeats(item, file, repeats);
                    }
                }

                break;
        }
    }

    private static string Folded(string text)
    {
        var folded = new StringBuilder();
        foreach (var rune in text.Trim().EnumerateRunes())
        {
            folded.Append(CharFolding.Fold(rune.Value));
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
