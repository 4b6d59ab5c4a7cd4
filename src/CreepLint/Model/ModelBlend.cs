using System.Globalization;
using System.Text;
using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Model;

/// <summary>
/// Blends a learned scorer into a rule result (docs/model.md). Below the model's threshold t the model changes nothing.
/// At or above it, the probability p becomes a model score m between the warn threshold W and just under the fail
/// threshold F, <c>m = W + (F − 1 − W)·(p − t)/(1 − t)</c>, and the message score is a noisy-OR of the rules' score r
/// and m: <c>score = 100 × (1 − (1 − r/100)(1 − m/100))</c>. So a learned guess alone warns and never fails; with
/// rule evidence it can. With no rule finding, the result carries a <see cref="RuleId"/> finding that explains itself.
/// </summary>
internal static class ModelBlend
{
    /// <summary>The id every model finding carries; rule ids start at CL1000, CL0xxx are the engine's own.</summary>
    public const string RuleId = "CL0001";

    public const string RuleName = "learned-model";

    private const string Suggestion =
        "Talk about the offer, not about what you know or guessed about the reader. If this is a false alarm, add the message to your labelled corpus as clean and retrain with 'creeplint train'.";

    public static int Blend(int ruleScore, double probability, double threshold, Thresholds thresholds)
    {
        var m = ModelScore(probability, threshold, thresholds);
        return m == 0 ? ruleScore : (int)Math.Round(100 * (1 - ((1 - (ruleScore / 100.0)) * (1 - (m / 100)))), MidpointRounding.AwayFromZero);
    }

    /// <summary>The model's own score m (0 below the threshold); see the class summary.</summary>
    public static double ModelScore(double probability, double threshold, Thresholds thresholds)
    {
        if (!(probability >= threshold))
        {
            return 0;
        }

        var position = threshold >= 1 ? 1 : Math.Min(1, (probability - threshold) / (1 - threshold));
        return thresholds.WarnAt + (Math.Max(0, thresholds.FailAt - 1 - thresholds.WarnAt) * position);
    }

    /// <summary>Runs the scorer on the message the rules just linted (the scratch still holds it) and blends.</summary>
    public static LintResult Apply(ICreepScorer scorer, LintResult result, Thresholds thresholds, CompiledRuleSet set, LintScratch scratch, string text, MessageKind kind)
    {
        var input = new ScoringInput(scratch, set, text, kind);
        var p = scorer.Predict(input);
        if (!(p >= scorer.Threshold))
        {
            return result;
        }

        var score = Blend(result.Score, p, scorer.Threshold, thresholds);
        if (result.HasFindings)
        {
            return result with { Score = score, Verdict = thresholds.Classify(score) };
        }

        var finding = Describe(scorer.Explain(input), p, (int)Math.Round(ModelScore(p, scorer.Threshold, thresholds), MidpointRounding.AwayFromZero), text);
        return new LintResult(score, thresholds.Classify(score), [finding]) { LimitsHit = result.LimitsHit };
    }

    private static Finding Describe(ModelExplanation explanation, double p, int score, string text)
    {
        var lines = new LinePositions(text);
        var phrases = new StringBuilder();
        foreach (var phrase in explanation.Phrases.OrderBy(x => x.Offset))
        {
            var (line, column) = lines.At(phrase.Offset);
            phrases.Append(phrases.Length == 0 ? string.Empty : ", ")
                .Append(CultureInfo.InvariantCulture, $"'{MessageLinter.Excerpt(text, phrase.Offset, phrase.Offset + phrase.Length)}' ({line}:{column})");
        }

        var (start, length) = explanation.Phrases.IsDefaultOrEmpty
            ? (0, Math.Min(text.Length, Limits.MaxExcerptLength))
            : (explanation.Phrases[0].Offset, explanation.Phrases[0].Length);
        var (startLine, startColumn) = new LinePositions(text).At(start);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"The learned model rates this message {Math.Round(p * 100)}% likely to be creepy, most like {explanation.Category.ToId()}, though no rule matched.");
        if (phrases.Length > 0)
        {
            message += $" Words that weighed most: {phrases}.";
        }

        return new Finding(RuleId, explanation.Category, Severity.Warning, score, start, length, startLine, startColumn,
            MessageLinter.Excerpt(text, start, start + length), message, Suggestion);
    }
}
