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

        for (; _offset < offset && _offset < source.Length; _offset++)
        {
            var c = source[_offset];
            if (c == '\n' || (c == '\r' && (_offset + 1 >= source.Length || source[_offset + 1] != '\n')))
            {
                _line++;
                _lineStart = _offset + 1;
            }
        }

        return (_line, offset - _lineStart + 1);
    }
}
