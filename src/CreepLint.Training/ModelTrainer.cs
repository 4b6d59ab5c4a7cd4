using CreepLint.Model;
using CreepLint.Scoring;

namespace CreepLint.Training;

/// <summary>Training settings. The defaults are what the shipped model was trained with.</summary>
/// <param name="Seed">Seeds the fold split; the same seed and corpus give a byte-identical model.</param>
/// <param name="Folds">Cross-validation folds, for calibration and the reported figures.</param>
/// <param name="L2">L2 penalty on the weights (not on the bias).</param>
/// <param name="TargetPrecision">The precision that rules plus model must keep in cross-validation at the chosen
/// probability threshold: recall is gained only at a precision no lower than 0.95, and 0.96 leaves a point of margin for
/// the noise of a cross-validated estimate.</param>
/// <param name="AdditionPrecision">The precision that the model's own additions (corpus messages the rules pass and the
/// blend lifts to warn) must have in cross-validation at the chosen threshold, so that where the rules are nearly always
/// right the model cannot spend their precision on guesses.</param>
internal sealed record TrainingOptions(int Seed = 1729, int Folds = 5, double L2 = 1e-4, double TargetPrecision = 0.96, double AdditionPrecision = 0.90)
{
    public HashingOptions Hashing { get; init; } = HashingOptions.Default;

    /// <summary>The language the model is for: every message is read with that language's pack, whose rule examples join
    /// the data, and the model file records it (an engine applies the model to messages in that language only).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Whether the rules' own bad and good examples join the training data (never the held-out folds).</summary>
    public bool RuleExamples { get; init; } = true;

    /// <summary>
    /// A probability threshold to use instead of choosing one (between 0.5 and 1), or <see langword="null"/> to choose the
    /// lowest at which the cross-validated bars hold. The cross-validation that chooses it reads the rules in-sample, and
    /// rules written from the training text catch more of it than of new text, so the model's additions there look fewer
    /// and less precise than they are: a recipe may fix the threshold it chose on text neither was written from.
    /// </summary>
    public double? Threshold { get; init; }


    /// <summary>
    /// How much a message the rules already flag counts in the fit, against 1 for one they pass. The model only changes
    /// verdicts where the rules are silent, so it should learn mostly from those; a little weight on the rest still teaches
    /// it the vocabulary of creepiness without making it a copy of the rules' cue words.
    /// </summary>
    public double RuleFlaggedWeight { get; init; } = 0.03;
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

/// <summary>Cross-validated figures from training (over the corpus; the rule examples trained on are counted apart).</summary>
internal sealed record TrainingReport(int Items, int Creepy, Metrics Rules, Metrics Model, Metrics Blended, double Threshold)
{
    /// <summary>The same cross-validated figures for each corpus file, in the order the files were given.</summary>
    public IReadOnlyList<SourceReport> Sources { get; init; } = [];

    /// <summary>The rules' own examples added to the training data.</summary>
    public int RuleExamples { get; init; }
}

/// <summary>Cross-validated figures of one corpus file, with the weight its messages had.</summary>
internal sealed record SourceReport(string Source, double Weight, Metrics Rules, Metrics Model, Metrics Blended);

/// <summary>A step of training, for a progress bar.</summary>
internal readonly record struct TrainingStep(int Done, int Total, string Stage);

/// <summary>
/// Trains a <see cref="LinearCreepModel"/> on the text (<see cref="FeatureSet.Current"/>): lints every message with the
/// rules (for their verdicts, which weight the fit and pick the threshold), adds the rules' own examples, cross-validates
/// to calibrate (Platt) and pick the probability threshold, then fits the final binary model and the one-vs-rest category
/// models on everything. The fits and the calibration are ML.NET's (<see cref="MlNetTrainer"/>); the model is exported to
/// the weights CreepLint's own scorer reads. Single-threaded and seeded: same inputs, same bytes.
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

        if (!(options.RuleFlaggedWeight > 0 && options.RuleFlaggedWeight <= 1))
        {
            throw new ArgumentException($"the weight of messages the rules flag must be in (0, 1], not {options.RuleFlaggedWeight}", nameof(options));
        }

        var extras = options.RuleExamples ? RuleExamples(rules, examples, options.Language) : [];
        var all = examples.Concat(extras).ToList();
        var total = 1 + options.Folds + 1 + CreepCategories.All.Length;
        var done = 0;
        progress?.Report(new TrainingStep(done, total, "extracting features"));
        var (data, slotOfColumn, allRuleScores, allGrounded) = Extract(rules, all, options);
        var allLabels = all.Select(e => e.Creepy).ToArray();
        var fitter = new MlNetTrainer(options.Hashing.Size, slotOfColumn, options.Seed);
        var exampleWeights = allRuleScores.Select((r, i) => (rules.Thresholds.Classify(r) != Verdict.Pass ? options.RuleFlaggedWeight : 1.0) * all[i].Weight).ToArray();
        var labels = allLabels[..examples.Count];
        var ruleScores = allRuleScores[..examples.Count];
        var grounded = allGrounded[..examples.Count];
        progress?.Report(new TrainingStep(++done, total, "cross-validating"));

        // Only the corpus is held out: the rules' examples are in every training fold, and the figures, the calibration
        // and the threshold are the corpus's alone.
        var margins = new double[examples.Count];
        foreach (var fold in Folds(labels, [.. examples.Select(e => e.Group is null ? null : e.Source + "\n" + e.Group)], options.Folds, options.Seed))
        {
            var inFold = new HashSet<int>(fold);
            var trainIdx = Enumerable.Range(0, all.Count).Where(i => !inFold.Contains(i)).ToArray();
            var (w, b) = fitter.Fit([.. trainIdx.Select(i => data[i])], [.. trainIdx.Select(i => allLabels[i])], options.L2, [.. trainIdx.Select(i => exampleWeights[i])]);
            foreach (var i in fold)
            {
                margins[i] = SparseExample.Margin(data[i], w, b);
            }

            progress?.Report(new TrainingStep(++done, total, "cross-validating"));
        }

        var (plattA, plattB) = fitter.Calibrate(margins, labels);
        var probabilities = margins.Select(m => 1 / (1 + Math.Exp(-((plattA * m) + plattB)))).ToArray();
        var corpusWeights = examples.Select(e => e.Weight).ToArray();
        var (threshold, blended) = options.Threshold is { } fixedThreshold
            ? (fixedThreshold, BlendAt(fixedThreshold, rules.Thresholds, labels, ruleScores, grounded, probabilities))
            : ChooseThreshold(rules.Thresholds, labels, ruleScores, grounded, probabilities, corpusWeights, options.TargetPrecision, options.AdditionPrecision);
        var byRules = ruleScores.Select(s => rules.Thresholds.Classify(s) != Verdict.Pass).ToArray();
        var byModel = probabilities.Select(p => p >= threshold).ToArray();
        var byBlend = Enumerable.Range(0, labels.Length)
            .Select(i => rules.Thresholds.Classify(Blend(ruleScores[i], grounded[i], probabilities[i], threshold, rules.Thresholds)) != Verdict.Pass).ToArray();
        var sources = examples.Select((e, i) => (e.Source, e.Weight, i)).GroupBy(x => x.Source, StringComparer.Ordinal)
            .Select(g =>
            {
                var idx = g.Select(x => x.i).ToArray();
                bool[] Pick(bool[] values) => [.. idx.Select(i => values[i])];
                var truth = Pick(labels);
                return new SourceReport(g.Key, g.First().Weight, Metrics.Of(truth, Pick(byRules)), Metrics.Of(truth, Pick(byModel)), Metrics.Of(truth, Pick(byBlend)));
            }).ToList();
        var report = new TrainingReport(
            examples.Count,
            labels.Count(l => l),
            Metrics.Of(labels, byRules),
            Metrics.Of(labels, byModel),
            blended,
            threshold) { RuleExamples = extras.Count, Sources = sources };

        progress?.Report(new TrainingStep(done, total, "fitting the final model"));
        var (weights, bias) = fitter.Fit(data, allLabels, options.L2, exampleWeights);
        var dense = new float[options.Hashing.Size];
        for (var c = 0; c < weights.Length; c++)
        {
            dense[slotOfColumn[c]] = (float)weights[c];
        }

        progress?.Report(new TrainingStep(++done, total, "fitting category models"));
        var creepy = Enumerable.Range(0, all.Count).Where(i => all[i].Category is not null).ToArray();
        var categories = new SparseWeights[CreepCategories.All.Length];
        foreach (var category in CreepCategories.All)
        {
            var (cw, cb) = fitter.Fit([.. creepy.Select(i => data[i])], [.. creepy.Select(i => all[i].Category == category)], options.L2);
            categories[(int)category] = SparseWeights.FromDense(cw, slotOfColumn, cb, CategoryWeightsKept);
            progress?.Report(new TrainingStep(++done, total, "fitting category models"));
        }

        var metadata = new ModelMetadata(report.Items, report.Creepy, (float)blended.Precision, (float)blended.Recall, (float)blended.F1);
        return (new LinearCreepModel(options.Hashing, dense, bias, plattA, plattB, threshold, categories, metadata) { Language = options.Language, Features = SentenceRoles.FeaturesFor(TrainingFeatures.Pack(rules, options.Language)) }, report);
    }

    /// <summary>
    /// The rules' own examples as labelled messages: bad ones creepy (with the rule's category), good ones clean; in the
    /// pack's rule order, each text once, and none whose text the corpus already labels. Only the pack of the model's
    /// <paramref name="language"/> gives examples: the model scores messages in that language alone.
    /// </summary>
    internal static List<TrainingExample> RuleExamples(CreepLintEngine rules, IReadOnlyList<TrainingExample> corpus, string language = "en")
    {
        var seen = new HashSet<string>(corpus.Select(e => Key(e.Text)), StringComparer.Ordinal);
        var result = new List<TrainingExample>();
        foreach (var rule in TrainingFeatures.Pack(rules, language).Infos)
        {
            foreach (var (list, creepy) in new[] { (rule.BadExamples, true), (rule.GoodExamples, false) })
            {
                for (var i = 0; i < list.Length; i++)
                {
                    if (seen.Add(Key(list[i].Text)))
                    {
                        result.Add(new TrainingExample(list[i].Text, list[i].Kind, creepy, creepy ? rule.Category : null, rule.Source, rule.Line));
                    }
                }
            }
        }

        return result;

        static string Key(string text) => text.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// The lowest threshold (0.50–0.99, steps of 0.01) at which, out of fold, the model adds something, its additions
    /// (messages the rules pass and the blend lifts to warn) are at least <paramref name="additionPrecision"/> precise, and
    /// rules plus model are at least <paramref name="targetPrecision"/> precise; 1 (the model adds nothing) when none is.
    /// Precision counts each message with its weight, so weighted real text weighs as much here as in the fit.
    /// </summary>
    private static (double Threshold, Metrics Blended) ChooseThreshold(
        Thresholds thresholds, bool[] labels, int[] ruleScores, Grounding[] grounded, double[] probabilities, double[] weights, double targetPrecision, double additionPrecision)
    {
        var chosen = 1.0;
        for (var step = 49; step >= 0; step--)
        {
            var t = Math.Round(0.5 + (0.01 * step), 2);
            double added = 0, addedRight = 0, flagged = 0, flaggedRight = 0;
            for (var i = 0; i < labels.Length; i++)
            {
                var byRules = thresholds.Classify(ruleScores[i]) != Verdict.Pass;
                var blended = byRules || thresholds.Classify(Blend(ruleScores[i], grounded[i], probabilities[i], t, thresholds)) != Verdict.Pass;
                if (blended && !byRules)
                {
                    added += weights[i];
                    addedRight += labels[i] ? weights[i] : 0;
                }

                if (blended)
                {
                    flagged += weights[i];
                    flaggedRight += labels[i] ? weights[i] : 0;
                }
            }

            if (added > 0 && addedRight >= additionPrecision * added && flaggedRight >= targetPrecision * flagged)
            {
                chosen = t;
            }
        }

        return (chosen, BlendAt(chosen, thresholds, labels, ruleScores, grounded, probabilities));
    }

    /// <summary>Cross-validated figures of rules plus model at threshold <paramref name="threshold"/>.</summary>
    private static Metrics BlendAt(double threshold, Thresholds thresholds, bool[] labels, int[] ruleScores, Grounding[] grounded, double[] probabilities)
    {
        var result = new bool[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            result[i] = thresholds.Classify(Blend(ruleScores[i], grounded[i], probabilities[i], threshold, thresholds)) != Verdict.Pass;
        }

        return Metrics.Of(labels, result);
    }

    /// <summary>The engine's blend (<see cref="ModelBlend"/>), with its bar for a model that stands alone (no rule score): higher,
    /// and only on text shaped like a claim about the reader (<paramref name="grounded"/>).</summary>
    private static int Blend(int ruleScore, Grounding grounded, double probability, double threshold, Thresholds thresholds)
    {
        var opinion = new ModelOpinion(probability, threshold) { Grounding = grounded };
        return ModelBlend.Blend(ruleScore, probability, ModelBlend.Bar(opinion, alone: ruleScore == 0), thresholds);
    }

    /// <summary>
    /// Stratified folds: per label, the units (a group's messages together, or a message of its own) are shuffled with the
    /// seed and each is dealt to the fold with the fewest messages so far. A group whose messages carry both labels goes
    /// with its first message's label.
    /// </summary>
    private static List<int>[] Folds(bool[] labels, string?[] groups, int folds, int seed)
    {
        var result = Enumerable.Range(0, folds).Select(_ => new List<int>()).ToArray();
        var random = new Random(seed);
        var unitOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var units = new List<(bool Label, List<int> Members)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (groups[i] is { } group)
            {
                if (!unitOf.TryGetValue(group, out var members))
                {
                    unitOf[group] = members = [];
                    units.Add((labels[i], members));
                }

                members.Add(i);
            }
            else
            {
                units.Add((labels[i], [i]));
            }
        }

        foreach (var label in new[] { true, false })
        {
            var ofLabel = units.Where(u => u.Label == label).Select(u => u.Members).ToArray();
            random.Shuffle(ofLabel);
            var next = 0;
            foreach (var members in ofLabel)
            {
                // Units of one message (every ungrouped corpus) go round-robin, as before groups existed; a group goes
                // to the smallest fold.
                var target = members.Count == 1 ? next++ % folds : Array.IndexOf(result, result.MinBy(f => f.Count));
                result[target].AddRange(members);
            }
        }

        foreach (var f in result)
        {
            f.Sort();
        }

        return result;
    }

    /// <summary>Lints every example with the rules alone; returns compact sparse rows, the slot of each column and the rules' message scores.</summary>
    private static (SparseExample[] Data, int[] SlotOfColumn, int[] RuleScores, Grounding[] Grounded) Extract(
        CreepLintEngine rules, List<TrainingExample> examples, TrainingOptions options)
    {
        var rows = new List<SortedDictionary<int, double>>();
        var ruleScores = new int[examples.Count];
        var grounded = new Grounding[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            (ruleScores[i], var row, grounded[i]) = TrainingFeatures.Extract(rules, examples[i].Text, examples[i].Kind, options.Hashing, options.Language);
            rows.Add(row);
        }

        var slotOfColumn = rows.SelectMany(r => r.Keys).Distinct().Order().ToArray();
        var columnOfSlot = new Dictionary<int, int>();
        for (var c = 0; c < slotOfColumn.Length; c++)
        {
            columnOfSlot[slotOfColumn[c]] = c;
        }

        var data = rows.Select(r => new SparseExample([.. r.Keys.Select(s => columnOfSlot[s])], [.. r.Values])).ToArray();
        return (data, slotOfColumn, ruleScores, grounded);
    }
}
