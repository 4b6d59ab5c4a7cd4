using System.Text;
using System.Text.Json;

namespace CreepLint.Cli.Inputs;

/// <summary>Finds and reads the texts to lint from files, directories and standard input.</summary>
internal static class InputReader
{
    /// <summary>File extensions linted when a directory is walked.</summary>
    public static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".liquid", ".hbs", ".jsonl"];

    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths, List<InputProblem> problems)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                problems.Add(new InputProblem(path, 0, 0, "no such file or directory"));
            }
        }
    }

    public static IEnumerable<LintItem> Read(string path, TextReader stdin, List<InputProblem> problems)
    {
        string text;
        try
        {
            text = path == "-" ? stdin.ReadToEnd() : File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(path, 0, 0, $"cannot be read: {ex.Message}"));
            return [];
        }

        var extension = path == "-" ? string.Empty : Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".jsonl" => ReadJsonLines(path, text, problems),
            ".html" or ".htm" => [new LintItem(path, null, MessageKind.Message, text, TextFormat.Html)],
            ".txt" or ".md" => [new LintItem(path, null, MessageKind.Message, text, TextFormat.PlainText)],
            _ => [new LintItem(path, null, MessageKind.Message, text, TextFormat.Auto)],
        };
    }

    /// <summary>Reads JSON Lines: <c>{"id": …, "text": …, "kind": "message"|"rationale"}</c> per line; unknown fields are ignored.</summary>
    internal static List<LintItem> ReadJsonLines(string path, string content, List<InputProblem> problems)
    {
        var items = new List<LintItem>();
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
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                {
                    problems.Add(new InputProblem(path, lineNumber, 1, "each line must be a JSON object with a string \"text\""));
                    continue;
                }

                var id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText() : null;
                var kind = MessageKind.Message;
                if (root.TryGetProperty("kind", out var kindElement))
                {
                    var kindText = kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString() : null;
                    if (kindText is "rationale")
                    {
                        kind = MessageKind.Rationale;
                    }
                    else if (kindText is not "message")
                    {
                        problems.Add(new InputProblem(path, lineNumber, 1, "\"kind\" must be \"message\" or \"rationale\""));
                        continue;
                    }
                }

                items.Add(new LintItem(path, id ?? $"line {lineNumber}", kind, textElement.GetString()!, TextFormat.Auto, lineNumber, 1));
            }
            catch (JsonException ex)
            {
                problems.Add(new InputProblem(path, lineNumber, (int)(ex.BytePositionInLine ?? 0) + 1, $"invalid JSON: {ex.Message.Split(" Path:")[0]}"));
            }
        }

        return items;
    }
}
