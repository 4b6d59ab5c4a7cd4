using System.Collections.Immutable;

namespace CreepLint.Training.Evaluation;

/// <summary>Detection quality of an engine on a labelled corpus.</summary>
/// <param name="Thresholds">The thresholds in force; an item is predicted creepy when its verdict is warn or fail.</param>
/// <param name="Overall">Confusion counts over every item.</param>
/// <param name="Categories">Per-category figures, in taxonomy order.</param>
/// <param name="Items">Every item with its result, in corpus order.</param>
internal sealed record EvaluationReport(Thresholds Thresholds, Confusion Overall, ImmutableArray<CategoryMetrics> Categories, ImmutableArray<EvaluatedItem> Items)
{
    /// <summary>The definition printed with every report, so numbers are never read without it.</summary>
    public const string Definition =
        "predicted creepy = verdict warn or fail (score >= warn threshold); " +
        "hit = a creepy item carrying a finding of its labelled category; " +
        "per category: recall over items labelled with it, precision counts clean items flagged with a finding of it as false positives";

    public int CreepyItems => Categories.Sum(c => c.Items);

    public int Hits => Categories.Sum(c => c.Hits);

    /// <summary>Share of creepy items that carry a finding of their labelled category.</summary>
    public double HitRate => CreepyItems == 0 ? 1.0 : (double)Hits / CreepyItems;

    public IEnumerable<EvaluatedItem> FalsePositives => Items.Where(i => i.Predicted && !i.Item.Creepy);

    public IEnumerable<EvaluatedItem> FalseNegatives => Items.Where(i => !i.Predicted && i.Item.Creepy);

    /// <summary>Creepy items flagged, but without a finding of their labelled category.</summary>
    public IEnumerable<EvaluatedItem> CategoryMisses => Items.Where(i => i.Predicted && i.Item.Creepy && !i.IsHit);
}
