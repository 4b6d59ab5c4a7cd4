using System.Collections.Immutable;

namespace CreepLint.Training.Evaluation;

/// <summary>Lints a labelled corpus with an engine and computes precision, recall, F1 and category hit rate.</summary>
/// <remarks>Shared by <c>creeplint eval</c> and the quality-floor test, so both always measure the same thing.</remarks>
internal static class CorpusEvaluator
{
    public static EvaluationReport Evaluate(CreepLintEngine engine, IReadOnlyList<LabelledItem> items)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(items);
        return Evaluate(engine.Thresholds, items, engine.LintBatch([.. items.Select(i => new LintRequest(i.Text, i.Kind, TextFormat.Auto))]));
    }

    /// <summary>The figures of results already linted (by the engines <c>lint</c> would use for each corpus file), item by item.</summary>
    /// <param name="thresholds">The thresholds the report names (the configuration's).</param>
    /// <param name="items">The labelled items.</param>
    /// <param name="results">Their results, in the same order.</param>
    public static EvaluationReport Evaluate(Thresholds thresholds, IReadOnlyList<LabelledItem> items, IReadOnlyList<LintResult> results)
    {
        var evaluated = ImmutableArray.CreateBuilder<EvaluatedItem>(items.Count);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var categoryCount = CreepCategories.All.Length;
        var labelled = new int[categoryCount];
        var flagged = new int[categoryCount];
        var hits = new int[categoryCount];
        var falseAlarms = new int[categoryCount];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var result = results[i];
            var predicted = result.Verdict != Verdict.Pass;
            var entry = new EvaluatedItem(item, result, predicted);
            evaluated.Add(entry);
            switch (item.Creepy, predicted)
            {
                case (true, true):
                    tp++;
                    break;
                case (true, false):
                    fn++;
                    break;
                case (false, true):
                    fp++;
                    foreach (var category in result.Findings.Select(f => f.Category).Distinct())
                    {
                        falseAlarms[(int)category]++;
                    }

                    break;
                default:
                    tn++;
                    break;
            }

            if (item.Category is { } c)
            {
                labelled[(int)c]++;
                flagged[(int)c] += predicted ? 1 : 0;
                hits[(int)c] += entry.IsHit ? 1 : 0;
            }
        }

        var categories = CreepCategories.All
            .Select(c => new CategoryMetrics(c, labelled[(int)c], new Confusion(flagged[(int)c], falseAlarms[(int)c], labelled[(int)c] - flagged[(int)c], 0), hits[(int)c]))
            .ToImmutableArray();
        return new EvaluationReport(thresholds, new Confusion(tp, fp, fn, tn), categories, evaluated.MoveToImmutable());
    }
}
