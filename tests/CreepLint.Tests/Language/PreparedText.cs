using CreepLint.Text;

namespace CreepLint.Tests.Language;

/// <summary>Text as identification sees it: the folded text and the tokens the matcher finds in it.</summary>
internal static class PreparedText
{
    public static (string Folded, Token[] Tokens) Of(string text, bool html = false)
    {
        var buffer = new TextBuffer();
        var tokens = new List<Token>();
        TextExtractor.Extract(text, text.Length, html, buffer);
        Tokenizer.Tokenize(buffer, text, tokens, []);
        return (new string(buffer.Chars, 0, buffer.Length), [.. tokens]);
    }
}
