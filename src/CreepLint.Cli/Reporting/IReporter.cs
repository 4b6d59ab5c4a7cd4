using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting;

/// <summary>Writes one output format as results stream past: <see cref="Write"/> is called in input order, then <see cref="End"/> once; disposing releases the writer without completing the report.</summary>
internal interface IReporter : IDisposable
{
    void Write(ReportedItem item);

    void End(RunSummary summary);
}

/// <summary>What every reporter may need besides the results.</summary>
/// <param name="Engine">The engine (rule descriptions for SARIF and Markdown).</param>
/// <param name="Redactor">Masks personal data in user text when <c>--redact</c> is on.</param>
/// <param name="Color">Whether the text format may use ANSI colours.</param>
/// <param name="FailOn">The verdict that fails the run (JUnit and Markdown show it).</param>
/// <param name="PathBase">The directory relative paths in the report start from (SARIF's <c>%SRCROOT%</c>); null when unknown.</param>
/// <param name="IncludeText">JSON: add each message as its reader sees it, the baselined findings and the rules' names (<c>--include-text</c>), what the report page renders.</param>
internal sealed record ReportSettings(CreepLintEngine Engine, Redactor Redactor, bool Color, Verdict FailOn = Verdict.Fail, string? PathBase = null, bool IncludeText = false);

/// <summary>The formats <c>--format</c> accepts, and the factory for their reporters.</summary>
internal static class Reporters
{
    public static readonly string[] Formats = ["text", "json", "jsonl", "sarif", "github", "junit", "markdown", "html", "msbuild"];

    public static IReporter Create(string format, ReportOutput output, ReportSettings settings) => format switch
    {
        "json" => new JsonReporter(output.Stream, settings),
        "jsonl" => new JsonLinesReporter(output.Stream, settings),
        "sarif" => new SarifReporter(output.Stream, settings),
        "github" => new GitHubReporter(output.Writer, settings),
        "junit" => new JUnitReporter(output.Writer, settings),
        "markdown" => new MarkdownReporter(output.Writer, settings),
        "html" => new Review.HtmlReporter(output.Writer, settings),
        "msbuild" => new MsBuildReporter(output.Writer, settings),
        _ => new TextReporter(output.Writer, settings),
    };

    public static string Id(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        _ => "error",
    };

    /// <summary>
    /// The level a finding is annotated at (GitHub, SARIF results), so that annotations match what fails the run: "error"
    /// when its message reaches <see cref="ReportSettings.FailOn"/>, "warning" when the message warns, "note" otherwise and
    /// for info findings. The rule's own severity is shown beside the finding but does not decide the level.
    /// </summary>
    public static string Level(this ReportSettings settings, ReportedItem item, Finding finding) =>
        finding.Severity == Severity.Info ? "note" : item.Verdict >= settings.FailOn ? "error" : item.Verdict >= Verdict.Warn ? "warning" : "note";

    public static string Id(this Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Warn => "warn",
        _ => "fail",
    };
}
