using System.Runtime.InteropServices;

namespace CreepLint.Text;

/// <summary>
/// Joins quantity idioms that stand for a number ("a couple of", "a dozen", "dozens of", "hundreds of", "a handful of")
/// into one <see cref="TokenKind.Number"/> token, so that "a couple of times" and "dozens of visits" match
/// <c>&lt;number&gt; times</c> and <c>&lt;number&gt; visits</c> as "2 times" does.
/// </summary>
/// <remarks>
/// Single number words ("two", "twice", "dozen") need no joining: the matcher reads them as <c>&lt;number&gt;</c> from
/// the number-word table. Vague amounts ("a few", "some", "many") are left alone: they are not specific.
/// </remarks>
internal static class Quantities
{
    /// <summary>The idioms <see cref="Join"/> reads as one number, for rule terms and docs.</summary>
    internal static readonly string[] Idioms = ["a couple of", "a handful of", "a dozen", "couple of", "dozens of", "hundreds of", "thousands of"];

    /// <summary>
    /// A rule term with every quantity idiom written as <c>&lt;number&gt;</c>, so that a term and a message agree:
    /// "a couple of times" in a rule matches what the tokenizer makes of "a couple of times" in a message.
    /// </summary>
    public static string InTerm(string term)
    {
        foreach (var idiom in Idioms)
        {
            var at = 0;
            while ((at = term.IndexOf(idiom, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = at + idiom.Length;
                if ((at == 0 || term[at - 1] == ' ') && (end == term.Length || term[end] == ' '))
                {
                    term = string.Concat(term.AsSpan(0, at), "<number>", term.AsSpan(end));
                    at += "<number>".Length;
                }
                else
                {
                    at = end;
                }
            }
        }

        return term;
    }

    /// <summary>Whether <paramref name="word"/> is one an idiom turns on: every idiom has one of them, so a message without
    /// any has nothing to join.</summary>
    public static bool IsKeyWord(ReadOnlySpan<char> word) => word is "couple" or "handful" or "dozen" or "dozens" or "hundreds" or "thousands";

    /// <summary>Joins the idioms in <paramref name="tokens"/> in place; returns whether any was joined.</summary>
    /// <remarks>The tokenizer calls it only for a message with a word an idiom turns on ("couple", "dozen", "hundreds"…).</remarks>
    public static bool Join(char[] chars, List<Token> tokens)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        var from = 0;
        while (from < span.Length && IdiomLength(chars, span, from) == 0)
        {
            from++;
        }

        if (from == span.Length)
        {
            return false;
        }

        var write = from;
        for (var read = from; read < span.Length;)
        {
            var take = IdiomLength(chars, span, read);
            if (take > 1)
            {
                var first = span[read];
                var last = span[read + take - 1];
                span[write++] = new Token(first.Start, last.Start + last.Length - first.Start, first.SourceStart, last.SourceEnd, TokenKind.Number, first.Sentence);
                read += take;
            }
            else
            {
                span[write++] = span[read++];
            }
        }

        CollectionsMarshal.SetCount(tokens, write);
        return true;
    }

    /// <summary>How many tokens from <paramref name="t"/> form a quantity idiom (0 when none starts there).</summary>
    private static int IdiomLength(char[] chars, ReadOnlySpan<Token> tokens, int t)
    {
        // Most tokens start no idiom: only "a" and words of six to nine letters are looked at further.
        ref readonly var token = ref tokens[t];
        if (token.Kind != TokenKind.Word || !(token.Length == 1 || token.Length is >= 6 and <= 9))
        {
            return 0;
        }

        var word = chars.AsSpan(token.Start, token.Length);
        switch (word)
        {
            case "a" when Word(chars, tokens, t + 1) is "couple" or "handful" && Word(chars, tokens, t + 2) is "of" && SameSentence(tokens, t, 3):
                return 3;
            case "a" when Word(chars, tokens, t + 1) is "dozen" && SameSentence(tokens, t, 2):
                return 2;
            case "couple" when Word(chars, tokens, t + 1) is "of" && SameSentence(tokens, t, 2)
                               && Word(chars, tokens, t - 1) is not ("the" or "this" or "that" or "every" or "each" or "our" or "your" or "their" or "happy" or "lovely"):
                return 2;
            case "dozens" or "hundreds" or "thousands" when Word(chars, tokens, t + 1) is "of" && SameSentence(tokens, t, 2):
                return 2;
            default:
                return 0;
        }
    }

    private static bool SameSentence(ReadOnlySpan<Token> tokens, int t, int count) =>
        t + count <= tokens.Length && tokens[t + count - 1].Sentence == tokens[t].Sentence;

    private static ReadOnlySpan<char> Word(char[] chars, ReadOnlySpan<Token> tokens, int t) =>
        t >= 0 && t < tokens.Length && tokens[t].Kind == TokenKind.Word ? chars.AsSpan(tokens[t].Start, tokens[t].Length) : default;
}
