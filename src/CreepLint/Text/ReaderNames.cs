namespace CreepLint.Text;

/// <summary>
/// The source spans of the words the engine takes for the reader's name (<see cref="TokenKind.Name"/>: "Hi Sarah Connor,",
/// "Chemo days are long, Maria."), so a report can mask exactly what the rules read as a name.
/// </summary>
/// <remarks>For redaction, not the lint path: it allocates its own buffers per call and is safe to call from any thread.</remarks>
internal static class ReaderNames
{
    /// <summary>Spans (start, length) of name words in <paramref name="text"/>, in order; placeholders are left to the caller.</summary>
    public static List<(int Start, int Length)> Find(string text)
    {
        var spans = new List<(int Start, int Length)>();
        if (string.IsNullOrEmpty(text))
        {
            return spans;
        }

        var buffer = new TextBuffer();
        var tokens = new List<Token>();
        var length = Math.Min(text.Length, Limits.MaxMessageLength);
        TextExtractor.Extract(text, length, TextExtractor.LooksLikeHtml(text), buffer);
        Tokenizer.Tokenize(buffer, text, tokens, []);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Name && token.SourceEnd > token.SourceStart && token.SourceEnd <= text.Length && char.IsLetter(text[token.SourceStart]))
            {
                spans.Add((token.SourceStart, token.SourceEnd - token.SourceStart));
            }
        }

        return spans;
    }
}
