using CreepLint.Matching;
using CreepLint.Model;
using CreepLint.Scoring;

namespace CreepLint;

/// <summary>
/// Lints one message, in one direction: matching (extract, tokenise, scan, evaluate) fills the per-thread scratch, the
/// learned scorer reads it, and scoring (merge, cap, excerpt, blend, score) makes the result.
/// </summary>
internal static class MessagePipeline
{
    public static LintResult Lint(CompiledRuleSet set, Thresholds thresholds, string text, MessageKind kind, TextFormat format, ICreepScorer? scorer, bool explainModel = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = LintScratch.Current;
        try
        {
            scratch.Begin(set.SetCount, set.Rules.Length);
            MessageMatcher.Match(set, scratch, text, kind, format);
            var findings = ResultBuilder.Findings(set, scratch, text);
            if (scorer is null)
            {
                return ResultBuilder.Build(thresholds, scratch, text, findings, null, null);
            }

            // With no rule finding that counts the model stands alone, and must reach the higher bar.
            var input = new ScoringInput(scratch, set, text, kind);
            var alone = !MessageScore.HasRuleEvidence(findings.AsSpan());
            var model = new ModelOpinion(scorer.Predict(input), scorer.Threshold);
            var explanation = ModelBlend.Speaks(model, alone) && (explainModel || alone) ? scorer.Explain(input) : null;
            return ResultBuilder.Build(thresholds, scratch, text, findings, model, explanation);
        }
        finally
        {
            scratch.End();
        }
    }

    /// <summary>
    /// Lints with the rules alone and shows <paramref name="inspect"/> the message as a scorer would see it, before the
    /// scratch is reused: training reads the rules' verdict and the model's features of one message from one lint.
    /// </summary>
    public static LintResult Inspect(CompiledRuleSet set, Thresholds thresholds, string text, MessageKind kind, TextFormat format, ScoringInputVisitor inspect)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = LintScratch.Current;
        try
        {
            scratch.Begin(set.SetCount, set.Rules.Length);
            MessageMatcher.Match(set, scratch, text, kind, format);
            inspect(new ScoringInput(scratch, set, text, kind));
            return ResultBuilder.Build(thresholds, scratch, text, ResultBuilder.Findings(set, scratch, text), null, null);
        }
        finally
        {
            scratch.End();
        }
    }
}

/// <summary>Reads a message as a scorer sees it; the input is valid only during the call.</summary>
internal delegate void ScoringInputVisitor(ScoringInput input);
