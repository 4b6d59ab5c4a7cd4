using CreepLint.Model;

namespace CreepLint.Scoring;

/// <summary>
/// Blends a learned scorer's probability into a rule score (docs/model.md). Below the model's threshold t the model
/// changes nothing. At or above it, the probability p becomes a model score m between the warn threshold W and just under
/// the fail threshold F, <c>m = W + (F − 1 − W)·(p − t)/(1 − t)</c>, and the message score is a noisy-OR of the rules'
/// score r and m: <c>score = 100 × (1 − (1 − r/100)(1 − m/100))</c>. So a learned guess alone warns and never fails;
/// with rule evidence it can.
/// </summary>
internal static class ModelBlend
{
    /// <summary>The id every model finding carries; rule ids start at CL1000, CL0xxx are the engine's own.</summary>
    public const string RuleId = "CL0001";

    public const string RuleName = "learned-model";

    /// <summary>Whether a suppression's <paramref name="id"/> names the learned model's finding: its rule id or its name.</summary>
    public static bool IsNamedBy(string id) =>
        string.Equals(id, RuleId, StringComparison.OrdinalIgnoreCase) || string.Equals(id, RuleName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The probability the model must reach to flag a message no rule matched, whatever its own threshold: a learned guess
    /// that no construction of the rule pack supports speaks only when it is very sure (docs/model.md).
    /// </summary>
    public const double AloneProbability = 0.90;

    /// <summary>
    /// The probability a model that stands alone must reach on text whose firmest claim about the reader has one role only
    /// (<see cref="Grounding.OneRole"/>: "we think you'd like", "you're on a 15-day streak"): on real campaign text most such
    /// lifts were false alarms (docs/model.md, "A model alone on real text").
    /// </summary>
    public const double OneRoleProbability = 0.97;

    /// <summary>
    /// The probability the model must reach: its threshold, or, when no rule finding counts, at least <see cref="AloneProbability"/>
    /// and only on text that has the shape of a claim about the reader (<see cref="ModelOpinion.Grounding"/>; higher where that shape is thin); on other text a
    /// model alone never speaks (the bar is infinite).
    /// </summary>
    public static double Bar(ModelOpinion model, bool alone) =>
        !alone ? model.Threshold
        : model.Grounding switch
        {
            Grounding.TwoRoles => Math.Max(model.Threshold, AloneProbability),
            Grounding.OneRole => Math.Max(model.Threshold, OneRoleProbability),
            _ => double.PositiveInfinity,
        };

    /// <summary>Whether the model's opinion adds to the score: it reaches its bar (<see cref="Bar"/>).</summary>
    public static bool Speaks(ModelOpinion model, bool alone) => model.Probability >= Bar(model, alone);

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
}
