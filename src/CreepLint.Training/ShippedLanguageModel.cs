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
internal sealed record ShippedLanguageModel(string Language, string[] Corpora, double L2, (string File, double Weight)[] Weights)
{
    /// <summary>
    /// The recipes of the German, French and Spanish models: each language's ten train files (the first writers' 400
    /// items, the second writers' 600, the third to tenth writers' about 400 each) and its 398 person-to-person chat
    /// messages (chat-negatives.jsonl, all clean), L2 1e-3, the pack's rule examples. Of the L2 values tried in
    /// cross-validation (2e-5, 1e-4, 1e-3), 1e-3 is the one at which any of the three models adds anything to its pack
    /// (French, at probability 0.99); the packs were written from these same files, so out of fold their rules leave the
    /// models little to add (docs/languages.md). The chat messages are out-of-domain negatives, as in the English recipe
    /// (<see cref="ShippedModel.Weights"/>): they teach a model that a friend's "saw you at the gym" is no brand watching
    /// its reader. Their weight was chosen by leaving one train file out (each held out with a tenth of the chat messages,
    /// weights none, 1, 3 and 6; fourteenth round): German 1 (F1 0.963 and no chat message lifted, against 0.964 and 4
    /// lifted without them), Spanish 3 (the best F1, 0.965, none lifted), French 1 (the model adds nothing at any weight).
    /// </summary>
    public static readonly ShippedLanguageModel[] All =
    [
        new("de", ["samples/corpus/de/train.jsonl", "samples/corpus/de/train-2.jsonl", "samples/corpus/de/train-3.jsonl", "samples/corpus/de/train-4.jsonl", "samples/corpus/de/train-5.jsonl", "samples/corpus/de/train-6.jsonl", "samples/corpus/de/train-7.jsonl", "samples/corpus/de/train-8.jsonl", "samples/corpus/de/train-9.jsonl", "samples/corpus/de/train-10.jsonl", "samples/corpus/de/chat-negatives.jsonl"], 1e-3, [("samples/corpus/de/chat-negatives.jsonl", 1)]),
        new("fr", ["samples/corpus/fr/train.jsonl", "samples/corpus/fr/train-2.jsonl", "samples/corpus/fr/train-3.jsonl", "samples/corpus/fr/train-4.jsonl", "samples/corpus/fr/train-5.jsonl", "samples/corpus/fr/train-6.jsonl", "samples/corpus/fr/train-7.jsonl", "samples/corpus/fr/train-8.jsonl", "samples/corpus/fr/train-9.jsonl", "samples/corpus/fr/train-10.jsonl", "samples/corpus/fr/chat-negatives.jsonl"], 1e-3, [("samples/corpus/fr/chat-negatives.jsonl", 1)]),
        new("es", ["samples/corpus/es/train.jsonl", "samples/corpus/es/train-2.jsonl", "samples/corpus/es/train-3.jsonl", "samples/corpus/es/train-4.jsonl", "samples/corpus/es/train-5.jsonl", "samples/corpus/es/train-6.jsonl", "samples/corpus/es/train-7.jsonl", "samples/corpus/es/train-8.jsonl", "samples/corpus/es/train-9.jsonl", "samples/corpus/es/train-10.jsonl", "samples/corpus/es/chat-negatives.jsonl"], 1e-3, [("samples/corpus/es/chat-negatives.jsonl", 3)]),
    ];

    /// <summary>Where the model is written, relative to the repository root (embedded as <c>CreepLint.Model.&lt;language&gt;.clm</c>).</summary>
    public string Output => $"src/CreepLint/Model/{Language}.clm";

    /// <summary>The training settings of the recipe.</summary>
    public TrainingOptions Options => new(L2: L2) { Language = Language };

    /// <summary>The command that writes the model, run from the repository root.</summary>
    public string Command =>
        "dotnet run --project src/CreepLint.Cli -- train " + string.Join(" ", Corpora)
        + string.Concat(Weights.Select(w => $" --weight {w.File}={w.Weight.ToString(CultureInfo.InvariantCulture)}"))
        + $" --language {Language} --l2 {L2.ToString("0e-0", CultureInfo.InvariantCulture)} -o {Output}";

    /// <summary>The recipe for <paramref name="language"/>.</summary>
    public static ShippedLanguageModel For(string language) => Array.Find(All, r => r.Language == language)
        ?? throw new ArgumentException($"no shipped model recipe for '{language}'", nameof(language));

    /// <summary>Reads the recipe's corpora under <paramref name="root"/> with their weights.</summary>
    public List<TrainingExample> Examples(string root) => TrainingCorpus.Read(root, Corpora, Weights);
}
