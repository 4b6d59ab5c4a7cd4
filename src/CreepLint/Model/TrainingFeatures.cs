using CreepLint.Language;

namespace CreepLint.Model;

/// <summary>
/// What training reads of one labelled message, from one lint with the rules alone: the rules' message score (which
/// weights the fit and picks the threshold) and the model's features, summed per hashing slot with text features
/// scaled by 1/√n exactly as <see cref="LinearCreepModel"/> scores them, and whether the text is shaped like a claim about
/// the reader (<see cref="SentenceRoles.IsGrounded(ScoringInput)"/>: a model alone speaks only then). The internal API of CreepLint.Training.
/// </summary>
internal static class TrainingFeatures
{
    /// <param name="rules">The engine whose pack of <paramref name="language"/> lints the message (the English one by default).</param>
    /// <param name="text">The message.</param>
    /// <param name="kind">Message or rationale.</param>
    /// <param name="hashing">The model's hashing.</param>
    /// <param name="language">The language the model is trained for: the message is read with that pack, whatever it would be identified as.</param>
    public static (int RuleScore, SortedDictionary<int, double> Features, Grounding Grounding) Extract(CreepLintEngine rules, string text, MessageKind kind, HashingOptions hashing, string language = LanguageTag.Default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var row = new SortedDictionary<int, double>();
        var grounded = Grounding.TwoRoles;
        var pack = Pack(rules, language);
        var features = SentenceRoles.FeaturesFor(pack);
        var result = MessagePipeline.Inspect(pack, rules.Thresholds, text, kind, TextFormat.Auto, input =>
        {
            Collect(input, hashing, features, row);
            grounded = SentenceRoles.AppliesTo(pack) ? SentenceRoles.GroundingOf(input, 0, int.MaxValue) : Grounding.TwoRoles;
        });
        return (result.Score, row, grounded);
    }

    /// <summary>The pack of <paramref name="language"/>; a model is trained with the pack of its own language only.</summary>
    public static Matching.CompiledRuleSet Pack(CreepLintEngine rules, string language) =>
        rules.Packs.For(language) ?? (language == LanguageTag.Default ? rules.RuleSet
            : throw new ArgumentException($"no rule pack reads '{language}' (packs: {string.Join(", ", rules.Languages)})", nameof(language)));

    private static void Collect(ScoringInput input, HashingOptions hashing, FeatureSet features, SortedDictionary<int, double> row)
    {
        var sink = new LinearCreepModel.CollectSink([], []);
        var count = FeatureExtractor.Extract(input, hashing, features, ref sink);
        var scale = 1 / Math.Sqrt(Math.Max(count, 1));
        foreach (var (slot, _, _) in sink.Text)
        {
            row[slot] = row.GetValueOrDefault(slot) + scale;
        }

        foreach (var (slot, value) in sink.Rules)
        {
            row[slot] = row.GetValueOrDefault(slot) + value;
        }
    }
}
