using System.Text.Json;

namespace CreepLint.Training;

/// <summary>One labelled message for training.</summary>
internal sealed record TrainingExample(string Text, MessageKind Kind, bool Creepy, CreepCategory? Category, string Source, int Line)
{
    /// <summary>
    /// Messages with the same group (a generator's frame, a source page, a campaign) are held out together in
    /// cross-validation, so that no fold is scored on near-copies of what it trained on; null for a message of its own.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>How much the message counts in the fit and in choosing the threshold, against 1 for the others
    /// (<c>creeplint train --weight FILE=W</c>: real campaign text is not drowned by a large generated corpus).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The item's <c>lang</c> (a language code), or null when it names none.</summary>
    public string? Language { get; init; }
}

/// <summary>A corpus file had problems; every one is listed as <c>file:line:column: message</c>.</summary>
internal sealed class CorpusException(IReadOnlyList<string> problems)
    : Exception($"the corpus has {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>Reads labelled JSONL (samples/corpus/README.md): <c>text</c> and <c>creepy</c> required, <c>kind</c> and <c>category</c> optional.</summary>
internal static class TrainingCorpus
{
    /// <summary>
    /// Reads a recipe's corpus files, given relative to <paramref name="root"/>, each example with its file's weight from
    /// <paramref name="weights"/> (files not named count once).
    /// </summary>
    public static List<TrainingExample> Read(string root, IEnumerable<string> corpora, IEnumerable<(string File, double Weight)> weights) =>
        Weighted(Read(corpora.Select(c => Path.Combine(root, c))),
            weights.ToDictionary(w => Path.GetFullPath(Path.Combine(root, w.File)), w => w.Weight, StringComparer.Ordinal));

    /// <summary>Each example with the weight its file has in <paramref name="weights"/>, keyed by full path (<c>--weight FILE=W</c>); other files count once.</summary>
    public static List<TrainingExample> Weighted(IEnumerable<TrainingExample> examples, IReadOnlyDictionary<string, double> weights) =>
        [.. examples.Select(e => weights.TryGetValue(Path.GetFullPath(e.Source), out var w) ? e with { Weight = w } : e)];

    /// <summary>Reads every file; throws <see cref="CorpusException"/> listing all problems if any line is bad.</summary>
    public static List<TrainingExample> Read(IEnumerable<string> paths)
    {
        var examples = new List<TrainingExample>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{path}:1:1: the corpus file cannot be read: {ex.Message}");
                continue;
            }

            for (var i = 0; i < lines.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(lines[i]))
                {
                    ReadLine(lines[i], path, i + 1, examples, problems);
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new CorpusException(problems);
        }

        return examples;
    }

    private static void ReadLine(string line, string path, int number, List<TrainingExample> examples, List<string> problems)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}:{number}:1: expected one JSON object per line");
                return;
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                problems.Add($"{path}:{number}:1: missing string field \"text\"");
                return;
            }

            if (!root.TryGetProperty("creepy", out var creepy) || creepy.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problems.Add($"{path}:{number}:1: missing boolean field \"creepy\" (the label to train on)");
                return;
            }

            var kind = MessageKind.Message;
            if (root.TryGetProperty("kind", out var k))
            {
                switch (k.ValueKind == JsonValueKind.String ? k.GetString() : null)
                {
                    case "message": break;
                    case "rationale": kind = MessageKind.Rationale; break;
                    default:
                        problems.Add($"{path}:{number}:1: \"kind\" must be \"message\" or \"rationale\"");
                        return;
                }
            }

            CreepCategory? category = null;
            if (root.TryGetProperty("category", out var c) && c.ValueKind != JsonValueKind.Null)
            {
                if (!CreepCategories.TryParse(c.ValueKind == JsonValueKind.String ? c.GetString() : null, out category))
                {
                    problems.Add($"{path}:{number}:1: unknown category {c.GetRawText()}; use one of {string.Join(", ", CreepCategories.Ids)}");
                    return;
                }
            }

            string? group = null;
            if (root.TryGetProperty("group", out var g) && g.ValueKind != JsonValueKind.Null)
            {
                if (g.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(g.GetString()))
                {
                    problems.Add($"{path}:{number}:1: \"group\" must be a non-empty string (messages with the same group are held out together)");
                    return;
                }

                group = g.GetString();
            }

            string? language = null;
            if (root.TryGetProperty("lang", out var l) && l.ValueKind != JsonValueKind.Null)
            {
                language = Language.LanguageTag.Normalise(l.ValueKind == JsonValueKind.String ? l.GetString() : null);
                if (language is null)
                {
                    problems.Add($"{path}:{number}:1: \"lang\" must be a language code such as en, de, fr or es");
                    return;
                }
            }

            examples.Add(new TrainingExample(text.GetString()!, kind, creepy.GetBoolean(), creepy.GetBoolean() ? category : null, path, number) { Group = group, Language = language });
        }
        catch (JsonException ex)
        {
            problems.Add($"{path}:{number}:{(ex.BytePositionInLine ?? 0) + 1}: not valid JSON: {ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}");
        }
    }
}
