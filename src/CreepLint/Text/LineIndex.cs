namespace CreepLint.Text;

/// <summary>One-based line and column for offsets in a text, by binary search over line starts.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) At(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _starts[line] + 1);
    }

    /// <summary>The offset of a one-based line and column.</summary>
    public int OffsetOf(int line, int column) => _starts[Math.Clamp(line - 1, 0, _starts.Count - 1)] + Math.Max(0, column - 1);
}
