namespace CreepLint.Text;

/// <summary>Splits normalised text into tokens and sentences in one pass.</summary>
internal static class Tokenizer
{
    /// <summary>Fewest spaced or dotted single letters ("p r e g n a n t") joined back into one word; ordinary prose never has this many in a row.</summary>
    private const int MinSpacedLetters = 4;

    /// <summary>Tokenises <paramref name="buffer"/> into <paramref name="tokens"/>; returns the number of sentences.</summary>
    /// <param name="buffer">Normalised text.</param>
    /// <param name="source">The source text, for the end offsets of tokens.</param>
    /// <param name="tokens">Receives the tokens.</param>
    /// <param name="questions">Receives, per sentence, whether it ends with a question mark.</param>
    public static int Tokenize(TextBuffer buffer, string source, List<Token> tokens, List<bool> questions)
    {
        tokens.Clear();
        questions.Clear();
        var chars = buffer.Chars;
        var map = buffer.Map;
        var n = buffer.Length;
        var sentence = 0;
        var sentenceHasTokens = false;
        var i = 0;
        while (i < n)
        {
            var c = chars[i];
            if (c == ' ')
            {
                i++; // The commonest character, and it never starts a token or ends a sentence.
                continue;
            }

            if (char.IsLetterOrDigit(c) || (c is '$' or '£' or '€' or '¥' && i + 1 < n && char.IsAsciiDigit(chars[i + 1])))
            {
                var start = i;
                var kind = ScanWord(chars, n, ref i);
                var last = map[i - 1];
                var end = last + SourceCharLength(source, last);
                tokens.Add(new Token(start, i - start, map[start], end, kind, sentence));
                sentenceHasTokens = true;
                continue;
            }

            if (c == CharFolding.PlaceholderMark)
            {
                tokens.Add(new Token(i, 1, map[i], map[i], TokenKind.Placeholder, sentence));
                sentenceHasTokens = true;
                i++;
                continue;
            }

            var ends = c switch
            {
                CharFolding.BreakMark => true,
                '.' or '!' or '?' => i + 1 >= n || IsSentenceGap(chars[i + 1]),
                '\n' => IsBlankLineAhead(chars, n, i + 1),
                _ => false,
            };
            if (ends && sentenceHasTokens)
            {
                questions.Add(c == '?');
                sentence++;
                sentenceHasTokens = false;
            }
            else if (c == '?' && questions.Count == sentence && sentenceHasTokens)
            {
                // A question mark inside a sentence ("Struggling with debt?!") still marks it as a question.
                questions.Add(true);
                sentence++;
                sentenceHasTokens = false;
            }

            i++;
        }

        if (sentenceHasTokens)
        {
            questions.Add(false);
            sentence++;
        }

        JoinSpacedLetters(buffer, tokens);
        return sentence;
    }

    private static int SourceCharLength(string source, int offset) =>
        offset < source.Length && char.IsHighSurrogate(source[offset]) && offset + 1 < source.Length ? 2 : 1;

    private static bool IsSentenceGap(char next) =>
        char.IsWhiteSpace(next) || next is CharFolding.BreakMark or '"' or '\'' or ')' or '.' or '!' or '?' or CharFolding.PlaceholderMark;

    private static bool IsBlankLineAhead(char[] chars, int n, int k)
    {
        while (k < n && chars[k] is ' ' or '\t' or '\r')
        {
            k++;
        }

        return k >= n || chars[k] == '\n';
    }

    private static TokenKind ScanWord(char[] chars, int n, ref int i)
    {
        var start = i;
        var letters = 0;
        var digits = 0;
        if (chars[i] is '$' or '£' or '€' or '¥')
        {
            i++;
            while (i < n && (char.IsAsciiDigit(chars[i]) || (chars[i] is '.' or ',' && i + 1 < n && char.IsAsciiDigit(chars[i + 1]))))
            {
                i++;
            }

            return TokenKind.Money;
        }

        while (i < n)
        {
            var c = chars[i];
            if (c is >= 'a' and <= 'z')
            {
                letters++; // Folded text is mostly lower-case ASCII: skip the general checks below.
                i++;
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                letters++;
                i++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
                i++;
            }
            else if (c == '\'' && i > start && char.IsLetter(chars[i - 1]) && i + 1 < n && char.IsLetter(chars[i + 1]))
            {
                i++;
            }
            else if (c is '.' or ',' or ':' && i > start && char.IsAsciiDigit(chars[i - 1]) && i + 1 < n && char.IsAsciiDigit(chars[i + 1]))
            {
                i++;
            }
            else if (c is '@' or '$' && i > start && char.IsLetter(chars[i - 1]) && i + 1 < n && char.IsLetter(chars[i + 1]))
            {
                // Leetspeak symbols inside a word ("pregn@nt").
                chars[i] = c == '@' ? 'a' : 's';
                letters++;
                i++;
            }
            else if (c == '%' && digits > 0 && letters == 0)
            {
                i++;
                return TokenKind.Percent;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return TokenKind.Word;
        }

        var text = chars.AsSpan(start, i - start);
        if (letters == 0)
        {
            return text.Contains(':') ? TokenKind.Time : TokenKind.Number;
        }

        if (IsTimeOrOrdinal(text, out var isTime))
        {
            return isTime ? TokenKind.Time : TokenKind.Number;
        }

        UnLeet(text);
        return TokenKind.Word;
    }

    /// <summary>Recognises "11pm", "11:52pm", "7am", ordinals ("3rd", "37th") and multipliers ("3x").</summary>
    private static bool IsTimeOrOrdinal(ReadOnlySpan<char> text, out bool isTime)
    {
        var k = 0;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || text[k] is ':' or '.' or ','))
        {
            k++;
        }

        var suffix = text[k..];
        isTime = suffix is "am" or "pm" or "a.m" or "p.m";
        return k > 0 && (isTime || suffix is "st" or "nd" or "rd" or "th" or "x" or "k");
    }

    /// <summary>Reads digits standing between letters as the letters they imitate ("pr3gn4nt" → "pregnant").</summary>
    private static void UnLeet(Span<char> text)
    {
        for (var k = 1; k < text.Length - 1; k++)
        {
            if (!char.IsLetter(text[k - 1]) || !char.IsLetter(text[k + 1]))
            {
                continue;
            }

            text[k] = text[k] switch
            {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                _ => text[k],
            };
        }
    }

    /// <summary>Joins runs of single letters separated by one space, dot, hyphen, underscore or asterisk into one word token.</summary>
    private static void JoinSpacedLetters(TextBuffer buffer, List<Token> tokens)
    {
        var chars = buffer.Chars;
        if (!MayHaveSpacedRun(tokens, chars))
        {
            return; // Nearly every message: no rewrite pass over the tokens.
        }

        var write = 0;
        Span<char> joined = stackalloc char[64];
        for (var read = 0; read < tokens.Count;)
        {
            var runEnd = read;
            while (runEnd < tokens.Count && IsSingleLetter(tokens[runEnd], chars)
                   && (runEnd == read || (tokens[runEnd].Sentence == tokens[read].Sentence && IsSingleSeparator(chars, tokens[runEnd - 1], tokens[runEnd]))))
            {
                runEnd++;
            }

            var run = runEnd - read;
            if (run >= MinSpacedLetters && run <= joined.Length)
            {
                for (var k = 0; k < run; k++)
                {
                    joined[k] = chars[tokens[read + k].Start];
                }

                var at = buffer.AppendSynthetic(joined[..run]);
                chars = buffer.Chars;
                var first = tokens[read];
                tokens[write++] = new Token(at, run, first.SourceStart, tokens[runEnd - 1].SourceEnd, TokenKind.Word, first.Sentence);
                read = runEnd;
                continue;
            }

            var stop = Math.Max(runEnd, read + 1);
            for (; read < stop; read++)
            {
                tokens[write++] = tokens[read];
            }
        }

        tokens.RemoveRange(write, tokens.Count - write);
    }

    /// <summary>Whether some <see cref="MinSpacedLetters"/> single-letter tokens follow one another (separators unchecked).</summary>
    private static bool MayHaveSpacedRun(List<Token> tokens, char[] chars)
    {
        var run = 0;
        foreach (ref readonly var t in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens))
        {
            run = IsSingleLetter(t, chars) ? run + 1 : 0;
            if (run >= MinSpacedLetters)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSingleLetter(Token t, char[] chars) => t.Kind == TokenKind.Word && t.Length == 1 && char.IsLetter(chars[t.Start]);

    private static bool IsSingleSeparator(char[] chars, Token previous, Token next) =>
        next.Start == previous.Start + 2 && chars[previous.Start + 1] is ' ' or '.' or '-' or '_' or '*' or '\u00B7';
}
