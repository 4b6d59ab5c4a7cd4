using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::…</c>): annotations on the pull request's diff.</summary>
internal sealed class GitHubReporter(TextWriter output, ReportSettings settings) : IReporter
{
    public void Write(ReportedItem item)
    {
        foreach (var reported in item.Findings)
        {
            if (reported.IsSuppressed)
            {
                continue;
            }

            var f = reported.Finding;
            var command = settings.Level(item, f) switch { "error" => "error", "warning" => "warning", _ => "notice" };
            var title = $"{f.RuleId} {f.Category.ToId()} (score {f.Score}{TextReporter.LanguageNote(item)})";
            var message = $"{settings.Redactor.Apply(f.Message)} Instead: {f.Suggestion}";
            output.WriteLine($"::{command} file={Property(item.Item.Source)},line={reported.Line},col={reported.Column},title={Property(title)}::{Data(message)}");
        }
    }

    public void Dispose()
    {
        // The output belongs to the caller.
    }

    public void End(RunSummary summary)
    {
        foreach (var p in summary.Problems)
        {
            var command = p.Level switch { "error" => "error", "warning" => "warning", _ => "notice" };
            var location = p.Line > 0 ? $"file={Property(p.Source)},line={p.Line},col={p.Column}," : $"file={Property(p.Source)},";
            output.WriteLine($"::{command} {location}title={Property($"creeplint {p.Code}")}::{Data(p.Message)}");
        }

        foreach (var line in summary.SkippedLines())
        {
            output.WriteLine($"::notice title={Property("creeplint skipped files")}::{Data(line)}");
        }

        output.WriteLine(TextReporter.Summary(summary));
    }

    /// <summary>Escapes a command's message, as the Actions toolkit does.</summary>
    internal static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a command property value (also ':' and ',').</summary>
    internal static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
