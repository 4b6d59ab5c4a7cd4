using System.Text;
using Humanizer;

namespace CreepLint.Cli.Reporting;

/// <summary>Human-readable output: each finding with its position, the source line and a caret under the span.</summary>
internal sealed class TextReporter : IReporter
{
    /// <summary>Characters of the source line shown either side of a span, so a report never carries a whole message.</summary>
    private const int ContextChars = 40;

    public void Write(LintRun run, TextWriter output)
    {
        foreach (var (item, result) in run.Items)
        {
            if (!result.HasFindings)
            {
                continue;
            }

            var label = item.Id is null ? item.Source : $"{item.Source}#{item.Id}";
            foreach (var f in result.Findings)
            {
                var (line, column) = SourcePosition.Map(item, f);
                output.WriteLine($"{item.Source}:{line}:{column}: {f.Severity.ToString().ToLowerInvariant()} {f.RuleId} [{f.Category.ToId()}] score {f.Score}");
                output.WriteLine($"  {f.Message}");
                WriteSnippet(output, item.Text, f);
                output.WriteLine($"  suggestion: {f.Suggestion}");
                output.WriteLine();
            }

            output.WriteLine($"{label}: score {result.Score}, {result.Verdict.ToString().ToUpperInvariant()} ({"finding".ToQuantity(result.Findings.Length)})");
            output.WriteLine();
        }

        foreach (var p in run.Problems)
        {
            output.WriteLine($"{p.Source}:{p.Line}:{p.Column}: problem: {p.Message}");
        }

        output.WriteLine(Summary(run));
    }

    internal static string Summary(LintRun run)
    {
        var sb = new StringBuilder();
        sb.Append("file".ToQuantity(run.FileCount)).Append(", ").Append("message".ToQuantity(run.Items.Count)).Append(": ");
        sb.Append(run.Count(Verdict.Fail)).Append(" fail, ").Append(run.Count(Verdict.Warn)).Append(" warn, ").Append(run.Count(Verdict.Pass)).Append(" pass");
        if (run.Problems.Count > 0)
        {
            sb.Append(", ").Append("input problem".ToQuantity(run.Problems.Count));
        }

        return sb.ToString();
    }

    private static void WriteSnippet(TextWriter output, string text, Finding f)
    {
        var lineStart = f.Offset;
        while (lineStart > 0 && text[lineStart - 1] is not '\n' and not '\r')
        {
            lineStart--;
        }

        var lineEnd = f.Offset;
        while (lineEnd < text.Length && text[lineEnd] is not '\n' and not '\r')
        {
            lineEnd++;
        }

        var from = Math.Max(lineStart, f.Offset - ContextChars);
        var spanEnd = Math.Min(lineEnd, f.Offset + f.Length);
        var to = Math.Min(lineEnd, spanEnd + ContextChars);
        var prefix = from > lineStart ? "…" : string.Empty;
        var suffix = to < lineEnd ? "…" : string.Empty;
        var snippet = text[from..to].Replace('\t', ' ');
        output.WriteLine($"    | {prefix}{snippet}{suffix}");
        output.WriteLine($"    | {new string(' ', prefix.Length + f.Offset - from)}{new string('^', Math.Max(1, spanEnd - f.Offset))}");
    }
}
