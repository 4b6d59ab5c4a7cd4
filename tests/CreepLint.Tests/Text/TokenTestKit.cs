using System.Text.Json;
using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>Tokenises text the way the linter does, for tests of the tokenizer's passes.</summary>
internal static class TokenTestKit
{
    public static (List<Token> Tokens, TextBuffer Buffer) Tokenize(string text, bool html = false)
    {
        var buffer = new TextBuffer();
        TextExtractor.Extract(text, text.Length, html, buffer);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(buffer, text, tokens, []);
        return (tokens, buffer);
    }

    /// <summary>
    /// An engine with one probe rule (TST001) whose phrases are <paramref name="phrases"/>, in the English pack or, with
    /// <paramref name="language"/>, in that language's: for tests of how the text layer lets terms match.
    /// </summary>
    public static CreepLintEngine Probe(IEnumerable<string> phrases, string? language = null) =>
        CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules(
            (language is null ? string.Empty : $"language: {language}\n") + $$"""
            rules:
              - id: TST001
                name: probe
                category: behavioral-detail
                severity: warning
                confidence: 60
                message: "m '{match}'"
                why: "w"
                suggestion: "s"
                phrases: {{JsonSerializer.Serialize(phrases)}}
            """, "probe.yaml").Build();

    /// <summary>Each token as its source text and kind, such as <c>Maria:Name</c>.</summary>
    public static string[] Describe(string text)
    {
        var (tokens, _) = Tokenize(text);
        return [.. tokens.Select(t => $"{text[t.SourceStart..t.SourceEnd]}:{t.Kind}")];
    }
}
