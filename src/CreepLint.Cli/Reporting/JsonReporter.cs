using System.Text.Json;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting;

/// <summary>
/// The machine-readable report, streamed with <see cref="Utf8JsonWriter"/> as compact JSON (pipe it through <c>jq</c> to read
/// it); field names are a stable contract (fields may be added, never renamed), whitespace is not.
/// </summary>
internal sealed class JsonReporter : IReporter
{
    /// <summary>Bytes buffered before the writer is flushed to the output, so memory stays flat for any number of results.</summary>
    private const int FlushBytes = 64 * 1024;

    // Names and fixed values encoded once: most messages are clean, and their whole record is these plus an id and a path.
    private static readonly JsonEncodedText s_source = Name("source");
    private static readonly JsonEncodedText s_id = Name("id");
    private static readonly JsonEncodedText s_kind = Name("kind");
    private static readonly JsonEncodedText s_message = Name("message");
    private static readonly JsonEncodedText s_rationale = Name("rationale");
    private static readonly JsonEncodedText s_channel = Name("channel");
    private static readonly JsonEncodedText s_score = Name("score");
    private static readonly JsonEncodedText s_verdict = Name("verdict");
    private static readonly JsonEncodedText[] s_verdicts = [Name(Verdict.Pass.Id()), Name(Verdict.Warn.Id()), Name(Verdict.Fail.Id())];
    private static readonly JsonEncodedText s_findings = Name("findings");

    private readonly Utf8JsonWriter _json;
    private readonly ReportSettings _settings;
    private readonly SortedSet<string> _rulesSeen = new(StringComparer.Ordinal);
    private string? _source;
    private JsonEncodedText _encodedSource;

    public JsonReporter(Stream output, ReportSettings settings)
    {
        _settings = settings;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JsonOutput.Encoder });
        _json.WriteStartObject();
        _json.WriteStartObject("tool");
        _json.WriteString("name", "creeplint");
        _json.WriteString("version", ToolInfo.Version);
        _json.WriteEndObject();
        if (settings.IncludeText)
        {
            _json.WriteBoolean("redacted", settings.Redactor.Enabled);
        }

        _json.WriteStartArray("results");
    }

    public void Write(ReportedItem item)
    {
        WriteItem(item);
        if (_json.BytesPending > FlushBytes)
        {
            _json.Flush();
        }
    }

    public void Dispose() => _json.Dispose();

    public void End(RunSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteStartArray("problems");
        foreach (var p in summary.Problems)
        {
            WriteProblem(_json, p);
        }

        _json.WriteEndArray();
        if (_settings.IncludeText)
        {
            Review.ReviewJson.WriteRules(_json, _settings.Engine, _rulesSeen);
        }

        _json.WritePropertyName("summary");
        WriteSummary(_json, summary);
        _json.WriteEndObject();
        _json.Flush();
        _json.Dispose();
    }

    private void WriteItem(ReportedItem item)
    {
        var json = _json;
        json.WriteStartObject();
        if (!ReferenceEquals(item.Item.Source, _source))
        {
            _source = item.Item.Source; // Items of one file share the string: encode the path once per file.
            _encodedSource = JsonEncodedText.Encode(_source, JsonOutput.Encoder);
        }

        json.WriteString(s_source, _encodedSource);
        if (item.Item.Id is null)
        {
            json.WriteNull(s_id);
        }
        else
        {
            json.WriteString(s_id, item.Item.Id);
        }

        json.WriteString(s_kind, item.Item.Kind == MessageKind.Rationale ? s_rationale : s_message);
        if (item.Item.Channel is { } channel)
        {
            json.WriteString(s_channel, channel);
        }

        json.WriteString("language", item.Language);
        if (item.UnsupportedLanguage)
        {
            json.WriteBoolean("unsupportedLanguage", true);
        }

        json.WriteNumber(s_score, item.Score);
        json.WriteString(s_verdict, s_verdicts[item.Verdict switch { Verdict.Pass => 0, Verdict.Warn => 1, _ => 2 }]);
        if (_settings.IncludeText)
        {
            Review.ReviewJson.WriteItem(json, item, _settings.Redactor, _rulesSeen);
            json.WriteEndObject();
            return;
        }

        json.WriteStartArray(s_findings);
        foreach (var f in item.Findings)
        {
            WriteFinding(json, f, _settings.Redactor);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one finding; <paramref name="view"/>, when given, adds where it shows in the message's view (<c>--include-text</c>).</summary>
    internal static void WriteFinding(Utf8JsonWriter json, ReportedFinding reported, Redactor redactor, (int Offset, int Length)? view = null)
    {
        var f = reported.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        json.WriteString("category", f.Category.ToId());
        json.WriteString("severity", f.Severity.Id());
        json.WriteNumber("score", f.Score);
        json.WriteString("message", redactor.Apply(f.Message));
        json.WriteNumber("line", reported.Line);
        json.WriteNumber("column", reported.Column);
        json.WriteNumber("endLine", reported.EndLine);
        json.WriteNumber("endColumn", reported.EndColumn);
        json.WriteNumber("offset", f.Offset);
        json.WriteNumber("length", f.Length);
        json.WriteString("excerpt", redactor.Apply(f.Excerpt));
        json.WriteString("suggestion", f.Suggestion);
        json.WriteString("fingerprint", reported.Fingerprint);
        if (view is { } v)
        {
            json.WriteNumber("viewOffset", v.Offset);
            json.WriteNumber("viewLength", v.Length);
        }

        json.WriteBoolean("suppressed", reported.IsSuppressed);
        if (reported.Suppression is { } s)
        {
            json.WriteStartObject("suppression");
            json.WriteString("kind", s.Scope == Suppressions.DirectiveScope.Message ? "catalog" : "inline");
            json.WriteNumber("line", s.Line);
            if (s.Reason is null)
            {
                json.WriteNull("reason");
            }
            else
            {
                json.WriteString("reason", s.Reason);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    internal static void WriteProblem(Utf8JsonWriter json, InputProblem p)
    {
        json.WriteStartObject();
        json.WriteString("source", p.Source);
        json.WriteNumber("line", p.Line);
        json.WriteNumber("column", p.Column);
        json.WriteString("code", p.Code);
        json.WriteString("level", p.Level);
        json.WriteString("message", p.Message);
        json.WriteEndObject();
    }

    internal static void WriteSummary(Utf8JsonWriter json, RunSummary summary)
    {
        json.WriteStartObject();
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("messages", summary.Messages);
        json.WriteNumber("pass", summary.Pass);
        json.WriteNumber("warn", summary.Warn);
        json.WriteNumber("fail", summary.Fail);
        json.WriteNumber("findings", summary.Findings);
        json.WriteNumber("suppressed", summary.Suppressed);
        json.WriteNumber("baselined", summary.Baselined);
        json.WriteNumber("problems", summary.ProblemCount);
        json.WriteNumber("skipped", summary.SkippedCount);
        json.WriteStartArray("skippedFiles");
        foreach (var skipped in summary.Skipped)
        {
            json.WriteStartObject();
            json.WriteString("reason", skipped.Reason);
            json.WriteNumber("count", skipped.Count);
            json.WriteString("example", skipped.Example);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("unread", summary.Unread);
        json.WriteNumber("unsupportedLanguage", summary.UnsupportedLanguage);
        json.WriteStartObject("languages");
        foreach (var (language, count) in summary.Languages)
        {
            json.WriteNumber(language, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, JsonOutput.Encoder);
}
