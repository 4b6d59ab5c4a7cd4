namespace CreepLint.Model;

/// <summary>
/// What training reads of one labelled message, from one lint with the rules alone: the rules' message score (which
/// weights the fit and picks the threshold) and the model's features, summed per hashing slot with text features
/// scaled by 1/√n exactly as <see cref="LinearCreepModel"/> scores them, and whether the text is shaped like a claim about
/// the reader (<see cref="SentenceRoles.IsGrounded"/>: a model alone speaks only then). The internal API of CreepLint.Training.
/// </summary>
internal static class TrainingFeatures
{
    public static (int RuleScore, SortedDictionary<int, double> Features, bool Grounded) Extract(CreepLintEngine rules, string text, MessageKind kind, HashingOptions hashing)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var row = new SortedDictionary<int, double>();
        var grounded = false;
        var result = MessagePipeline.Inspect(rules.RuleSet, rules.Thresholds, text, kind, TextFormat.Auto, input =>
        {
            Collect(input, hashing, row);
            grounded = SentenceRoles.IsGrounded(input);
        });
        return (result.Score, row, grounded);
    }

    private static void Collect(ScoringInput input, HashingOptions hashing, SortedDictionary<int, double> row)
    {
        var sink = new LinearCreepModel.CollectSink([], []);
        var count = FeatureExtractor.Extract(input, hashing, FeatureSet.Current, ref sink);
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
