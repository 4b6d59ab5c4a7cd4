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
            if (scorer is null)
            {
                return ResultBuilder.Build(set, thresholds, scratch, text, null, null);
            }

            var input = new ScoringInput(scratch, set, text, kind);
            var model = new ModelOpinion(scorer.Predict(input), scorer.Threshold);
            var explanation = model.Counts && (explainModel || scratch.Candidates.Count == 0) ? scorer.Explain(input) : null;
            return ResultBuilder.Build(set, thresholds, scratch, text, model, explanation);
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
            return ResultBuilder.Build(set, thresholds, scratch, text, null, null);
        }
        finally
        {
            scratch.End();
        }
    }
}

/// <summary>Reads a message as a scorer sees it; the input is valid only during the call.</summary>
internal delegate void ScoringInputVisitor(ScoringInput input);
