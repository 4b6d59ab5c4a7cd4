using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting.Review;

/// <summary>
/// <c>--format html</c>: the report page. The run is written as the JSON report with <c>--include-text</c> (in memory), read
/// back as <c>creeplint report</c> reads a saved one, and drawn; so the page of a run and the page of its saved JSON are the
/// same page, and every number on it is the JSON report's.
/// </summary>
internal sealed class HtmlReporter : IReporter
{
    /// <summary>Messages one page holds; a browser takes too long over more, and the JSON report has the rest.</summary>
    internal const int MaxMessages = 100_000;

    private readonly TextWriter _output;
    private readonly MemoryStream _json = new();
    private readonly JsonReporter _inner;
    private int _omitted;
    private int _written;

    public HtmlReporter(TextWriter output, ReportSettings settings)
    {
        _output = output;
        _inner = new JsonReporter(_json, settings with { IncludeText = true });
    }

    public void Write(ReportedItem item)
    {
        if (_written >= MaxMessages)
        {
            _omitted++;
            return;
        }

        _written++;
        _inner.Write(item);
    }

    public void End(RunSummary summary)
    {
        _inner.End(summary);
        // Already masked when written (with --redact): reading must not mask a second time.
        var report = ReviewReader.Read(_json.GetBuffer().AsSpan(0, (int)_json.Length), "the report", Redactor.None);
        HtmlPage.Write(_output, report, _omitted);
    }

    public void Dispose()
    {
        _inner.Dispose();
        _json.Dispose();
    }
}
