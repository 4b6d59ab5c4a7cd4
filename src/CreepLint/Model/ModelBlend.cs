using System.Globalization;
using System.Text;
using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Model;

/// <summary>
/// Blends a learned scorer into a rule result. Once the model's probability p reaches its threshold, the message score
/// becomes a noisy-OR of the rules' score r and p: <c>score = 100 × (1 − (1 − r/100)(1 − p))</c>; below the threshold
/// the model changes nothing. With no rule finding, the result carries a <see cref="RuleId"/> finding that explains itself.
/// </summary>
internal static class ModelBlend
{
    /// <summary>The id every model finding carries; rule ids start at CL1000, CL0xxx are the engine's own.</summary>
    public const string RuleId = "CL0001";

    public const string RuleName = "learned-model";

    private const string Suggestion =
        "Talk about the offer, not about what you know or guessed about the reader. If this is a false alarm, add the message to your labelled corpus as clean and retrain with 'creeplint train'.";

    public static int Blend(int ruleScore, double probability, double threshold) =>
        probability >= threshold ? (int)Math.Round(100 * (1 - ((1 - (ruleScore / 100.0)) * (1 - probability))), MidpointRounding.AwayFromZero) : ruleScore;

    /// <summary>Runs the scorer on the message the rules just linted (the scratch still holds it) and blends.</summary>
    public static LintResult Apply(ICreepScorer scorer, LintResult result, Thresholds thresholds, CompiledRuleSet set, LintScratch scratch, string text, MessageKind kind)
    {
        var input = new ScoringInput(scratch, set, text, kind);
        var p = scorer.Predict(input);
        if (!(p >= scorer.Threshold))
        {
            return result;
        }

        var score = Blend(result.Score, Math.Min(p, 1), scorer.Threshold);
        if (result.HasFindings)
        {
            return result with { Score = score, Verdict = thresholds.Classify(score) };
        }

        var finding = Describe(scorer.Explain(input), p, text);
        return new LintResult(score, thresholds.Classify(score), [finding]);
    }

    private static Finding Describe(ModelExplanation explanation, double p, string text)
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

        var score = (int)Math.Round(100 * Math.Min(p, 1), MidpointRounding.AwayFromZero);
        return new Finding(RuleId, explanation.Category, Severity.Warning, score, start, length, startLine, startColumn,
            MessageLinter.Excerpt(text, start, start + length), message, Suggestion);
    }
}
