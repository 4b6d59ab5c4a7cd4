namespace CreepLint.Cli.Inputs;

/// <summary>
/// Cuts a text of any length, read from a <see cref="TextReader"/>, into overlapping windows that are linted one by one,
/// so memory is bounded by the window, not the file. Each window owns the findings that start in its own stretch of the
/// text: consecutive windows overlap by <see cref="OverlapChars"/> and the boundary between what they own sits in the
/// middle of the overlap, so any finding up to half the overlap long (a sentence and its context) is seen whole by the
/// window that owns it, and reported once.
/// </summary>
internal static class TextWindows
{
    /// <summary>Characters per window (256 Ki, 512 KB as a string): a few windows in flight per thread and the engine's scratch for one keep memory near 100 MB; the overlap costs about 3 %.</summary>
    public const int WindowChars = 256 * 1024;

    /// <summary>Characters shared by consecutive windows (8 Ki): every sentence of a real message is far shorter than half of it.</summary>
    public const int OverlapChars = 8 * 1024;

    /// <summary>The windows of everything <paramref name="reader"/> gives, in order; the last one has <see cref="TextWindow.IsLast"/>.</summary>
    public static IEnumerable<TextWindow> Read(TextReader reader, int windowChars = WindowChars, int overlapChars = OverlapChars)
    {
        if (overlapChars < 4 || windowChars < 2 * overlapChars)
        {
            throw new ArgumentOutOfRangeException(nameof(windowChars), "a window must hold at least two overlaps");
        }

        var buffer = new char[windowChars];
        var filled = Fill(reader, buffer, 0);
        int line = 1, column = 1, ownedFrom = 0;
        long offset = 0;
        var index = 0;
        while (true)
        {
            if (filled < buffer.Length)
            {
                // Everything left fits: the last window.
                yield return new TextWindow(new string(buffer, 0, filled), index, offset, line, column, ownedFrom, filled, IsLast: true);
                yield break;
            }

            var next = NextStart(buffer, buffer.Length - overlapChars, overlapChars / 4);
            var ownedTo = next + (overlapChars / 2);
            while (char.IsLowSurrogate(buffer[ownedTo]) || (buffer[ownedTo] == '\n' && buffer[ownedTo - 1] == '\r'))
            {
                ownedTo++; // Never split a character or a line end between two windows' stretches.
            }

            yield return new TextWindow(new string(buffer, 0, buffer.Length), index, offset, line, column, ownedFrom, ownedTo, IsLast: false);

            (line, column) = Advance(buffer.AsSpan(0, next), line, column);
            offset += next;
            ownedFrom = ownedTo - next;
            index++;
            var kept = buffer.Length - next;
            Array.Copy(buffer, next, buffer, 0, kept);
            filled = Fill(reader, buffer, kept);
        }
    }

    /// <summary>Line and column after <paramref name="text"/>, counting CRLF, LF and a lone CR as one line end each, columns in UTF-16 units (as the engine does).</summary>
    internal static (int Line, int Column) Advance(ReadOnlySpan<char> text, int line, int column)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAny('\n', '\r');
            if (k < 0)
            {
                column += text.Length - i;
                break;
            }

            var at = i + k;
            if (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n')
            {
                at++;
            }

            line++;
            column = 1;
            i = at + 1;
        }

        return (line, column);
    }

    /// <summary>
    /// Where the next window starts: just after a line end, else after a space, within <paramref name="slack"/> characters
    /// before <paramref name="at"/>, so the next window does not begin inside a word; never between the halves of a
    /// surrogate pair or of a CRLF.
    /// </summary>
    private static int NextStart(char[] buffer, int at, int slack)
    {
        var lineEnd = buffer.AsSpan(at - slack, slack).LastIndexOfAny('\n', '\r');
        var space = lineEnd >= 0 ? lineEnd : buffer.AsSpan(at - slack, slack).LastIndexOfAny(' ', '\t');
        var start = space >= 0 ? at - slack + space + 1 : at;
        while (start < buffer.Length - 1 && (char.IsLowSurrogate(buffer[start]) || (buffer[start] == '\n' && buffer[start - 1] == '\r')))
        {
            start++;
        }

        return start;
    }

    private static int Fill(TextReader reader, char[] buffer, int from)
    {
        while (from < buffer.Length)
        {
            var read = reader.Read(buffer, from, buffer.Length - from);
            if (read == 0)
            {
                break;
            }

            from += read;
        }

        return from;
    }
}

/// <summary>One window of a long text.</summary>
/// <param name="Text">The window's characters.</param>
/// <param name="Index">Zero-based window number.</param>
/// <param name="Offset">Character offset of the window in the whole text.</param>
/// <param name="Line">One-based line of the window's first character in the whole text.</param>
/// <param name="Column">One-based column (UTF-16 units) of the window's first character.</param>
/// <param name="OwnedFrom">Offset in <paramref name="Text"/> from which findings belong to this window.</param>
/// <param name="OwnedTo">Offset in <paramref name="Text"/> from which findings belong to the next window.</param>
/// <param name="IsLast">Whether the text ends with this window.</param>
internal readonly record struct TextWindow(string Text, int Index, long Offset, int Line, int Column, int OwnedFrom, int OwnedTo, bool IsLast);
