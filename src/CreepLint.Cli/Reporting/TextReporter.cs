using System.Text;
using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting;

/// <summary>
/// Human-readable output grouped by file: each finding with its position, the source line and a caret under the span;
/// coloured on a terminal, plain when redirected or <c>NO_COLOR</c> is set; a one-line summary at the end.
/// </summary>
internal sealed class TextReporter(TextWriter output, ReportSettings settings) : IReporter
{
    /// <summary>Characters of the source line shown either side of a span, so a report never carries a whole message.</summary>
    private const int ContextChars = 40;

    /// <summary>Characters redacted beyond the context before it is cut, so an address straddling the cut is still masked.</summary>
    private const int RedactMargin = 200;

    private string? _currentSource;

    public void Write(ReportedItem item)
    {
        if (item.Findings.IsEmpty)
        {
            return;
        }

        if (item.Item.Source != _currentSource)
        {
            _currentSource = item.Item.Source;
            output.WriteLine(Paint(item.Item.Source, "1;4"));
        }

        foreach (var reported in item.Findings)
        {
            var f = reported.Finding;
            var severity = f.Severity.Id();
            var paintedSeverity = reported.IsSuppressed ? Paint("suppressed", "2") : Paint(severity, f.Severity switch { Severity.Error => "31", Severity.Warning => "33", _ => "36" });
            output.WriteLine($"  {item.Item.Source}:{reported.Line}:{reported.Column}: {paintedSeverity} {Paint(f.RuleId, "1")} [{f.Category.ToId()}] score {f.Score}");
            output.WriteLine($"    {settings.Redactor.Apply(f.Message)}");
            if (reported.Suppression is { } s)
            {
                output.WriteLine($"    suppressed by {s.Describe()} on line {s.Line}: {s.Reason ?? "(no reason)"}");
            }
            else
            {
                WriteSnippet(item.Item.Text, f);
                output.WriteLine($"    {Paint("suggestion:", "32")} {f.Suggestion}");
            }

            output.WriteLine();
        }

        var verdict = item.Verdict.ToString().ToUpperInvariant();
        var active = item.Findings.Count(f => !f.IsSuppressed);
        output.WriteLine($"  {item.Label}: score {item.Score}, {Paint(verdict, item.Verdict switch { Verdict.Fail => "1;31", Verdict.Warn => "1;33", _ => "1;32" })} ({Quantity(active, "finding")}{LanguageNote(item)})");
        output.WriteLine();
    }

    public void Dispose()
    {
        // The output belongs to the caller.
    }

    public void End(RunSummary summary)
    {
        foreach (var p in summary.Problems)
        {
            var position = p.Line > 0 ? $"{p.Source}:{p.Line}:{p.Column}" : p.Source;
            output.WriteLine($"{position}: {Paint(p.Level, p.Level == "error" ? "31" : p.Level == "warning" ? "33" : "36")} {p.Code}: {p.Message}");
        }

        if (summary.ProblemCount > summary.Problems.Count)
        {
            output.WriteLine($"… and {summary.ProblemCount - summary.Problems.Count} more problems");
        }

        output.WriteLine(Summary(summary));
        foreach (var line in summary.SkippedLines())
        {
            output.WriteLine(line);
        }
    }

    /// <summary>"3 files, 41 messages: 2 fail, 5 warn, 34 pass" plus suppressed, baselined and input problems when there are any.</summary>
    internal static string Summary(RunSummary summary)
    {
        var sb = new StringBuilder();
        sb.Append(Quantity(summary.Files, "file")).Append(", ").Append(Quantity(summary.Messages, "message")).Append(": ");
        sb.Append(summary.Fail).Append(" fail, ").Append(summary.Warn).Append(" warn, ").Append(summary.Pass).Append(" pass");
        if (summary.Suppressed > 0)
        {
            sb.Append(", ").Append(summary.Suppressed).Append(" suppressed");
        }

        if (summary.Baselined > 0)
        {
            sb.Append(", ").Append(summary.Baselined).Append(" in baseline");
        }

        if (summary.ProblemCount > 0)
        {
            sb.Append(", ").Append(Quantity(summary.ProblemCount, "input problem"));
        }

        if (summary.SkippedCount > 0)
        {
            sb.Append(", ").Append(Quantity(summary.SkippedCount, "file")).Append(" skipped");
        }

        if (summary.Unread > 0)
        {
            sb.Append(", ").Append(summary.Unread).Append(" not fully read");
        }

        if (summary.UnsupportedLanguage > 0)
        {
            sb.Append(", ").Append(summary.UnsupportedLanguage).Append(" not linted (language without a rule pack)");
        }

        if (summary.Languages.Keys.Any(l => l != Language.LanguageTag.Default))
        {
            sb.Append("; languages: ").Append(summary.LanguageCounts());
        }

        return sb.ToString();
    }

    /// <summary>", language de" for a message not in English; English, the common case, goes unsaid.</summary>
    internal static string LanguageNote(ReportedItem item) =>
        item.Language.Length == 0 || item.Language == Language.LanguageTag.Default ? string.Empty : $", language {item.Language}";

    /// <summary>"1 file", "3 files": every noun the report counts takes a plain -s.</summary>
    internal static string Quantity(int count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private string Paint(string text, string code) => settings.Color ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private void WriteSnippet(string text, Finding f)
    {
        if (f.Offset >= text.Length)
        {
            return;
        }

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
        var spanStart = f.Offset;
        var spanEnd = Math.Min(lineEnd, f.Offset + f.Length);
        var to = Math.Min(lineEnd, spanEnd + ContextChars);
        string before, span, after, prefix, suffix;
        if (settings.Redactor.Enabled)
        {
            // An address or number cut by the context limit or the span's edge would no longer be recognised: widen the
            // span to whole words and the context by a margin, redact, and only then cut the context. Redacting changes
            // lengths, so the caret goes under the redacted span as a whole.
            while (spanStart > lineStart && !char.IsWhiteSpace(text[spanStart - 1]))
            {
                spanStart--;
            }

            while (spanEnd < lineEnd && !char.IsWhiteSpace(text[spanEnd]))
            {
                spanEnd++;
            }

            var wideFrom = Math.Max(lineStart, spanStart - RedactMargin);
            var wideTo = Math.Min(lineEnd, spanEnd + RedactMargin);
            before = settings.Redactor.Apply(text[wideFrom..spanStart].Replace('\t', ' '));
            span = settings.Redactor.Apply(text[spanStart..spanEnd].Replace('\t', ' '));
            after = settings.Redactor.Apply(text[spanEnd..wideTo].Replace('\t', ' '));
            prefix = wideFrom > lineStart || before.Length > ContextChars ? "…" : string.Empty;
            suffix = wideTo < lineEnd || after.Length > ContextChars ? "…" : string.Empty;
            before = before.Length > ContextChars ? before[^ContextChars..] : before;
            after = after.Length > ContextChars ? after[..ContextChars] : after;
        }
        else
        {
            before = text[from..f.Offset].Replace('\t', ' ');
            span = text[f.Offset..spanEnd].Replace('\t', ' ');
            after = text[spanEnd..to].Replace('\t', ' ');
            prefix = from > lineStart ? "…" : string.Empty;
            suffix = to < lineEnd ? "…" : string.Empty;
        }

        output.WriteLine($"      | {prefix}{before}{span}{after}{suffix}");
        output.WriteLine($"      | {new string(' ', prefix.Length + before.Length)}{Paint(new string('^', Math.Max(1, span.Length)), "31")}");
    }
}
