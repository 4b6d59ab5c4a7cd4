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

    /// <summary>Each token as its source text and kind, such as <c>Maria:Name</c>.</summary>
    public static string[] Describe(string text)
    {
        var (tokens, _) = Tokenize(text);
        return [.. tokens.Select(t => $"{text[t.SourceStart..t.SourceEnd]}:{t.Kind}")];
    }
}
