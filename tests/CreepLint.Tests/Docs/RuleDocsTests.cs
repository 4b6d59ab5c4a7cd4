using System.Text.RegularExpressions;
using CreepLint.Tests.Evaluation;

namespace CreepLint.Tests.Docs;

/// <summary>Keeps docs/rules in step with the default pack: one page per category, and every shipped id in the ledger.</summary>
public sealed partial class RuleDocsTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    public static IEnumerable<CreepCategory> Categories() => CreepCategories.All;

    [TestCaseSource(nameof(Categories))]
    public void Rule_family_page_is_up_to_date(CreepCategory category)
    {
        var path = RepositoryFiles.Path("docs", "rules", category.ToId() + ".md");
        var expected = RuleDocs.Render(category, Engine.Rules);
        if (Environment.GetEnvironmentVariable("CREEPLINT_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.That(File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)", Is.EqualTo(expected),
            $"{path} is out of date; run CREEPLINT_UPDATE_DOCS=1 dotnet test tests/CreepLint.Tests --filter RuleDocs and commit the result");
    }

    [Test]
    public void Every_shipped_rule_is_in_the_ledger_with_its_name_and_category()
    {
        var ledger = File.ReadAllText(RepositoryFiles.Path("docs", "rules", "LEDGER.md"));
        var rows = LedgerRow().Matches(ledger).ToDictionary(m => m.Groups["id"].Value, m => (Name: m.Groups["name"].Value, Category: m.Groups["category"].Value));
        Assert.Multiple(() =>
        {
            foreach (var rule in Engine.Rules)
            {
                Assert.That(rows.TryGetValue(rule.Id, out var row), Is.True, $"{rule.Id} is missing from docs/rules/LEDGER.md");
                Assert.That(row, Is.EqualTo((rule.Name, rule.Category.ToId())), $"{rule.Id} ledger row");
            }
        });
    }

    [GeneratedRegex(@"^\| (?<id>CL(?:[A-Z]{2})?\d{4}) \| (?<name>[a-z0-9-]+) \| (?<category>[a-z-]+) \|", RegexOptions.Multiline)]
    private static partial Regex LedgerRow();
}
