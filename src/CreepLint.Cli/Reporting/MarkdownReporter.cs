using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting;

/// <summary>A Markdown summary for a pull-request comment or <c>$GITHUB_STEP_SUMMARY</c>: counts, the flagged messages, findings by rule.</summary>
internal sealed class MarkdownReporter(TextWriter output, ReportSettings settings) : IReporter
{
    /// <summary>Rows in the messages table; a comment longer than this is not read, and the JSON or SARIF report has the rest.</summary>
    private const int MaxRows = 50;

    private readonly List<string> _rows = [];
    private readonly SortedDictionary<string, int> _byRule = new(StringComparer.Ordinal);
    private int _flagged;

    public void Write(ReportedItem item)
    {
        foreach (var f in item.Findings)
        {
            if (!f.IsSuppressed)
            {
                _byRule[f.Finding.RuleId] = _byRule.GetValueOrDefault(f.Finding.RuleId) + 1;
            }
        }

        if (item.Verdict == Verdict.Pass)
        {
            return;
        }

        _flagged++;
        if (_rows.Count >= MaxRows)
        {
            return;
        }

        var top = item.Findings.Where(f => !f.IsSuppressed).OrderByDescending(f => f.Finding.Score).FirstOrDefault();
        var icon = item.Verdict == Verdict.Fail ? "❌ fail" : "⚠️ warn";
        var where = top is null ? Cell(item.Label) : Cell($"{item.Label}:{top.Line}");
        var language = TextReporter.LanguageNote(item).Length > 0 ? $" ({Cell(item.Language)})" : string.Empty;
        var finding = top is null ? string.Empty : $"{top.Finding.RuleId} {top.Finding.Category.ToId()}: {Cell(settings.Redactor.Apply(top.Finding.Excerpt))}";
        _rows.Add($"| {icon} | `{where}`{language} | {item.Score} | {finding} |");
    }

    public void Dispose()
    {
        // The output belongs to the caller.
    }

    public void End(RunSummary summary)
    {
        output.WriteLine($"## CreepLint: {summary.Fail} fail, {summary.Warn} warn, {summary.Pass} pass");
        output.WriteLine();
        output.WriteLine(TextReporter.Summary(summary) + ".");
        output.WriteLine();
        if (summary.Skipped.Count > 0)
        {
            foreach (var line in summary.SkippedLines())
            {
                output.WriteLine($"- {Cell(line)}");
            }

            output.WriteLine();
        }
        if (_rows.Count > 0)
        {
            output.WriteLine("| Verdict | Message | Score | Strongest finding |");
            output.WriteLine("|---|---|---:|---|");
            foreach (var row in _rows)
            {
                output.WriteLine(row);
            }

            if (_flagged > _rows.Count)
            {
                output.WriteLine();
                output.WriteLine($"…and {_flagged - _rows.Count} more flagged messages (see the full report).");
            }

            output.WriteLine();
        }
        else
        {
            output.WriteLine("No message warns or fails. 🎉");
            output.WriteLine();
        }

        if (_byRule.Count > 0)
        {
            output.WriteLine("<details><summary>Findings by rule</summary>");
            output.WriteLine();
            output.WriteLine("| Rule | Name | Category | Findings |");
            output.WriteLine("|---|---|---|---:|");
            var rules = settings.Engine.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
            foreach (var (id, count) in _byRule)
            {
                rules.TryGetValue(id, out var rule);
                output.WriteLine($"| {id} | {rule?.Name} | {rule?.Category.ToId()} | {count} |");
            }

            output.WriteLine();
            output.WriteLine("</details>");
            output.WriteLine();
        }

        if (summary.Problems.Count > 0)
        {
            output.WriteLine($"**Input problems ({summary.ProblemCount}):**");
            output.WriteLine();
            foreach (var p in summary.Problems.Take(MaxRows))
            {
                output.WriteLine($"- `{Cell(p.Source)}:{p.Line}:{p.Column}` {p.Level} {p.Code}: {Cell(p.Message)}");
            }

            output.WriteLine();
        }
    }

    /// <summary>Text safe inside a table cell or inline code: no pipes, backticks or line breaks.</summary>
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
