using System.Buffers;

namespace CreepLint.Text;

/// <summary>Splits normalised text into tokens and sentences in one pass.</summary>
internal static class Tokenizer
{
    /// <summary>Fewest spaced or dotted single letters ("p r e g n a n t") joined back into one word; ordinary prose never has this many in a row.</summary>
    private const int MinSpacedLetters = 4;

    /// <summary>Longest separator between spaced letters ("p . r"); wider gaps are layout, not disguise.</summary>
    private const int MaxSpacedGap = 3;

    /// <summary>Most kinds of gap one spaced-out run may mix (letter gap, word gap, a few variants); more means it is not a disguised word.</summary>
    private const int MaxGapKinds = 4;

    /// <summary>Longest word rebuilt from spaced letters; no rule term is longer.</summary>
    private const int MaxJoinedLetters = 64;

    /// <summary>Lower-case ASCII letters, which make up most of folded text; runs of them are skipped vectorised.</summary>
    private static readonly SearchValues<char> s_lowerAscii = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

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

        return sentence - JoinSpacedLetters(buffer, tokens, questions);
    }

    /// <summary>How many source characters produced the folded character at <paramref name="offset"/>: a surrogate pair, or a whole character reference.</summary>
    /// <remarks>A token never ends on a literal '&amp;' (it is not a letter), so one there was decoded from <c>&amp;#116;</c> or <c>&amp;eacute;</c>.</remarks>
    private static int SourceCharLength(string source, int offset)
    {
        if (offset >= source.Length)
        {
            return 1;
        }

        var c = source[offset];
        if (char.IsHighSurrogate(c) && offset + 1 < source.Length)
        {
            return 2;
        }

        return c == '&' ? TextExtractor.CharacterReferenceLength(source, offset) : 1;
    }

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
                // Folded text is mostly lower-case ASCII: take the whole run at once (vectorised) and skip the checks below.
                var run = new ReadOnlySpan<char>(chars, i + 1, n - i - 1).IndexOfAnyExcept(s_lowerAscii);
                run = run < 0 ? n - i : run + 1;
                letters += run;
                i += run;
                continue;
            }

            if (char.IsLetter(c))
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
            else if (IsLeetSymbol(c) && i > start && char.IsLetter(chars[i - 1]) && i + 1 < n
                     && (char.IsLetter(chars[i + 1]) || (i + 2 < n && IsLeetSymbol(chars[i + 1]) && char.IsLetter(chars[i + 2]))))
            {
                // Leetspeak symbols inside a word ("pregn@nt", "d!abetes"); never at a word's edge, where they are punctuation.
                chars[i] = c switch { '@' => 'a', '$' => 's', '!' => 'i', '|' => 'l', _ => 'e' };
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

    /// <summary>
    /// Reads digits standing for letters ("pr3gn4nt" → "pregnant"): digits between letters always, and every digit of a
    /// word whose digits are all letter-like ("w3" → "we"), since a real code or model number ("b2b", "covid19") rarely is.
    /// </summary>
    private static void UnLeet(Span<char> text)
    {
        var allLeet = true;
        foreach (var c in text)
        {
            if (char.IsDigit(c) && Leet(c) == c)
            {
                allLeet = false;
                break;
            }
        }

        for (var k = 0; k < text.Length; k++)
        {
            if (char.IsDigit(text[k]) && (allLeet || (k > 0 && k < text.Length - 1 && char.IsLetter(text[k - 1]) && char.IsLetter(text[k + 1]))))
            {
                text[k] = Leet(text[k]);
            }
        }
    }

    private static bool IsLeetSymbol(char c) => c is '@' or '$' or '!' or '|' or '€';

    private static char Leet(char digit) => digit switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        _ => digit,
    };

    /// <summary>
    /// Joins runs of single letters spaced out by short separators ("p r e g n a n t", "p. r. e. g.", "p-r-e-g") back into
    /// words. The most common gap in a run separates letters; any other gap separates words ("w e  n o t i c e d").
    /// </summary>
    /// <remarks>
    /// Linear in the number of tokens: a run with more distinct gaps than <see cref="MaxGapKinds"/> is left as it is.
    /// The dots of "p. r. e. g." end sentences; a joined run becomes one sentence again, so later tokens are renumbered.
    /// </remarks>
    /// <returns>How many sentence breaks inside joined runs were removed.</returns>
    private static int JoinSpacedLetters(TextBuffer buffer, List<Token> tokens, List<bool> questions)
    {
        var chars = buffer.Chars;
        if (!MayHaveSpacedRun(tokens, chars))
        {
            return 0; // Nearly every message: no rewrite pass over the tokens.
        }

        var write = 0;
        var merged = 0;
        Span<(int Start, int Length, int Count)> gaps = stackalloc (int, int, int)[MaxGapKinds];
        for (var read = 0; read < tokens.Count;)
        {
            var runEnd = read + 1;
            if (IsSingleLetter(tokens[read], chars))
            {
                while (runEnd < tokens.Count && IsSingleLetter(tokens[runEnd], chars) && IsSeparatorGap(chars, tokens[runEnd - 1], tokens[runEnd]))
                {
                    runEnd++;
                }
            }

            if (runEnd - read >= MinSpacedLetters && LetterGap(chars, tokens, read, runEnd, gaps) is var (gapStart, gapLength) && gapLength > 0)
            {
                var firstSentence = tokens[read].Sentence;
                var lastSentence = tokens[runEnd - 1].Sentence;
                for (var k = read; k < runEnd; k++)
                {
                    tokens[k] = tokens[k] with { Sentence = firstSentence - merged };
                }

                var group = read;
                for (var k = read + 1; k <= runEnd; k++)
                {
                    if (k < runEnd && GapEquals(chars, tokens[k - 1], tokens[k], gapStart, gapLength))
                    {
                        continue;
                    }

                    write = EmitGroup(buffer, tokens, group, k, write);
                    chars = buffer.Chars;
                    group = k;
                }

                if (lastSentence > firstSentence)
                {
                    // The merged sentence ends where the last of them ended, so it keeps that one's question flag.
                    questions.RemoveRange(firstSentence - merged, lastSentence - firstSentence);
                    merged += lastSentence - firstSentence;
                }

                read = runEnd;
                continue;
            }

            for (; read < runEnd; read++)
            {
                tokens[write++] = merged == 0 ? tokens[read] : tokens[read] with { Sentence = tokens[read].Sentence - merged };
            }
        }

        tokens.RemoveRange(write, tokens.Count - write);
        return merged;
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

    /// <summary>Writes tokens [from, to) as one joined word (or as they are, when one letter or too long) and returns the new write index.</summary>
    private static int EmitGroup(TextBuffer buffer, List<Token> tokens, int from, int to, int write)
    {
        var count = to - from;
        if (count < 2 || count > MaxJoinedLetters)
        {
            for (var k = from; k < to; k++)
            {
                tokens[write++] = tokens[k];
            }

            return write;
        }

        Span<char> joined = stackalloc char[MaxJoinedLetters];
        var chars = buffer.Chars;
        for (var k = 0; k < count; k++)
        {
            joined[k] = chars[tokens[from + k].Start];
        }

        var at = buffer.AppendSynthetic(joined[..count]);
        var first = tokens[from];
        tokens[write++] = new Token(at, count, first.SourceStart, tokens[to - 1].SourceEnd, TokenKind.Word, first.Sentence);
        return write;
    }

    /// <summary>The most common gap between the letters of a run; (0, 0) when the run has too many kinds of gap to be spaced-out text.</summary>
    private static (int Start, int Length) LetterGap(char[] chars, List<Token> tokens, int from, int to, Span<(int Start, int Length, int Count)> gaps)
    {
        var kinds = 0;
        for (var k = from + 1; k < to; k++)
        {
            var start = tokens[k - 1].Start + 1;
            var length = tokens[k].Start - start;
            var found = false;
            for (var g = 0; g < kinds; g++)
            {
                if (chars.AsSpan(gaps[g].Start, gaps[g].Length).SequenceEqual(chars.AsSpan(start, length)))
                {
                    gaps[g].Count++;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                if (kinds == gaps.Length)
                {
                    return (0, 0);
                }

                gaps[kinds++] = (start, length, 1);
            }
        }

        var best = 0;
        for (var g = 1; g < kinds; g++)
        {
            if (gaps[g].Count > gaps[best].Count || (gaps[g].Count == gaps[best].Count && gaps[g].Length < gaps[best].Length))
            {
                best = g;
            }
        }

        return (gaps[best].Start, gaps[best].Length);
    }

    private static bool GapEquals(char[] chars, Token previous, Token next, int gapStart, int gapLength) =>
        next.Start - previous.Start - 1 == gapLength && chars.AsSpan(previous.Start + 1, gapLength).SequenceEqual(chars.AsSpan(gapStart, gapLength));

    private static bool IsSingleLetter(Token t, char[] chars) => t.Kind == TokenKind.Word && t.Length == 1 && char.IsLetter(chars[t.Start]);

    /// <summary>Whether only one to <see cref="MaxSpacedGap"/> separator characters stand between two tokens (never a line or block break).</summary>
    private static bool IsSeparatorGap(char[] chars, Token previous, Token next)
    {
        var start = previous.Start + 1;
        var length = next.Start - start;
        if (length is < 1 or > MaxSpacedGap)
        {
            return false;
        }

        foreach (var c in chars.AsSpan(start, length))
        {
            if (c is not (' ' or '.' or '-' or '_' or '*' or '\u00B7' or '/' or '|' or '+'))
            {
                return false;
            }
        }

        return true;
    }
}
