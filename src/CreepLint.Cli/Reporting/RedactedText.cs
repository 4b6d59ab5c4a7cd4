namespace CreepLint.Cli.Reporting;

/// <summary>
/// A text with parts replaced by masks, and for each character the stretch of the original text it stands for, so a span
/// of the original can be found in the masked text: a span touching a mask covers the whole mask.
/// </summary>
internal sealed class RedactedText
{
    private readonly int _originalLength;

    // For each character of Text, the original offsets it came from: [_from[i], _to[i]). Null while nothing is masked.
    private int[]? _from;
    private int[]? _to;

    public RedactedText(string text)
    {
        Text = text;
        _originalLength = text.Length;
    }

    public string Text { get; private set; }

    /// <summary>Replaces each span (in the current <see cref="Text"/>, ascending, not overlapping) with <paramref name="mask"/>.</summary>
    public void Replace(List<(int Start, int Length)> spans, string mask)
    {
        if (spans.Count > 0)
        {
            Replace(spans.ConvertAll(s => (s.Start, s.Length, mask)));
        }
    }

    /// <summary>Replaces each span (in the current <see cref="Text"/>, ascending, not overlapping) with its own mask.</summary>
    public void Replace(List<(int Start, int Length, string With)> spans)
    {
        if (spans.Count == 0)
        {
            return;
        }

        var text = Text;
        var sb = new System.Text.StringBuilder(text.Length);
        var from = new List<int>(text.Length);
        var to = new List<int>(text.Length);
        var at = 0;
        foreach (var (start, length, with) in spans)
        {
            for (var i = at; i < start; i++)
            {
                Keep(i);
            }

            var originalStart = From(start);
            var originalEnd = To(start + length - 1);
            sb.Append(with);
            for (var k = 0; k < with.Length; k++)
            {
                from.Add(originalStart);
                to.Add(originalEnd);
            }

            at = start + length;
        }

        for (var i = at; i < text.Length; i++)
        {
            Keep(i);
        }

        Text = sb.ToString();
        _from = [.. from];
        _to = [.. to];

        void Keep(int i)
        {
            sb.Append(text[i]);
            from.Add(From(i));
            to.Add(To(i));
        }
    }

    /// <summary>Replaces the whole text with one mask.</summary>
    public void ReplaceAll(string mask)
    {
        Text = mask;
        _from = new int[mask.Length];
        _to = Enumerable.Repeat(_originalLength, mask.Length).ToArray();
    }

    /// <summary>Where the original span [<paramref name="offset"/>, +<paramref name="length"/>) lies in <see cref="Text"/>, widened to whole masks.</summary>
    public (int Offset, int Length) Map(int offset, int length)
    {
        if (_from is null)
        {
            return (offset, length);
        }

        var end = offset + length;
        var start = 0;
        while (start < Text.Length && To(start) <= offset)
        {
            start++;
        }

        var last = start;
        while (last < Text.Length && From(last) < end)
        {
            last++;
        }

        return (start, Math.Max(0, last - start));
    }

    private int From(int i) => _from?[i] ?? i;

    private int To(int i) => _to?[i] ?? i + 1;
}
