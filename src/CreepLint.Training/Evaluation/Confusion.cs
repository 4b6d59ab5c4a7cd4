namespace CreepLint.Training.Evaluation;

/// <summary>Confusion counts of a binary decision, with the usual ratios.</summary>
/// <remarks>A ratio with nothing to count (0/0) is 1: no prediction made means no false alarm, nothing to find means nothing missed.</remarks>
internal readonly record struct Confusion(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;
}

/// <summary>The figures of one category.</summary>
/// <param name="Category">The category.</param>
/// <param name="Items">Creepy items labelled with this category.</param>
/// <param name="Confusion">
/// TP: labelled with this category and flagged. FN: labelled with it and not flagged. FP: clean items flagged while
/// carrying a finding of this category (the false alarms this category contributes). TN is not defined per category (0).
/// </param>
/// <param name="Hits">Items labelled with this category that carry at least one finding of it.</param>
internal sealed record CategoryMetrics(CreepCategory Category, int Items, Confusion Confusion, int Hits)
{
    public double HitRate => Items == 0 ? 1.0 : (double)Hits / Items;
}

/// <summary>One corpus item with what the engine said about it.</summary>
internal sealed record EvaluatedItem(LabelledItem Item, LintResult Result, bool Predicted)
{
    /// <summary>A creepy item carrying a finding of its labelled category.</summary>
    public bool IsHit => Item.Category is { } c && Result.Findings.Any(f => f.Category == c);

    /// <summary>The category of the strongest counted finding, or null when nothing counted.</summary>
    public CreepCategory? PredictedCategory =>
        Result.Findings.Where(f => f.Severity != Severity.Info).OrderByDescending(f => f.Score).Select(f => (CreepCategory?)f.Category).FirstOrDefault();
}
