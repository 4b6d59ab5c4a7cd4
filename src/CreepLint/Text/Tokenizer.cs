using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>Bits of <see cref="EndsLowerWord"/> for characters 0–63 and 64–127.</summary>
    private static readonly ulong s_endsLowerWordLow = EndsLowerWordBits(0);
    private static readonly ulong s_endsLowerWordHigh = EndsLowerWordBits(64);

    /// <summary>Token slots a list starts with; it doubles from there.</summary>
    private const int MinTokenCapacity = 64;

    /// <summary>Tokenises <paramref name="buffer"/> into <paramref name="tokens"/>; returns the number of sentences.</summary>
    /// <param name="buffer">Normalised text.</param>
    /// <param name="source">The source text, for the end offsets of tokens.</param>
    /// <param name="tokens">Receives the tokens.</param>
    /// <param name="questions">Receives, per sentence, whether it ends with a question mark.</param>
    public static int Tokenize(TextBuffer buffer, string source, List<Token> tokens, List<bool> questions)
    {
        questions.Clear();
        var chars = buffer.Chars;
        var map = buffer.Map;
        var n = buffer.Length;

        // Tokens are written straight into the list's array (grown by doubling), not added one by one: the loop keeps its
        // state in registers instead of updating the list's fields per token.
        CollectionsMarshal.SetCount(tokens, Math.Max(tokens.Capacity, MinTokenCapacity));
        var written = CollectionsMarshal.AsSpan(tokens);
        var count = 0;
        var sentence = 0;
        var sentenceHasTokens = false;
        var singleLetters = 0;
        var firstSpacedRun = -1;
        var placeholders = 0;
        var tokensInSentence = 0;
        var afterComma = false;
        var mayHaveIdiom = false;
        var quotes = false;
        var nameCandidates = buffer.NameCandidates;
        nameCandidates.Clear();
        buffer.NameCandidatesMoved = false;
        var i = 0;
        while (i < n)
        {
            var c = chars[i];
            if (c == ' ')
            {
                i++; // The commonest character, and it never starts a token or ends a sentence.
                continue;
            }

            var start = i;
            TokenKind kind;
            if (IsLowerAscii(c))
            {
                // Most words are lower-case ASCII followed by a space: no per-character checks for them.
                i = EndOfLowerRun(chars, i + 1, n);
                kind = TokenKind.Word;
                if (i < n && (!EndsLowerWord(chars[i]) || chars[i] == '-'))
                {
                    (i, kind) = ContinueWord(chars, n, start, i, i - start, 0);
                }
            }
            else if (c != CharFolding.BreakMark && (char.IsLetterOrDigit(c) || (c is '$' or '£' or '€' or '¥' && i + 1 < n && char.IsAsciiDigit(chars[i + 1]))))
            {
                // (A block break, common in HTML, is no letter: it is ruled out before the Unicode table lookup.)
                (i, kind) = ScanWord(chars, n, i);
            }
            else if (c == CharFolding.PlaceholderMark)
            {
                if (count == written.Length)
                {
                    written = Grow(tokens);
                }

                // Placeholders are marked in source order, one mark each: the n-th mark is the n-th placeholder, whose
                // whole source span the token covers (so a finding that ends on "{{ first_name }}" includes it).
                var end = placeholders < buffer.Placeholders.Count && buffer.Placeholders[placeholders].Start == map[i]
                    ? map[i] + buffer.Placeholders[placeholders++].Length
                    : map[i];
                written[count++] = new Token(i, 1, map[i], end, TokenKind.Placeholder, sentence);
                sentenceHasTokens = true;
                tokensInSentence++;
                afterComma = false;
                singleLetters = 0;
                i++;
                continue;
            }
            else
            {
                // "To whoever read 'Is it normal to cry at work?' nineteen times": a mark that closes a quotation the sentence
                // goes on after (in lower case) neither ends it nor makes it a question.
                var quotedMark = c is '!' or '?' && IsQuotedMarkInSentence(source, map, chars, n, i);
                var ends = c switch
                {
                    CharFolding.BreakMark => true,
                    '.' => (i + 1 >= n || IsSentenceGap(chars[i + 1])) && !IsAbbreviationDot(source, map, chars, n, i, written, count),
                    '!' or '?' => (i + 1 >= n || IsSentenceGap(chars[i + 1])) && !quotedMark,
                    '\n' => IsBlankLineAhead(chars, n, i + 1) || (tokensInSentence <= MaxSalutationTokens && EndsWithComma(chars, i)),
                    _ => false,
                };
                if (ends && sentenceHasTokens)
                {
                    questions.Add(c == '?');
                    sentence++;
                    sentenceHasTokens = false;
                    tokensInSentence = 0;
                }
                else if (c == '?' && !quotedMark && questions.Count == sentence && sentenceHasTokens)
                {
                    // A question mark inside a sentence ("Struggling with debt?!") still marks it as a question.
                    questions.Add(true);
                    sentence++;
                    sentenceHasTokens = false;
                    tokensInSentence = 0;
                }

                afterComma = c == ',';
                quotes |= c is '"' or '\'';
                i++;
                continue;
            }

            var last = map[i - 1];
            if (count == written.Length)
            {
                written = Grow(tokens);
            }

            var token = written[count++] = new Token(start, i - start, map[start], last + SourceCharLength(source, last), kind, sentence);
            sentenceHasTokens = true;

            // Where a name of the reader can stand (Vocatives): first or second in a sentence, or after a comma, and
            // capitalised in the source. Checked here, where the token's place is known, so no pass reads every token.
            if ((tokensInSentence <= 1 || afterComma) && kind == TokenKind.Word && IsUpperAt(source, map[start]) && !IsUpperAt(source, map[start] + 1))
            {
                nameCandidates.Add(count - 1);
            }

            // A word a quantity idiom turns on ("couple", "dozen", "hundreds"…): only then does the idiom pass run. Length
            // and first letter rule out nearly every word before the comparison ("there", "today" and "think" pass them).
            if (i - start is >= 5 and <= 9 && chars[start] is 'c' or 'd' or 'h' or 't')
            {
                mayHaveIdiom |= Quantities.IsKeyWord(chars.AsSpan(start, i - start));
            }

            tokensInSentence++;
            afterComma = false;

            // Spaced-out letters ("p r e g n a n t") are rare: note where the first run of them could start, so the join
            // pass can skip every token before it (and the whole list when there is none).
            singleLetters = IsSingleLetter(token, chars) ? singleLetters + 1 : 0;
            if (singleLetters == MinSpacedLetters && firstSpacedRun < 0)
            {
                firstSpacedRun = count - MinSpacedLetters;
            }
        }

        CollectionsMarshal.SetCount(tokens, count);
        buffer.HasQuotes = quotes;
        if (sentenceHasTokens)
        {
            questions.Add(false);
            sentence++;
        }

        if (firstSpacedRun < 0)
        {
            Vocatives.Mark(buffer, source, tokens, allTokens: false);
            if (mayHaveIdiom)
            {
                Quantities.Join(buffer.Chars, tokens);
            }

            return sentence;
        }

        // Joining spaced letters moves tokens, so the name candidates noted above no longer index them: every token is
        // looked at instead (rare: only messages with spaced-out letters).
        var sentences = sentence - JoinSpacedLetters(buffer, tokens, questions, firstSpacedRun);
        buffer.NameCandidatesMoved = true;
        Vocatives.Mark(buffer, source, tokens, allTokens: true);
        Quantities.Join(buffer.Chars, tokens);
        return sentences;
    }

    /// <summary>Doubles the token list, every slot of which is in use, and returns all its slots to write into.</summary>
    private static Span<Token> Grow(List<Token> tokens)
    {
        tokens.EnsureCapacity(tokens.Count * 2);
        CollectionsMarshal.SetCount(tokens, tokens.Capacity);
        return CollectionsMarshal.AsSpan(tokens);
    }

    private static bool IsLowerAscii(char c) => (uint)(c - 'a') <= 'z' - 'a';

    /// <summary>Whether the source character at <paramref name="offset"/> is an upper-case letter.</summary>
    internal static bool IsUpperAt(string source, int offset) =>
        (uint)offset < (uint)source.Length && source[offset] is var c && (char.IsAsciiLetterUpper(c) || (c > 127 && char.IsUpper(c)));

    /// <summary>
    /// Whether <paramref name="c"/> ends a word whose last character is a lower-case ASCII letter, whatever follows: the
    /// ASCII characters other than letters, digits, the apostrophe and leetspeak symbols (a dot, comma or colon continues
    /// only a number, and '%' only a number without letters), and the block-break and placeholder marks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsLowerWord(char c) =>
        c < 128 ? ((c < 64 ? s_endsLowerWordLow >> c : s_endsLowerWordHigh >> (c - 64)) & 1) != 0 : c is CharFolding.BreakMark or CharFolding.PlaceholderMark;

    /// <summary>The first index at or after <paramref name="from"/> that is not a lower-case ASCII letter, or <paramref name="n"/>.</summary>
    /// <remarks>
    /// Words are short, so eight characters are tested at once inline rather than through a general vectorised search,
    /// whose call and set-up cost more than the few characters of a typical word. Characters past <paramref name="n"/>
    /// may be read (the buffer is larger than its text) but never counted.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfLowerRun(char[] chars, int from, int n)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars));
            while (from + Vector128<ushort>.Count <= chars.Length)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)from) - Vector128.Create((ushort)'a');
                var notLower = Vector128.GreaterThan(v, Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
                if (notLower != 0)
                {
                    return Math.Min(from + BitOperations.TrailingZeroCount(notLower), n);
                }

                from += Vector128<ushort>.Count;
                if (from >= n)
                {
                    return n;
                }
            }
        }

        while (from < n && IsLowerAscii(chars[from]))
        {
            from++;
        }

        return from;
    }

    /// <summary>How many source characters produced the folded character at <paramref name="offset"/>: a surrogate pair, or a whole character reference.</summary>
    /// <remarks>A token never ends on a literal '&amp;' (it is not a letter), so one there was decoded from <c>&amp;#116;</c> or <c>&amp;eacute;</c>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    private static ulong EndsLowerWordBits(int from)
    {
        ulong bits = 0;
        for (var c = (char)from; c < from + 64; c++)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !IsLeetSymbol(c) && c != '\'')
            {
                bits |= 1UL << (c - from);
            }
        }

        return bits;
    }

    /// <summary>
    /// Whether the dot at <paramref name="i"/> closes an abbreviation rather than a sentence: a title before a name ("Mr.",
    /// "Mrs.", "Ms.", "Dr.", "Prof."), "No."/"Nr." before a number ("your neighbour at No. 14"), or a saint's "St." before
    /// the name it belongs to ("seen at St. Anne's every Sunday", "St. Mary's Hospital"): "St" followed by a word
    /// capitalised in the source, and not itself after a capitalised word, which makes it a street's ("12 Main St. Open
    /// daily." ends a sentence), or a day number before a month or a lower-case word (<see cref="IsOrdinalDay"/>). The
    /// token before the dot must end at it.
    /// </summary>
    private static bool IsAbbreviationDot(string source, int[] map, char[] chars, int n, int i, Span<Token> written, int count)
    {
        if (count == 0)
        {
            return false;
        }

        var previous = written[count - 1];
        if (previous.Kind == TokenKind.Number && previous.Length <= 5 && previous.Start + previous.Length == i)
        {
            return IsOrdinalDay(source, map, chars, n, i, written, count);
        }

        if (previous.Length is < 2 or > 4 || previous.Start + previous.Length != i)
        {
            return false;
        }

        var word = chars.AsSpan(previous.Start, previous.Length);
        if (Vocatives.IsShortTitle(word))
        {
            return true;
        }

        var k = i + 1;
        while (k < n && chars[k] == ' ')
        {
            k++;
        }

        return word switch
        {
            "no" or "nr" => k < n && char.IsAsciiDigit(chars[k]),
            "st" => k < n && IsUpperAt(source, map[k])
                && (count < 2 || written[count - 2].Sentence != previous.Sentence || !IsUpperAt(source, written[count - 2].SourceStart)),
            _ => false,
        };
    }

    /// <summary>German month names, folded ("märz" is "marz"; Austrian "jänner", "feber").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_germanMonths = FrozenSet.Create(StringComparer.Ordinal,
        "januar", "janner", "februar", "feber", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
        "dezember").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>German words that put a date after them ("am 12.", "bis zum 3.", "ab dem 1. jedes Monats").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_germanDatePrepositions = FrozenSet.Create(StringComparer.Ordinal,
        "am", "bis", "zum", "vom", "ab", "seit", "dem", "den").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the dot at <paramref name="i"/> after a day number makes it a German ordinal date rather than a sentence's end:
    /// a day of one or two digits before a month name ("am 12. März", "bis 3. Juni"), or after a date preposition a day
    /// before a lower-case word ("zum 2. mal", "ab dem 1. jedes Monats") or a day and month before any word ("am 12.03. um
    /// neun"). English copy numbers its lists that way ("2. bring snacks"), so a bare number before a lower-case word still
    /// ends a sentence, and English text reads as before.
    /// </summary>
    private static bool IsOrdinalDay(string source, int[] map, char[] chars, int n, int i, Span<Token> written, int count)
    {
        var day = written[count - 1];
        var text = chars.AsSpan(day.Start, day.Length);
        var dot = text.IndexOf('.');
        if (dot < 0 ? text.Length > 2 : dot is < 1 or > 2 || text.Length - dot - 1 is < 1 or > 2 || text[(dot + 1)..].Contains('.'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }
        }

        var k = i + 1;
        while (k < n && chars[k] == ' ')
        {
            k++;
        }

        var end = k;
        while (end < n && char.IsLetter(chars[end]))
        {
            end++;
        }

        if (end == k)
        {
            return false;
        }

        if (dot < 0 && s_germanMonths.Contains(chars.AsSpan(k, end - k)))
        {
            return true;
        }

        var afterPreposition = count >= 2 && written[count - 2].Sentence == day.Sentence
            && s_germanDatePrepositions.Contains(chars.AsSpan(written[count - 2].Start, written[count - 2].Length));
        return afterPreposition && (dot > 0 || !IsUpperAt(source, map[k]));
    }

    /// <summary>
    /// Whether the "?" or "!" at <paramref name="i"/> closes a quotation inside a sentence: a closing quote follows it at once,
    /// then space, then a word in lower case in the source ("read 'Is it normal to cry at work?' nineteen times", "the
    /// 'Still up?' push you sent"). A capitalised word after the quote starts a new sentence as before.
    /// </summary>
    private static bool IsQuotedMarkInSentence(string source, int[] map, char[] chars, int n, int i)
    {
        var k = i + 1;
        if (k >= n || chars[k] is not ('\'' or '"'))
        {
            return false;
        }

        while (k < n && chars[k] is '\'' or '"')
        {
            k++;
        }

        if (k >= n || chars[k] != ' ')
        {
            return false;
        }

        while (k < n && chars[k] == ' ')
        {
            k++;
        }

        return k < n && char.IsLetter(chars[k]) && !IsUpperAt(source, map[k]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSentenceGap(char next) =>
        char.IsWhiteSpace(next) || next is CharFolding.BreakMark or '"' or '\'' or ')' or '.' or '!' or '?' or CharFolding.PlaceholderMark;

    /// <summary>Most words a salutation line runs to ("Dear Mr and Mrs Okafor,", "To whom it may concern,").</summary>
    private const int MaxSalutationTokens = 5;

    /// <summary>
    /// Whether the line that ends at <paramref name="newline"/> ends with a comma: with a few words, a salutation ("Dear
    /// {{ first_name }},", "Hi Anna,") that is a sentence of its own, so the name it holds is not read as said in the first
    /// sentence of the body.
    /// </summary>
    private static bool EndsWithComma(char[] chars, int newline)
    {
        var k = newline - 1;
        while (k >= 0 && chars[k] is ' ' or '\t' or '\r')
        {
            k--;
        }

        if (k < 0 || chars[k] != ',')
        {
            return false;
        }

        // "Dear customers," / "Hi everyone," greets a crowd: the line stays with the body, whose sentences it frames as said
        // to everyone (aggregate framing), as before salutations were split off.
        var end = k;
        var start = end;
        while (start > 0 && (char.IsLetter(chars[start - 1]) || chars[start - 1] == '\''))
        {
            start--;
        }

        return !s_crowdGreetings.Contains(chars.AsSpan(start, end - start));
    }

    /// <summary>The last word of a salutation that greets a crowd rather than one reader (normalised text is lower case).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_crowdGreetings = FrozenSet.Create(StringComparer.Ordinal,
        "all", "everyone", "everybody", "customers", "members", "friends", "folks", "team", "neighbours", "neighbors", "residents",
        "parents", "guests", "subscribers", "shoppers", "readers", "fans", "supporters", "colleagues", "students", "families",
        "y'all", "guys", "patients", "clients", "users", "travellers", "travelers", "riders", "drivers", "gamers", "players")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsBlankLineAhead(char[] chars, int n, int k)
    {
        while (k < n && chars[k] is ' ' or '\t' or '\r')
        {
            k++;
        }

        return k >= n || chars[k] == '\n';
    }

    /// <summary>Scans the word, number or amount starting at <paramref name="i"/>; returns where it ends and what it is.</summary>
    private static (int End, TokenKind Kind) ScanWord(char[] chars, int n, int i)
    {
        var start = i;
        if (chars[i] is '$' or '£' or '€' or '¥')
        {
            i++;
            while (i < n && (char.IsAsciiDigit(chars[i]) || (chars[i] is '.' or ',' && i + 1 < n && char.IsAsciiDigit(chars[i + 1]))))
            {
                i++;
            }

            return (i, TokenKind.Money);
        }

        return ContinueWord(chars, n, start, i, 0, 0);
    }

    /// <summary>
    /// Scans the rest of a word that starts at <paramref name="start"/> and has been read up to <paramref name="i"/>
    /// (<paramref name="letters"/> letters and <paramref name="digits"/> digits so far); returns where it ends and what it is.
    /// </summary>
    private static (int End, TokenKind Kind) ContinueWord(char[] chars, int n, int start, int i, int letters, int digits)
    {
        while (i < n)
        {
            var c = chars[i];
            if (IsLowerAscii(c))
            {
                // Folded text is mostly lower-case ASCII: take the whole run at once and skip the checks below.
                var end = EndOfLowerRun(chars, i + 1, n);
                letters += end - i;
                i = end;
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
                return (i + 1, TokenKind.Percent);
            }
            else if (c == '-' && letters > 0 && digits == 0 && IsFreeSuffix(chars, i + 1, n))
            {
                // "stress-free", "debt-free", "alcohol-free": one word that says the thing is absent, so "stress" and "debt"
                // are not read on their own ("your stress-free getaway" names no stress of the reader's).
                i += 5;
                letters += 4;
                break;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return (i, TokenKind.Word);
        }

        var text = chars.AsSpan(start, i - start);
        if (letters == 0)
        {
            return (i, text.Contains(':') ? TokenKind.Time : TokenKind.Number);
        }

        if (UnitAfterNumber(text) is var digitsEnd and > 0)
        {
            return (start + digitsEnd, TokenKind.Number); // "5x", "2hrs", "200m": the number, then the unit as a word
        }

        if (IsTimeOrOrdinal(text, out var isTime))
        {
            return (i, isTime ? TokenKind.Time : TokenKind.Number);
        }

        UnLeet(text);
        return (i, TokenKind.Word);
    }

    /// <summary>Whether "free" starts at <paramref name="i"/> and ends a word there ("stress-free", not "stress-freezing").</summary>
    private static bool IsFreeSuffix(char[] chars, int i, int n) =>
        i + 4 <= n && chars[i] == 'f' && chars[i + 1] == 'r' && chars[i + 2] == 'e' && chars[i + 3] == 'e'
        && (i + 4 == n || !char.IsLetterOrDigit(chars[i + 4]));

    /// <summary>Where the digits of a number followed by a unit ("5x", "2hrs", "10mins", "200m") end, or 0 for any other word.</summary>
    private static int UnitAfterNumber(ReadOnlySpan<char> text)
    {
        var k = 0;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || (text[k] is '.' or ',' && k > 0)))
        {
            k++;
        }

        return k > 0 && k < text.Length && char.IsAsciiDigit(text[k - 1]) && UnitAbbreviations.IsUnit(text[k..]) ? k : 0;
    }

    /// <summary>Recognises "11pm", "11:52pm", "7am", ordinals ("3rd", "37th"), thousands ("10k") and decades ("50s"); a
    /// multiplier ("3x") is a number and a unit (<see cref="UnitAfterNumber"/>).</summary>
    private static bool IsTimeOrOrdinal(ReadOnlySpan<char> text, out bool isTime)
    {
        var k = 0;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || text[k] is ':' or '.' or ','))
        {
            k++;
        }

        var suffix = text[k..];
        isTime = suffix is "am" or "pm" or "a.m" or "p.m";

        // Decades ("in your 50s", "the 1990s") are numbers, not leetspeak for "sos".
        return k > 0 && (isTime || suffix is "st" or "nd" or "rd" or "th" or "k" || (suffix is "s" && k >= 2));
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
    /// <param name="buffer">The normalised text; joined words are appended after it.</param>
    /// <param name="tokens">The tokens, rewritten in place.</param>
    /// <param name="questions">Per sentence, whether it is a question; merged sentences are removed.</param>
    /// <param name="from">
    /// The first token of the first run of <see cref="MinSpacedLetters"/> single letters (separators unchecked); the token
    /// before it is not a single letter, so no run starts earlier and every token before it stays as it is.
    /// </param>
    /// <returns>How many sentence breaks inside joined runs were removed.</returns>
    private static int JoinSpacedLetters(TextBuffer buffer, List<Token> tokens, List<bool> questions, int from)
    {
        var chars = buffer.Chars;
        var write = from;
        var merged = 0;
        Span<(int Start, int Length, int Count)> gaps = stackalloc (int, int, int)[MaxGapKinds];
        for (var read = from; read < tokens.Count;)
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
