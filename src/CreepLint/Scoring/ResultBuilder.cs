using System.Collections.Immutable;
using CreepLint.Matching;
using CreepLint.Model;
using CreepLint.Text;

namespace CreepLint.Scoring;

/// <summary>Turns what matching left in the scratch and the model's opinion into a <see cref="LintResult"/>.</summary>
internal static class ResultBuilder
{
    /// <summary>
    /// Scores the rule findings (<see cref="Findings"/>) with the model's opinion (the learned model, which stands alone when no rule finding counts: see <see cref="ModelBlend.Speaks"/>).
    /// When the model counts, <paramref name="explanation"/> (given when no rule finding counts, or when asked for) becomes the model's finding.
    /// The result names <paramref name="language"/>, the pack it was linted with (empty from training's inspection, which identifies none).
    /// </summary>
    public static LintResult Build(
        Thresholds thresholds, LintScratch scratch, string text, ImmutableArray<Finding> findings, ModelOpinion? model, ModelExplanation? explanation, string language)
    {
        var alone = !MessageScore.HasRuleEvidence(findings.AsSpan());
        if (model is { } m && explanation is not null && ModelBlend.Speaks(m, alone))
        {
            var score = (int)Math.Round(ModelBlend.ModelScore(m.Probability, ModelBlend.Bar(m, alone), thresholds), MidpointRounding.AwayFromZero);
            var own = ModelFinding.Describe(explanation, m.Probability, score, text, alone);
            findings = findings.IsEmpty ? [own] : Insert(findings, own);
        }

        var total = MessageScore.Of(findings.AsSpan(), model, thresholds);
        return new LintResult(total, thresholds.Classify(total, scratch.LimitsHit), findings) { LimitsHit = scratch.LimitsHit, Model = model, Language = language };
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

    /// <summary>Merges and caps the candidates matching left in the scratch into findings with positions and excerpts.</summary>
    public static ImmutableArray<Finding> Findings(CompiledRuleSet set, LintScratch scratch, string text)
    {
        if (scratch.Candidates.Count == 0)
        {
            return [];
        }

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
