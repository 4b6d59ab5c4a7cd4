namespace CreepLint.Training.Evaluation;

/// <summary>One language's share of an evaluation: its figures and how often its items were identified as it.</summary>
/// <param name="Language">The items' labelled language (<c>lang</c>), else the language they were linted as.</param>
/// <param name="Report">The figures over this language's items alone.</param>
/// <param name="Labelled">Items of this language that carry a <c>lang</c> label.</param>
/// <param name="Identified">Labelled items that were linted as their labelled language.</param>
internal sealed record LanguageBreakdown(string Language, EvaluationReport Report, int Labelled, int Identified)
{
    /// <summary>Per language, in ordinal order: the same figures as the whole report, over each language's items.</summary>
    public static IReadOnlyList<LanguageBreakdown> Of(EvaluationReport report) =>
        [.. report.Items
            .GroupBy(e => e.Item.Language ?? e.Result.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LanguageBreakdown(
                g.Key,
                CorpusEvaluator.Evaluate(report.Thresholds, [.. g.Select(e => e.Item)], [.. g.Select(e => e.Result)]),
                g.Count(e => e.Item.Language is not null),
                g.Count(e => e.Item.Language is not null && e.Item.Language == e.Result.Language)))];

    /// <summary>Whether a report needs the per-language view: more than one language, or one other than English.</summary>
    public static bool Worth(IReadOnlyList<LanguageBreakdown> languages) =>
        languages.Count > 1 || (languages.Count == 1 && languages[0].Language != CreepLint.Language.LanguageTag.Default);
}
