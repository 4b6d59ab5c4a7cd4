namespace CreepLint.Cli.Lsp;

/// <summary>
/// An open document's text, edited as the client sends changes. Positions are LSP's: zero-based lines and UTF-16 code
/// units (a string index), so an emoji counts two; a line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.
/// </summary>
internal sealed class TextDocument(string uri, string path, int version, string text)
{
    private int[]? _lineStarts;

    public string Uri { get; } = uri;

    /// <summary>The file's full path on disk (it need not exist yet).</summary>
    public string Path { get; } = path;

    public int Version { get; private set; } = version;

    public string Text { get; private set; } = text;

    /// <summary>Applies the client's changes in order (each range is in the text as left by the previous one).</summary>
    public void Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                Text = change.Text ?? string.Empty;
            }
            else
            {
                var start = OffsetOf(range.Start);
                var end = Math.Max(start, OffsetOf(range.End));
                Text = string.Concat(Text.AsSpan(0, start), change.Text, Text.AsSpan(end));
            }

            _lineStarts = null;
        }

        Version = version;
    }

    /// <summary>The string index of <paramref name="position"/>, clamped to its line (LSP: a character past the end means the end).</summary>
    public int OffsetOf(Position position)
    {
        var starts = LineStarts();
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= starts.Length)
        {
            return Text.Length;
        }

        return Math.Min(starts[position.Line] + Math.Max(0, position.Character), LineEnd(position.Line));
    }

    /// <summary>The position of string index <paramref name="offset"/>.</summary>
    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var starts = LineStarts();
        var line = Array.BinarySearch(starts, offset);
        line = line >= 0 ? line : ~line - 1;
        return new Position(line, offset - starts[line]);
    }

    /// <summary>Zero-based line <paramref name="line"/> without its line break.</summary>
    public ReadOnlySpan<char> Line(int line)
    {
        var starts = LineStarts();
        return line < 0 || line >= starts.Length ? [] : Text.AsSpan(starts[line], LineEnd(line) - starts[line]);
    }

    public int LineCount => LineStarts().Length;

    /// <summary>The line break the document uses (its first), for inserted lines.</summary>
    public string NewLine
    {
        get
        {
            var i = Text.AsSpan().IndexOfAny('\r', '\n');
            return i < 0 || Text[i] == '\n' ? "\n" : i + 1 < Text.Length && Text[i + 1] == '\n' ? "\r\n" : "\r";
        }
    }

    /// <summary>Where line <paramref name="line"/>'s text ends (before its line break).</summary>
    private int LineEnd(int line)
    {
        var starts = LineStarts();
        var end = line + 1 < starts.Length ? starts[line + 1] : Text.Length;
        if (end > starts[line] && line + 1 < starts.Length)
        {
            end--; // \n or lone \r
            if (end > starts[line] && Text[end] == '\n' && Text[end - 1] == '\r')
            {
                end--;
            }
        }

        return end;
    }

    private int[] LineStarts()
    {
        if (_lineStarts is { } cached)
        {
            return cached;
        }

        var starts = new List<int> { 0 };
        var text = Text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return _lineStarts = [.. starts];
    }
}
