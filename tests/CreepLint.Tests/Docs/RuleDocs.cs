using System.Globalization;
using System.Text;

namespace CreepLint.Tests.Docs;

/// <summary>Renders docs/rules/&lt;category&gt;.md from the loaded default pack, so the pages cannot drift from the YAML.</summary>
internal static class RuleDocs
{
    public static string Render(CreepCategory category, IEnumerable<RuleInfo> rules)
    {
        var sb = new StringBuilder();
        sb.Append("<!-- Generated from rules/*.yaml by RuleDocsTests; run `CREEPLINT_UPDATE_DOCS=1 dotnet test tests/CreepLint.Tests --filter RuleDocs` to refresh. -->\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"# {category.ToTitle()} (`{category.ToId()}`)\n\n");
        sb.Append("Category definitions: [taxonomy](../taxonomy.md). Rule format: [rule-format](../rule-format.md). IDs: [ledger](LEDGER.md).\n\n");
        sb.Append("| id | name | severity | confidence |\n|---|---|---|---:|\n");
        var list = rules.Where(r => r.Category == category).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        foreach (var r in list)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| [{r.Id}](#{r.Id.ToLowerInvariant()}-{r.Name}) | {r.Name} | {Lower(r.Severity)} | {r.Confidence} |\n");
        }

        foreach (var r in list)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {r.Id} {r.Name}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"**Severity** {Lower(r.Severity)} · **confidence** {r.Confidence} · **applies to** {AppliesTo(r.AppliesTo)}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"**Why.** {r.Why}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"**Instead.** {r.Suggestion}\n\n");
            if (!r.References.IsDefaultOrEmpty)
            {
                sb.Append("**References.** ").Append(string.Join(", ", r.References.Select(u => $"<{u}>"))).Append("\n\n");
            }

            sb.Append("Flagged:\n\n");
            foreach (var e in r.BadExamples)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- {Example(e)}\n");
            }

            sb.Append("\nLeft alone:\n\n");
            foreach (var e in r.GoodExamples)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- {Example(e)}\n");
            }
        }

        return sb.ToString();
    }

    private static string Example(RuleExample e) => (e.Kind == MessageKind.Rationale ? "(rationale) " : string.Empty) + "`" + e.Text.Replace("`", "'", StringComparison.Ordinal) + "`";

    private static string Lower(Severity s) => s.ToString().ToLowerInvariant();

    private static string AppliesTo(RuleTarget t) => t switch
    {
        RuleTarget.Message => "messages",
        RuleTarget.Rationale => "rationales",
        _ => "messages and rationales",
    };
}
