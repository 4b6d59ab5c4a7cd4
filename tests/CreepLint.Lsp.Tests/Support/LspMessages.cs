using System.Text.Json.Nodes;

namespace CreepLint.Lsp.Tests.Support;

/// <summary>LSP message shapes the tests send, and readers for what the server answers.</summary>
internal static class LspMessages
{
    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int line, int character, int endLine, int endCharacter) =>
        new() { ["start"] = Position(line, character), ["end"] = Position(endLine, endCharacter) };

    public static JsonObject Document(string uri) => new() { ["uri"] = uri };

    public static Task OpenAsync(this LspClient client, string uri, string text, int version = 1, string languageId = "plaintext") =>
        client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    /// <summary>Replaces the whole text (a change without a range).</summary>
    public static Task ReplaceAsync(this LspClient client, string uri, int version, string text) =>
        client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    /// <summary>Replaces a range (an incremental change, as editors send while typing).</summary>
    public static Task EditAsync(this LspClient client, string uri, int version, JsonObject range, string text) =>
        client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range, ["text"] = text }),
        });

    public static async Task<JsonArray> CodeActionsAsync(this LspClient client, string uri, JsonObject range) =>
        (JsonArray)(await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = Document(uri),
            ["range"] = range,
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        }))!;

    public static Task<JsonNode?> HoverAsync(this LspClient client, string uri, int line, int character) =>
        client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = Document(uri), ["position"] = Position(line, character) });

    public static (int Line, int Character, int EndLine, int EndCharacter) RangeOf(JsonNode diagnostic) =>
        ((int)diagnostic["range"]!["start"]!["line"]!, (int)diagnostic["range"]!["start"]!["character"]!,
         (int)diagnostic["range"]!["end"]!["line"]!, (int)diagnostic["range"]!["end"]!["character"]!);

    public static string Code(JsonNode diagnostic) => (string)diagnostic["code"]!;

    /// <summary>Applies a code action's text edits for <paramref name="uri"/> to <paramref name="text"/>, as an editor does (last edit first).</summary>
    public static string Apply(string text, JsonNode action, string uri)
    {
        var edits = action["edit"]!["changes"]![uri]!.AsArray()
            .Select(e => (Start: OffsetOf(text, e!["range"]!["start"]!), End: OffsetOf(text, e["range"]!["end"]!), NewText: (string)e["newText"]!))
            .OrderByDescending(e => e.Start);
        foreach (var (start, end, newText) in edits)
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }

    /// <summary>The string index of an LSP position (zero-based line, UTF-16 character).</summary>
    public static int OffsetOf(string text, JsonNode position)
    {
        var (line, character) = ((int)position["line"]!, (int)position["character"]!);
        var offset = 0;
        for (var l = 0; l < line; l++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + character;
    }
}
