using System.Text.Json;

namespace CreepLint.Training.Evaluation;

/// <summary>Reads labelled corpora: JSON Lines of <c>{"id","text","kind","creepy","category"?}</c> (see samples/corpus/README.md).</summary>
internal static class LabelledCorpus
{
    /// <summary>Reads one corpus file; problems (unreadable file, bad lines) go to <paramref name="problems"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="name">How items and problems name the file; <paramref name="path"/> when not given.</param>
    public static List<LabelledItem> Load(string path, List<CorpusProblem> problems, string? name = null)
    {
        name ??= path;
        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new CorpusProblem(name, 1, 1, $"cannot be read: {ex.Message}"));
            return [];
        }

        return Parse(content, name, problems);
    }

    /// <summary>Parses corpus text; every malformed line is reported and skipped.</summary>
    public static List<LabelledItem> Parse(string content, string file, List<CorpusProblem> problems)
    {
        var items = new List<LabelledItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in content.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace())
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line.ToString());
                if (ReadItem(doc.RootElement, file, lineNumber, problems) is { } item)
                {
                    if (ids.Add(item.Id))
                    {
                        items.Add(item);
                    }
                    else
                    {
                        problems.Add(new CorpusProblem(file, lineNumber, 1, $"duplicate id '{item.Id}'; ids must be unique within a corpus"));
                    }
                }
            }
            catch (JsonException ex)
            {
                problems.Add(new CorpusProblem(file, lineNumber, (int)(ex.BytePositionInLine ?? 0) + 1, $"invalid JSON: {ex.Message.Split(" Path:")[0]}"));
            }
        }

        return items;
    }

    private static LabelledItem? ReadItem(JsonElement root, string file, int line, List<CorpusProblem> problems)
    {
        string? Fail(string message)
        {
            problems.Add(new CorpusProblem(file, line, 1, message));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Fail("each line must be a JSON object with \"id\", \"text\", \"creepy\" and, for creepy items, \"category\"");
            return null;
        }

        if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            Fail("\"text\" is missing or not a string");
            return null;
        }

        if (!root.TryGetProperty("creepy", out var creepyElement) || creepyElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Fail("\"creepy\" is missing or not true/false; a labelled corpus needs a label on every line");
            return null;
        }

        var creepy = creepyElement.GetBoolean();
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : $"line {line}";
        var kind = MessageKind.Message;
        if (root.TryGetProperty("kind", out var kindElement))
        {
            switch (kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString() : null)
            {
                case "message":
                    break;
                case "rationale":
                    kind = MessageKind.Rationale;
                    break;
                default:
                    Fail("\"kind\" must be \"message\" or \"rationale\"");
                    return null;
            }
        }

        CreepCategory? category = null;
        if (root.TryGetProperty("category", out var categoryElement) && categoryElement.ValueKind != JsonValueKind.Null)
        {
            var categoryText = categoryElement.ValueKind == JsonValueKind.String ? categoryElement.GetString() : null;
            if (!CreepCategories.TryParse(categoryText, out category))
            {
                Fail($"unknown \"category\" '{categoryText}'; use one of {string.Join(", ", CreepCategories.Ids)}");
                return null;
            }
        }

        if (creepy && category is null)
        {
            Fail("a creepy item needs \"category\" (the single most fitting taxonomy category)");
            return null;
        }

        if (!creepy && category is not null)
        {
            Fail("a clean item (\"creepy\": false) must not have a \"category\"");
            return null;
        }

        string? language = null;
        if (root.TryGetProperty("lang", out var langElement))
        {
            language = Language.LanguageTag.Normalise(langElement.ValueKind == JsonValueKind.String ? langElement.GetString() : null);
            if (language is null)
            {
                Fail("\"lang\" must be a language code such as en, de, fr or es");
                return null;
            }
        }

        return new LabelledItem(id, text.GetString()!, kind, creepy, category, file, line) { Language = language };
    }
}
