using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting;

/// <summary>
/// MSBuild's canonical message lines, <c>file(line,col,endLine,endCol): warning CL1001: message</c>, which MSBuild's
/// <c>Exec</c> task and every .NET IDE parse into build errors and warnings: a template repository gets them without the
/// analyzer. Paths are absolute (an <c>Exec</c> runs in the project's directory, not the configuration's).
/// </summary>
internal sealed class MsBuildReporter(TextWriter output, ReportSettings settings) : IReporter
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
            var level = settings.Level(item, f) switch { "error" => "error", "warning" => "warning", _ => "info" };
            var end = reported.EndLine > 0 ? $",{reported.EndLine},{reported.EndColumn}" : string.Empty;
            output.WriteLine($"{PathOf(item)}({reported.Line},{reported.Column}{end}): {level} {f.RuleId}: {OneLine(settings.Redactor.Apply(f.Message))} " +
                $"Instead: {OneLine(f.Suggestion)} [{f.Category.ToId()}, score {f.Score}; message {item.Verdict.Id()}, score {item.Score}]");
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
            var level = p.Level switch { "error" => "error", "warning" => "warning", _ => "info" };
            var at = p.Line > 0 ? $"({p.Line},{p.Column})" : string.Empty;
            output.WriteLine($"{Full(p.Source)}{at}: {level} {p.Code}: {OneLine(p.Message)}");
        }

        foreach (var line in summary.SkippedLines())
        {
            output.WriteLine($"creeplint: info CL0200: {line}");
        }

        output.WriteLine(TextReporter.Summary(summary));
    }

    private string PathOf(ReportedItem item) => item.Item.File is { Path: not "-" } file ? Path.GetFullPath(file.Path) : Full(item.Item.Source);

    private string Full(string source) => source == "-" ? "stdin" : Path.GetFullPath(source, settings.PathBase ?? Directory.GetCurrentDirectory());

    /// <summary>MSBuild reads one line per message: line breaks in a message would start a new, unparsed one.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
