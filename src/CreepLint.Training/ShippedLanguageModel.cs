using System.Globalization;

namespace CreepLint.Training;

/// <summary>
/// How an embedded model of a language other than English (<c>src/CreepLint/Model/&lt;language&gt;.clm</c>) is trained:
/// one recipe per language, on that language's train files with that language's pack, which docs/languages.md prints as
/// a command and <c>LanguageModelTests</c> retrains from, so the two cannot drift. Never the test files.
/// </summary>
/// <param name="Language">The language the model scores (its pack is read for every message).</param>
/// <param name="Corpora">The corpus files, relative to the repository root.</param>
/// <param name="L2">The L2 penalty.</param>
/// <param name="Weights">Corpus files that count other than once (<c>creeplint train --weight FILE=W</c>), as in the English
/// recipe (<see cref="ShippedModel.Weights"/>); each must be one of <paramref name="Corpora"/>.</param>
/// <param name="Threshold">A fixed probability threshold (<c>creeplint train --threshold</c>), as the English recipe fixes one
/// (<see cref="ShippedModel.Threshold"/>), or <see langword="null"/> to let the trainer choose it in cross-validation.</param>
internal sealed record ShippedLanguageModel(string Language, string[] Corpora, double L2, (string File, double Weight)[] Weights, double? Threshold = null)
{
    /// <summary>
    /// The recipes of the German, French and Spanish models: each language's seventeen train files (the first writers' 400
    /// items, the second writers' 600, the third to seventeenth writers' about 400 each), its 398 person-to-person chat
    /// messages (chat-negatives.jsonl) and, in French and Spanish, its 360 non-marketing texts (ood-negatives.jsonl: privacy
    /// and help prose, news, notices, support replies, public posts, instructions; both all clean), L2 1e-3, the pack's
    /// rule examples. Of the L2 values tried in cross-validation (2e-5, 1e-4, 1e-3), 1e-3 is the one at which any of the
    /// three models adds anything to its pack; the packs were written from these same files, so in the trainer's cross-validation their rules leave
    /// the models little to add and it chose thresholds of 0.98 to 1 (French silent). The two negative files are
    /// out-of-domain negatives, as in the English recipe (<see cref="ShippedModel.Weights"/>): a friend's "saw you at the
    /// gym" and a help page's "your location history" are no brand watching its reader. Their weights and whether to fix
    /// the threshold were chosen by leaving one train file out (fifteenth round, again in the sixteenth with twelve files;
    /// each fold also holds out a twelfth of the chat messages, and half of the non-marketing texts, by id, are scored by
    /// models trained with the other half; weights none, 1, 3, 6; thresholds the trainer's, 0.90, 0.93, 0.95, 0.97): the best
    /// F1 at which the model alone lifts at most 1 % of each clean guard set (4 of the 398 chat messages, 2 of the 180
    /// held-out texts, 1 of the 133 to 140 clean hand-written probes, which no recipe trains on), and the shipped model
    /// wrapped in a neutral newsletter must not flag the newsletter. At 0.90 the models lift 9 to 13 (German), 7 to 13 (French)
    /// and 1 to 7 (Spanish) clean probes: dated appointments, charges, loyalty thanks. Spanish: chat 3,
    /// texts 1, fixed 0.93 since the sixteenth round (F1 0.960 against 0.959 at the fifteenth round's 0.95, inside the three
    /// guards: 4 chat messages, 1 text, 1 probe lifted; wrapped, it flags 2 more clean messages than at 0.95 and loses 5
    /// fewer caught ones). German: chat 1, no texts, the trainer's threshold (0.99; F1 0.948; fixed at 0.99 since the forty-second English round,
    /// when the higher bar for a model alone on one-role text moved the trainer's choice to 0.96, which the guards have not cleared): at 0.97 with texts at 1, 3 or
    /// 6 (0.950 to 0.952, inside the guards) the German model, wrapped in the newsletter, flags 110 to 127 clean messages
    /// against 33 (as in the fifteenth round, the newsletter's own greeting). French: chat 1, texts 1, the trainer's threshold
    /// (every fixed one lifts 3 or more probes or 5 or more chat messages; the model stays silent, threshold 1).
    /// docs/languages.md, "Fifteenth round" and "Sixteenth round".
    /// </summary>
    public static readonly ShippedLanguageModel[] All =
    [
        new("de", ["samples/corpus/de/train.jsonl", "samples/corpus/de/train-2.jsonl", "samples/corpus/de/train-3.jsonl", "samples/corpus/de/train-4.jsonl", "samples/corpus/de/train-5.jsonl", "samples/corpus/de/train-6.jsonl", "samples/corpus/de/train-7.jsonl", "samples/corpus/de/train-8.jsonl", "samples/corpus/de/train-9.jsonl", "samples/corpus/de/train-10.jsonl", "samples/corpus/de/train-11.jsonl", "samples/corpus/de/train-12.jsonl", "samples/corpus/de/train-13.jsonl", "samples/corpus/de/train-14.jsonl", "samples/corpus/de/train-15.jsonl", "samples/corpus/de/train-16.jsonl", "samples/corpus/de/train-17.jsonl", "samples/corpus/de/train-18.jsonl", "samples/corpus/de/train-19.jsonl", "samples/corpus/de/train-20.jsonl", "samples/corpus/de/train-21.jsonl", "samples/corpus/de/train-22.jsonl", "samples/corpus/de/train-23.jsonl", "samples/corpus/de/train-24.jsonl", "samples/corpus/de/train-25.jsonl", "samples/corpus/de/train-26.jsonl", "samples/corpus/de/train-27.jsonl", "samples/corpus/de/chat-negatives.jsonl"], 1e-3, [("samples/corpus/de/chat-negatives.jsonl", 1)], 0.99),
        new("fr", ["samples/corpus/fr/train.jsonl", "samples/corpus/fr/train-2.jsonl", "samples/corpus/fr/train-3.jsonl", "samples/corpus/fr/train-4.jsonl", "samples/corpus/fr/train-5.jsonl", "samples/corpus/fr/train-6.jsonl", "samples/corpus/fr/train-7.jsonl", "samples/corpus/fr/train-8.jsonl", "samples/corpus/fr/train-9.jsonl", "samples/corpus/fr/train-10.jsonl", "samples/corpus/fr/train-11.jsonl", "samples/corpus/fr/train-12.jsonl", "samples/corpus/fr/train-13.jsonl", "samples/corpus/fr/train-14.jsonl", "samples/corpus/fr/train-15.jsonl", "samples/corpus/fr/train-16.jsonl", "samples/corpus/fr/train-17.jsonl", "samples/corpus/fr/train-18.jsonl", "samples/corpus/fr/train-19.jsonl", "samples/corpus/fr/train-20.jsonl", "samples/corpus/fr/train-21.jsonl", "samples/corpus/fr/train-22.jsonl", "samples/corpus/fr/train-23.jsonl", "samples/corpus/fr/train-24.jsonl", "samples/corpus/fr/train-25.jsonl", "samples/corpus/fr/train-26.jsonl", "samples/corpus/fr/train-27.jsonl", "samples/corpus/fr/chat-negatives.jsonl", "samples/corpus/fr/ood-negatives.jsonl"], 1e-3, [("samples/corpus/fr/chat-negatives.jsonl", 1), ("samples/corpus/fr/ood-negatives.jsonl", 1)]),
        new("es", ["samples/corpus/es/train.jsonl", "samples/corpus/es/train-2.jsonl", "samples/corpus/es/train-3.jsonl", "samples/corpus/es/train-4.jsonl", "samples/corpus/es/train-5.jsonl", "samples/corpus/es/train-6.jsonl", "samples/corpus/es/train-7.jsonl", "samples/corpus/es/train-8.jsonl", "samples/corpus/es/train-9.jsonl", "samples/corpus/es/train-10.jsonl", "samples/corpus/es/train-11.jsonl", "samples/corpus/es/train-12.jsonl", "samples/corpus/es/train-13.jsonl", "samples/corpus/es/train-14.jsonl", "samples/corpus/es/train-15.jsonl", "samples/corpus/es/train-16.jsonl", "samples/corpus/es/train-17.jsonl", "samples/corpus/es/train-18.jsonl", "samples/corpus/es/train-19.jsonl", "samples/corpus/es/train-20.jsonl", "samples/corpus/es/train-21.jsonl", "samples/corpus/es/train-22.jsonl", "samples/corpus/es/train-23.jsonl", "samples/corpus/es/train-24.jsonl", "samples/corpus/es/train-25.jsonl", "samples/corpus/es/train-26.jsonl", "samples/corpus/es/train-27.jsonl", "samples/corpus/es/chat-negatives.jsonl", "samples/corpus/es/ood-negatives.jsonl"], 1e-3, [("samples/corpus/es/chat-negatives.jsonl", 3), ("samples/corpus/es/ood-negatives.jsonl", 1)], 0.93),
    ];

    /// <summary>Where the model is written, relative to the repository root (embedded as <c>CreepLint.Model.&lt;language&gt;.clm</c>).</summary>
    public string Output => $"src/CreepLint/Model/{Language}.clm";

    /// <summary>The training settings of the recipe.</summary>
    public TrainingOptions Options => new(L2: L2) { Language = Language, Threshold = Threshold };

    /// <summary>The command that writes the model, run from the repository root.</summary>
    public string Command =>
        "dotnet run --project src/CreepLint.Cli -- train " + string.Join(" ", Corpora)
        + string.Concat(Weights.Select(w => $" --weight {w.File}={w.Weight.ToString(CultureInfo.InvariantCulture)}"))
        + $" --language {Language} --l2 {L2.ToString("0e-0", CultureInfo.InvariantCulture)}"
        + (Threshold is { } t ? $" --threshold {t.ToString("0.00", CultureInfo.InvariantCulture)}" : "")
        + $" -o {Output}";

    /// <summary>The recipe for <paramref name="language"/>.</summary>
    public static ShippedLanguageModel For(string language) => Array.Find(All, r => r.Language == language)
        ?? throw new ArgumentException($"no shipped model recipe for '{language}'", nameof(language));

    /// <summary>Reads the recipe's corpora under <paramref name="root"/> with their weights.</summary>
    public List<TrainingExample> Examples(string root) => TrainingCorpus.Read(root, Corpora, Weights);
}
