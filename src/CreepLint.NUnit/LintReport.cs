using System.Globalization;
using System.Text;

namespace CreepLint.NUnit;

/// <summary>The linted actual value of a constraint; its text is what NUnit prints after "But was:".</summary>
internal sealed class LintReport
{
    // Lines longer than this are cut around the span so a failure message stays readable.
    private const int MaxShownLine = 100;
    private const int ContextChars = 40;

    private LintReport(string? text, LintResult result)
    {
        Text = text;
        Result = result;
    }

    public string? Text { get; }

    public LintResult Result { get; }

    public static LintReport Create<TActual>(TActual actual, CreepLintEngine? engine)
    {
        engine ??= CreepLintEngine.Default;
        return actual switch
        {
            string text => new LintReport(text, engine.Lint(text)),
            TemplateFile template => new LintReport(template.Text, engine.Lint(template.ToRequest())),
            LintRequest request => new LintReport(request.Text, engine.Lint(request)),
            LintResult result => new LintReport(null, result),
            null => throw new ArgumentNullException(nameof(actual), "CreepLint constraints need a message to lint, but the actual value was null."),
            _ => throw new ArgumentException(
                $"CreepLint constraints lint a string, TemplateFile, LintRequest or LintResult, not {actual.GetType().FullName}.", nameof(actual)),
        };
    }

    public override string ToString()
    {
        var result = Result;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"score {result.Score} ({result.Verdict.ToString().ToLowerInvariant()})");
        if (!result.Suppressed.IsDefaultOrEmpty)
        {
            sb.Append(CultureInfo.InvariantCulture, $", {result.Suppressed.Length} silenced by creeplint-disable comments");
        }

        if (!result.HasFindings)
        {
            return sb.Append(", no findings").ToString();
        }

        sb.Append(CultureInfo.InvariantCulture, $", {result.Findings.Length} finding{(result.Findings.Length == 1 ? string.Empty : "s")}:");
        foreach (var f in result.Findings)
        {
            sb.AppendLine();
            sb.Append(CultureInfo.InvariantCulture, $"  {f.Line}:{f.Column} {f.RuleId} [{f.Category.ToId()}] {f.Severity.ToString().ToLowerInvariant()} score {f.Score}: {f.Message}");
            if (Text is not null)
            {
                AppendMarkedLine(sb, Text, f.Offset, f.Length);
            }
            else
            {
                sb.AppendLine().Append("    | ").Append(f.Excerpt);
            }

            if (f.Suggestion.Length > 0)
            {
                sb.AppendLine().Append("    suggestion: ").Append(f.Suggestion);
            }
        }

        return sb.ToString();
    }

    /// <summary>Appends the source line of a span with carets under the span.</summary>
    internal static void AppendMarkedLine(StringBuilder sb, string text, int offset, int length)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var lineEnd = text.IndexOfAny(['\r', '\n'], offset);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var spanEnd = Math.Min(offset + Math.Max(length, 1), lineEnd);
        var from = lineStart;
        var to = lineEnd;
        if (to - from > MaxShownLine)
        {
            from = Math.Max(lineStart, offset - ContextChars);
            to = Math.Min(lineEnd, spanEnd + ContextChars);
        }

        var prefix = from > lineStart ? "…" : string.Empty;
        var suffix = to < lineEnd ? "…" : string.Empty;
        var shown = text[from..to].Replace('\t', ' ');
        sb.AppendLine().Append("    | ").Append(prefix).Append(shown).Append(suffix);
        sb.AppendLine().Append("    | ").Append(' ', prefix.Length + offset - from).Append('^', Math.Max(1, spanEnd - offset));
    }
}
