namespace CreepLint.Tests.Robustness;

/// <summary>Invariants every <see cref="LintResult"/> must hold, whatever the input.</summary>
internal static class ResultChecks
{
    /// <summary>Returns a description of every broken invariant, or an empty list.</summary>
    public static List<string> Problems(string text, LintResult result)
    {
        var problems = new List<string>();
        if (result.Findings.IsDefault)
        {
            problems.Add("Findings is a default array");
            return problems;
        }

        if (result.Score is < 0 or > 100)
        {
            problems.Add($"score {result.Score} outside 0–100");
        }

        if (result.Findings.Length > Limits.MaxFindingsPerMessage)
        {
            problems.Add($"{result.Findings.Length} findings, more than {Limits.MaxFindingsPerMessage}");
        }

        var previous = -1;
        foreach (var f in result.Findings)
        {
            if (f.Offset < 0 || f.Length < 0 || f.Offset + f.Length > text.Length)
            {
                problems.Add($"{f.RuleId} span {f.Offset}+{f.Length} outside the input of length {text.Length}");
                continue;
            }

            var (line, column) = LineAndColumn(text, f.Offset);
            if (f.Line != line || f.Column != column)
            {
                problems.Add($"{f.RuleId} at offset {f.Offset} reports {f.Line}:{f.Column}, expected {line}:{column}");
            }

            if (f.Score is < 0 or > 100 || f.Excerpt.Length > Limits.MaxExcerptLength + 1 || f.Offset < previous)
            {
                problems.Add($"{f.RuleId}: score {f.Score}, excerpt length {f.Excerpt.Length}, offset {f.Offset} after {previous}");
            }

            previous = f.Offset;
        }

        return problems;
    }

    public static void AssertWellFormed(string text, LintResult result) =>
        Assert.That(Problems(text, result), Is.Empty, () => $"input of length {text.Length}: {Shorten(text)}");

    public static string Shorten(string text) => text.Length <= 300 ? Escape(text) : Escape(text[..300]) + $"… ({text.Length} chars)";

    /// <summary>Line and column as documented on <see cref="Finding"/>: CRLF, LF and a lone CR each end a line.</summary>
    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static string Escape(string s) =>
        string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
