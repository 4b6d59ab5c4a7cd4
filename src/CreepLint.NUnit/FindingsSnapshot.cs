using System.Globalization;
using System.Text;

namespace CreepLint.NUnit;

/// <summary>The stable text form of findings that snapshot approvals compare.</summary>
internal static class FindingsSnapshot
{
    public static string Format(IEnumerable<TemplateFile> templates, CreepLintEngine engine)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var sb = new StringBuilder();
        foreach (var template in templates.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var result = engine.Lint(template.ToRequest());
            sb.Append(CultureInfo.InvariantCulture, $"{template.Name}: score {result.Score} {result.Verdict.ToString().ToLowerInvariant()}\n");
            foreach (var f in result.Findings)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {f.Line}:{f.Column} {f.RuleId} {f.Category.ToId()} {f.Severity.ToString().ToLowerInvariant()} {f.Score} '{f.Excerpt}'\n");
            }
        }

        return sb.ToString();
    }
}
