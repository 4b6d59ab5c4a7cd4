namespace CreepLint.Text;

/// <summary>Computes one-based line and column for increasing offsets in one forward pass.</summary>
internal struct LinePositions(string source)
{
    private int _offset;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Line and column of <paramref name="offset"/>; offsets must not decrease between calls.</summary>
    public (int Line, int Column) At(int offset)
    {
        if (offset < _offset)
        {
            _offset = 0;
            _line = 1;
            _lineStart = 0;
        }

        // Line breaks are far apart: find each with a vectorised search instead of testing every character.
        var end = Math.Min(offset, source.Length);
        while (_offset < end)
        {
            var k = source.AsSpan(_offset, end - _offset).IndexOfAny('\n', '\r');
            if (k < 0)
            {
                _offset = end;
                break;
            }

            var at = _offset + k;
            if (source[at] == '\n' || at + 1 >= source.Length || source[at + 1] != '\n')
            {
                _line++;
                _lineStart = at + 1;
            }

            _offset = at + 1;
        }

        return (_line, offset - _lineStart + 1);
    }
}
