using System.Text.Json;

namespace CreepLint.Tests.Robustness;

/// <summary>A byte-exact rendering of a result, everything a JSON or SARIF report is made from, for equality checks.</summary>
internal static class Canonical
{
    public static string Of(LintResult result) => JsonSerializer.Serialize(new
    {
        result.Score,
        Verdict = result.Verdict.ToString(),
        Limits = result.LimitsHit.ToString(),
        Findings = result.Findings.Select(f => new
        {
            f.RuleId, Category = f.Category.ToId(), Severity = f.Severity.ToString(), f.Score, f.Offset, f.Length, f.Line, f.Column, f.Excerpt, f.Message, f.Suggestion,
        }),
    });
}
