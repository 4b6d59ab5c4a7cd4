using System.Runtime.InteropServices;

namespace CreepLint.Text;

/// <summary>
/// Reads a clock time written with "h", as French (and at times Spanish and German) copy writes it, as a <c>&lt;time&gt;</c>
/// the way "18:30" is one: "18h30", "6h42", "18H30" in the German, French and Spanish packs; in the French pack also
/// "18 h 30" and "à 9h", "à 9 h" (an hour after "à"). English is unchanged ("6h" is a number and the unit h).
/// </summary>
/// <remarks>
/// "18h30" is one word to the tokenizer, which no term read before, so in every pack it only gains the class. The spaced
/// and bare forms are two or three tokens (a number, "h", a number) which the French pack's terms spell out
/// ("<c>&lt;number&gt; h &lt;number&gt;</c>", "<c>à &lt;number&gt; h</c>"); they become one token, and the compiler gives each
/// French term that spells them a reading with <c>&lt;time&gt;</c> in their place (<c>RuleSetCompiler.AddClockTimeReadings</c>),
/// so those terms match what they matched before. An hour is 0 to 23 and minutes two digits, 00 to 59; a bare hour
/// without "à" ("pendant 3 h", "24 h"), is a duration and stays a number and "h".
/// </remarks>
internal static class ClockTimesWithH
{
    /// <summary>Marks the clock times written with "h" in <paramref name="tokens"/>; <paramref name="spaced"/> (French) also
    /// joins "18 h 30" and "à 9h" into one token.</summary>
    public static void Mark(TextBuffer buffer, List<Token> tokens, bool spaced)
    {
        var chars = buffer.Chars;
        var span = CollectionsMarshal.AsSpan(tokens);
        var write = 0;
        for (var read = 0; read < span.Length;)
        {
            var token = span[read];

            // Only a token that starts with a digit can be a time: the rest are copied (and only once tokens have moved).
            if (char.IsAsciiDigit(chars[token.Start]))
            {
                if (token.Kind == TokenKind.Word && IsCompact(chars.AsSpan(token.Start, token.Length)))
                {
                    span[write++] = token with { Kind = TokenKind.Time };
                    read++;
                    continue;
                }

                var take = spaced ? SpacedLength(chars, span, read, write > 0 ? span[write - 1] : default, write > 0) : 0;
                if (take > 0)
                {
                    var last = span[read + take - 1];
                    span[write++] = new Token(token.Start, last.Start + last.Length - token.Start, token.SourceStart, last.SourceEnd, TokenKind.Time, token.Sentence);
                    read += take;
                    continue;
                }
            }

            if (write != read)
            {
                span[write] = token;
            }

            write++;
            read++;
        }

        if (write < span.Length)
        {
            CollectionsMarshal.SetCount(tokens, write);
            buffer.NameCandidatesMoved = true;
        }
    }

    /// <summary>"18h30", "6h42": one or two digits of an hour, "h", two digits of minutes.</summary>
    internal static bool IsCompact(ReadOnlySpan<char> word)
    {
        var h = word.IndexOf('h');
        return h is 1 or 2 && word.Length == h + 3 && IsHour(word[..h]) && IsMinutes(word[(h + 1)..]);
    }

    /// <summary>How many tokens from <paramref name="t"/> form a spaced or bare time ("18 h 30": 3, "à 9h": 2), or 0.</summary>
    private static int SpacedLength(char[] chars, ReadOnlySpan<Token> tokens, int t, Token previous, bool hasPrevious)
    {
        if (tokens[t].Kind != TokenKind.Number || t + 1 >= tokens.Length || !IsHour(Text(chars, tokens[t]))
            || !IsH(chars, tokens[t + 1]) || tokens[t + 1].Sentence != tokens[t].Sentence || !Close(chars, tokens[t], tokens[t + 1]))
        {
            return 0;
        }

        if (t + 2 < tokens.Length && tokens[t + 2].Kind == TokenKind.Number && tokens[t + 2].Sentence == tokens[t].Sentence
            && Close(chars, tokens[t + 1], tokens[t + 2]) && IsMinutes(Text(chars, tokens[t + 2])))
        {
            return 3;
        }

        // A bare hour is a clock time after "à" ("rendez-vous à 9h"); elsewhere it is as likely a duration ("en 24 h").
        return hasPrevious && previous.Kind == TokenKind.Word && previous.Sentence == tokens[t].Sentence && Text(chars, previous) is "à" or "a" ? 2 : 0;
    }

    private static ReadOnlySpan<char> Text(char[] chars, in Token token) => chars.AsSpan(token.Start, token.Length);

    private static bool IsH(char[] chars, in Token token) => token.Kind == TokenKind.Word && token.Length == 1 && chars[token.Start] == 'h';

    /// <summary>Whether at most one space lies between the two tokens ("18 h 30", "18h 30", "9h").</summary>
    private static bool Close(char[] chars, in Token a, in Token b)
    {
        var gap = b.Start - (a.Start + a.Length);
        return gap == 0 || (gap == 1 && chars[b.Start - 1] == ' ');
    }

    private static bool IsHour(ReadOnlySpan<char> digits) =>
        digits.Length is 1 or 2 && char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[^1])
        && (digits.Length == 1 || digits[0] < '2' || (digits[0] == '2' && digits[1] <= '3'));

    private static bool IsMinutes(ReadOnlySpan<char> digits) =>
        digits.Length == 2 && digits[0] is >= '0' and <= '5' && char.IsAsciiDigit(digits[1]);
}
