using System.Collections.Immutable;
using CreepLint.Matching;
using CreepLint.Model;
using CreepLint.Text;

namespace CreepLint.Scoring;

/// <summary>Turns what matching left in the scratch and the model's opinion into a <see cref="LintResult"/>.</summary>
internal static class ResultBuilder
{
    /// <summary>
    /// Merges and caps the candidates into findings with positions and excerpts, then scores them with the model's
    /// opinion. When the model counts, <paramref name="explanation"/> (given when no rule matched, or when asked for) becomes the model's finding.
    /// </summary>
    public static LintResult Build(
        CompiledRuleSet set, Thresholds thresholds, LintScratch scratch, string text, ModelOpinion? model, ModelExplanation? explanation)
    {
        var findings = scratch.Candidates.Count > 0 ? RuleFindings(set, scratch, text) : [];
        if (model is { Counts: true } m && explanation is not null)
        {
            var score = (int)Math.Round(ModelBlend.ModelScore(m.Probability, m.Threshold, thresholds), MidpointRounding.AwayFromZero);
            var own = ModelFinding.Describe(explanation, m.Probability, score, text, alone: findings.IsEmpty);
            findings = findings.IsEmpty ? [own] : Insert(findings, own);
        }

        var total = findings.IsEmpty && model is not { Counts: true } ? 0 : MessageScore.Of(findings.AsSpan(), model, thresholds);
        return new LintResult(total, thresholds.Classify(total, scratch.LimitsHit), findings) { LimitsHit = scratch.LimitsHit, Model = model };
    }

    /// <summary>The findings with the model's own one among them, by offset then rule id.</summary>
    private static ImmutableArray<Finding> Insert(ImmutableArray<Finding> findings, Finding own)
    {
        var at = 0;
        while (at < findings.Length && (findings[at].Offset < own.Offset || (findings[at].Offset == own.Offset && string.CompareOrdinal(findings[at].RuleId, own.RuleId) < 0)))
        {
            at++;
        }

        return findings.Insert(at, own);
    }

    private static ImmutableArray<Finding> RuleFindings(CompiledRuleSet set, LintScratch scratch, string text)
    {
        var kept = FindingMerger.Merge(scratch.Candidates, out var capped);
        if (capped)
        {
            scratch.LimitsHit |= LintLimits.FindingsCapped;
        }

        var findings = ImmutableArray.CreateBuilder<Finding>(kept.Count);
        var lines = new LinePositions(text);
        foreach (var c in kept)
        {
            var info = set.Rules[c.Rule].Info;
            var (line, column) = lines.At(c.Start);
            var excerpt = Excerpts.Of(text, c.Start, c.End);
            findings.Add(new Finding(info.Id, info.Category, info.Severity, c.Score, c.Start, c.End - c.Start, line, column, excerpt,
                info.Message.Replace("{match}", excerpt, StringComparison.Ordinal), info.Suggestion));
        }

        return findings.MoveToImmutable();
    }
}
