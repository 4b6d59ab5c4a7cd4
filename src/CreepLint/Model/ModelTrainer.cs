using CreepLint.Matching;

namespace CreepLint.Model;

/// <summary>Training settings. The defaults are what the shipped model was trained with.</summary>
/// <param name="Seed">Seeds the fold split; the same seed and corpus give a byte-identical model.</param>
/// <param name="Folds">Cross-validation folds, for calibration and the reported figures.</param>
/// <param name="L2">L2 penalty on the weights (not on the bias).</param>
/// <param name="TargetPrecision">The probability threshold is the lowest (0.50–0.99, in steps of 0.01) that keeps cross-validated precision of rules plus model at or above this.</param>
internal sealed record TrainingOptions(int Seed = 1729, int Folds = 5, double L2 = 1e-4, double TargetPrecision = 0.97)
{
    public HashingOptions Hashing { get; init; } = HashingOptions.Default;
}

/// <summary>Precision, recall and F1 of "flagged" (verdict above pass) against the creepy label.</summary>
internal readonly record struct Metrics(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Metrics Of(IReadOnlyList<bool> truth, IReadOnlyList<bool> flagged)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            _ = (truth[i], flagged[i]) switch
            {
                (true, true) => tp++,
                (false, true) => fp++,
                (true, false) => fn++,
                _ => tn++,
            };
        }

        return new Metrics(tp, fp, fn, tn);
    }
}

/// <summary>Cross-validated figures from training.</summary>
internal sealed record TrainingReport(int Items, int Creepy, Metrics Rules, Metrics Model, Metrics Blended, double Threshold);

/// <summary>A step of training, for a progress bar.</summary>
internal readonly record struct TrainingStep(int Done, int Total, string Stage);

/// <summary>
/// Trains a <see cref="LinearCreepModel"/>: extracts features through the rule engine (so rule hits are features),
/// cross-validates to calibrate (Platt) and pick the probability threshold, then fits the final binary model and the
/// one-vs-rest category models on everything. Single-threaded and seeded: same inputs, same bytes.
/// </summary>
internal static class ModelTrainer
{
    /// <summary>Weights kept per category model: they only rank nine categories, and the strongest 1,500 do that as well as all (a tenth of the file size).</summary>
    private const int CategoryWeightsKept = 1500;

    public static (LinearCreepModel Model, TrainingReport Report) Train(
        CreepLintEngine rules, IReadOnlyList<TrainingExample> examples, TrainingOptions options, IProgress<TrainingStep>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(examples);
        if (options.Hashing.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var total = 1 + options.Folds + 1 + CreepCategories.All.Length;
        var done = 0;
        progress?.Report(new TrainingStep(done, total, "extracting features"));
        var (data, slotOfColumn, ruleScores) = Extract(rules, examples, options.Hashing);
        var labels = examples.Select(e => e.Creepy).ToArray();
        progress?.Report(new TrainingStep(++done, total, "cross-validating"));

        var margins = new double[examples.Count];
        foreach (var fold in Folds(labels, options.Folds, options.Seed))
        {
            var inFold = new HashSet<int>(fold);
            var trainIdx = Enumerable.Range(0, examples.Count).Where(i => !inFold.Contains(i)).ToArray();
            var (w, b) = LogisticRegression.Fit([.. trainIdx.Select(i => data[i])], [.. trainIdx.Select(i => labels[i])], slotOfColumn.Length, options.L2);
            foreach (var i in fold)
            {
                margins[i] = LogisticRegression.Margin(data[i], w, b);
            }

            progress?.Report(new TrainingStep(++done, total, "cross-validating"));
        }

        var (plattA, plattB) = PlattScaling.Fit(margins, labels);
        var probabilities = margins.Select(m => 1 / (1 + Math.Exp(-((plattA * m) + plattB)))).ToArray();
        var (threshold, blended) = ChooseThreshold(rules.Thresholds, labels, ruleScores, probabilities, options.TargetPrecision);
        var report = new TrainingReport(
            examples.Count,
            labels.Count(l => l),
            Metrics.Of(labels, [.. ruleScores.Select(s => rules.Thresholds.Classify(s) != Verdict.Pass)]),
            Metrics.Of(labels, [.. probabilities.Select(p => p >= threshold)]),
            blended,
            threshold);

        progress?.Report(new TrainingStep(done, total, "fitting the final model"));
        var (weights, bias) = LogisticRegression.Fit(data, labels, slotOfColumn.Length, options.L2);
        var dense = new float[options.Hashing.Size];
        for (var c = 0; c < weights.Length; c++)
        {
            dense[slotOfColumn[c]] = (float)weights[c];
        }

        progress?.Report(new TrainingStep(++done, total, "fitting category models"));
        var creepy = Enumerable.Range(0, examples.Count).Where(i => examples[i].Category is not null).ToArray();
        var categories = new SparseWeights[CreepCategories.All.Length];
        foreach (var category in CreepCategories.All)
        {
            var (cw, cb) = LogisticRegression.Fit(
                [.. creepy.Select(i => data[i])], [.. creepy.Select(i => examples[i].Category == category)], slotOfColumn.Length, options.L2);
            categories[(int)category] = SparseWeights.FromDense(cw, slotOfColumn, cb, CategoryWeightsKept);
            progress?.Report(new TrainingStep(++done, total, "fitting category models"));
        }

        var metadata = new ModelMetadata(report.Items, report.Creepy, (float)blended.Precision, (float)blended.Recall, (float)blended.F1);
        return (new LinearCreepModel(options.Hashing, dense, bias, plattA, plattB, threshold, categories, metadata), report);
    }


    private static (double Threshold, Metrics Blended) ChooseThreshold(
        Thresholds thresholds, bool[] labels, int[] ruleScores, double[] probabilities, double target)
    {
        (double, Metrics)? best = null;
        for (var step = 0; step <= 49; step++)
        {
            var t = 0.5 + (0.01 * step);
            var flagged = new bool[labels.Length];
            for (var i = 0; i < labels.Length; i++)
            {
                flagged[i] = thresholds.Classify(ModelBlend.Blend(ruleScores[i], probabilities[i], t, thresholds)) != Verdict.Pass;
            }

            var metrics = Metrics.Of(labels, flagged);
            if (metrics.Precision >= target)
            {
                return (Math.Round(t, 2), metrics);
            }

            if (best is null || metrics.Precision > best.Value.Item2.Precision)
            {
                best = (Math.Round(t, 2), metrics);
            }
        }

        return best!.Value;
    }

    /// <summary>Stratified folds: each label's indices shuffled with the seed and dealt round-robin.</summary>
    private static List<int>[] Folds(bool[] labels, int folds, int seed)
    {
        var result = Enumerable.Range(0, folds).Select(_ => new List<int>()).ToArray();
        var random = new Random(seed);
        foreach (var label in new[] { true, false })
        {
            var idx = Enumerable.Range(0, labels.Length).Where(i => labels[i] == label).ToArray();
            random.Shuffle(idx);
            for (var k = 0; k < idx.Length; k++)
            {
                result[k % folds].Add(idx[k]);
            }
        }

        foreach (var f in result)
        {
            f.Sort();
        }

        return result;
    }

    /// <summary>Runs every example through the rules with a capturing scorer; returns compact sparse rows, the slot of each column and the rules' message scores.</summary>
    private static (SparseExample[] Data, int[] SlotOfColumn, int[] RuleScores) Extract(
        CreepLintEngine rules, IReadOnlyList<TrainingExample> examples, HashingOptions hashing)
    {
        var capture = new CapturingScorer(hashing);
        var rows = new List<SortedDictionary<int, double>>();
        var ruleScores = new int[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            var result = MessageLinter.Lint(rules.RuleSet, rules.Thresholds, examples[i].Text, examples[i].Kind, TextFormat.Auto, capture);
            ruleScores[i] = result.Score;
            rows.Add(capture.Last);
        }

        var slotOfColumn = rows.SelectMany(r => r.Keys).Distinct().Order().ToArray();
        var columnOfSlot = new Dictionary<int, int>();
        for (var c = 0; c < slotOfColumn.Length; c++)
        {
            columnOfSlot[slotOfColumn[c]] = c;
        }

        var data = rows.Select(r => new SparseExample([.. r.Keys.Select(s => columnOfSlot[s])], [.. r.Values])).ToArray();
        return (data, slotOfColumn, ruleScores);
    }

    /// <summary>Records the features of the message it is asked about and never lifts a score.</summary>
    private sealed class CapturingScorer(HashingOptions hashing) : ICreepScorer
    {
        public SortedDictionary<int, double> Last { get; private set; } = [];

        public double Threshold => double.PositiveInfinity;

        public double Predict(ScoringInput input)
        {
            var sink = new LinearCreepModel.CollectSink([], []);
            var count = FeatureExtractor.Extract(input, hashing, ref sink);
            var scale = 1 / Math.Sqrt(Math.Max(count, 1));
            var row = new SortedDictionary<int, double>();
            foreach (var (slot, _, _) in sink.Text)
            {
                row[slot] = row.GetValueOrDefault(slot) + scale;
            }

            foreach (var (slot, value) in sink.Rules)
            {
                row[slot] = row.GetValueOrDefault(slot) + value;
            }

            Last = row;
            return 0;
        }

        public ModelExplanation Explain(ScoringInput input) => throw new NotSupportedException();
    }
}
