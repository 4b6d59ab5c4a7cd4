using System.Text.Json;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Pipeline;
using CreepLint.Suppressions;

namespace CreepLint.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other viewers: rules with descriptions and help, one result per finding with
/// its physical location, <c>partialFingerprints</c>, score and category, and <c>suppressions</c> for suppressed findings.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    public const string ProjectUri = "https://github.com/creeplint/creeplint";

    /// <summary>The base id relative artifact URIs are resolved against: the path base (configuration root or --path-base), as code scanning expects.</summary>
    public const string SourceRoot = "%SRCROOT%";
    private const int FlushBytes = 64 * 1024;

    private readonly Utf8JsonWriter _json;
    private readonly ReportSettings _settings;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);

    public SarifReporter(Stream output, ReportSettings settings)
    {
        _settings = settings;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JsonOutput.Encoder });
        _json.WriteStartObject();
        _json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        _json.WriteString("version", "2.1.0");
        _json.WriteStartArray("runs");
        _json.WriteStartObject();
        WriteTool();
        if (settings.PathBase is { } pathBase)
        {
            _json.WriteStartObject("originalUriBaseIds");
            _json.WriteStartObject(SourceRoot);
            _json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(pathBase)) + Path.DirectorySeparatorChar).AbsoluteUri);
            _json.WriteStartObject("description");
            _json.WriteString("text", "The directory report paths are relative to: the configuration root, or --path-base.");
            _json.WriteEndObject();
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        _json.WriteString("columnKind", "utf16CodeUnits");
        _json.WriteStartArray("results");
    }

    public void Write(ReportedItem item)
    {
        foreach (var f in item.Findings)
        {
            WriteResult(item, f);
        }

        if (_json.BytesPending > FlushBytes)
        {
            _json.Flush();
        }
    }

    public void Dispose() => _json.Dispose();

    public void End(RunSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteStartArray("invocations");
        _json.WriteStartObject();
        _json.WriteBoolean("executionSuccessful", true);
        _json.WriteStartArray("toolExecutionNotifications");
        foreach (var p in summary.Problems)
        {
            _json.WriteStartObject();
            _json.WriteString("level", p.Level == "note" ? "note" : p.Level == "warning" ? "warning" : "error");
            _json.WriteStartObject("message");
            _json.WriteString("text", p.Message);
            _json.WriteEndObject();
            _json.WriteStartObject("descriptor");
            _json.WriteString("id", p.Code);
            _json.WriteEndObject();
            _json.WriteStartArray("locations");
            _json.WriteStartObject();
            WritePhysicalLocation(p.Source, p.Line, p.Column, 0, 0, null);
            _json.WriteEndObject();
            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        foreach (var line in summary.SkippedLines())
        {
            _json.WriteStartObject();
            _json.WriteString("level", "note");
            _json.WriteStartObject("message");
            _json.WriteString("text", line);
            _json.WriteEndObject();
            _json.WriteStartObject("descriptor");
            _json.WriteString("id", "skipped-files");
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteStartObject("properties");
        _json.WritePropertyName("summary");
        JsonReporter.WriteSummary(_json, summary);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _json.Dispose();
    }

    /// <summary>A relative path as a URI reference (each segment escaped); absolute paths become <c>file://</c> URIs.</summary>
    internal static string ToUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }

    internal static string HelpUri(RuleInfo rule) =>
        rule.References.FirstOrDefault(r => Uri.TryCreate(r, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp))
        ?? $"{ProjectUri}/blob/main/docs/cli.md#explain";

    private void WriteTool()
    {
        _json.WriteStartObject("tool");
        _json.WriteStartObject("driver");
        _json.WriteString("name", "creeplint");
        _json.WriteString("version", ToolInfo.Version);
        _json.WriteString("semanticVersion", ToolInfo.Version);
        _json.WriteString("informationUri", ProjectUri);
        _json.WriteStartArray("rules");
        var index = 0;
        foreach (var rule in _settings.Engine.Rules)
        {
            _ruleIndex[rule.Id] = index++;
            _json.WriteStartObject();
            _json.WriteString("id", rule.Id);
            _json.WriteString("name", rule.Name);
            _json.WriteStartObject("shortDescription");
            _json.WriteString("text", $"{rule.Name} ({rule.Category.ToId()})");
            _json.WriteEndObject();
            _json.WriteStartObject("fullDescription");
            _json.WriteString("text", rule.Why);
            _json.WriteEndObject();
            _json.WriteStartObject("help");
            _json.WriteString("text", $"{rule.Why}\n\nInstead: {rule.Suggestion}");
            _json.WriteString("markdown", $"{rule.Why}\n\n**Instead:** {rule.Suggestion}" + (rule.References.IsEmpty ? string.Empty : "\n\n" + string.Join("\n", rule.References.Select(r => $"- {r}"))));
            _json.WriteEndObject();
            _json.WriteString("helpUri", HelpUri(rule));
            _json.WriteStartObject("defaultConfiguration");
            _json.WriteString("level", Level(rule.Severity));
            _json.WriteEndObject();
            _json.WriteStartObject("properties");
            _json.WriteString("category", rule.Category.ToId());
            _json.WriteNumber("confidence", rule.Confidence);
            _json.WriteStartArray("tags");
            _json.WriteStringValue("creepiness");
            _json.WriteStringValue(rule.Category.ToId());
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteResult(ReportedItem item, ReportedFinding reported)
    {
        var f = reported.Finding;
        _json.WriteStartObject();
        _json.WriteString("ruleId", f.RuleId);
        if (_ruleIndex.TryGetValue(f.RuleId, out var index))
        {
            _json.WriteNumber("ruleIndex", index);
        }

        _json.WriteString("level", _settings.Level(item, f));
        _json.WriteStartObject("message");
        _json.WriteString("text", $"{_settings.Redactor.Apply(f.Message)} Instead: {f.Suggestion}");
        _json.WriteEndObject();
        _json.WriteStartArray("locations");
        _json.WriteStartObject();
        WritePhysicalLocation(item.Item.Source, reported.Line, reported.Column, reported.EndLine, reported.EndColumn, _settings.Redactor.Apply(f.Excerpt));
        if (item.Item.Id is { } id)
        {
            _json.WriteStartArray("logicalLocations");
            _json.WriteStartObject();
            _json.WriteString("fullyQualifiedName", id);
            _json.WriteString("kind", "member");
            _json.WriteEndObject();
            _json.WriteEndArray();
        }

        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteStartObject("partialFingerprints");
        _json.WriteString("creeplint/v1", reported.Fingerprint);
        _json.WriteEndObject();
        if (reported.Suppression is { } s)
        {
            _json.WriteStartArray("suppressions");
            _json.WriteStartObject();
            _json.WriteString("kind", s.Scope == DirectiveScope.Message ? "external" : "inSource");
            _json.WriteString("status", "accepted");
            _json.WriteString("justification", s.Reason ?? "(no reason given)");
            _json.WriteEndObject();
            _json.WriteEndArray();
        }

        _json.WriteStartObject("properties");
        _json.WriteNumber("score", f.Score);
        _json.WriteString("category", f.Category.ToId());
        _json.WriteNumber("messageScore", item.Score);
        _json.WriteString("verdict", item.Verdict.Id());
        _json.WriteString("kind", item.Item.Kind == MessageKind.Rationale ? "rationale" : "message");
        _json.WriteString("language", item.Language);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    /// <summary>A location; the region ends at <paramref name="endLine"/>:<paramref name="endColumn"/> (exclusive) when that follows its start.</summary>
    private void WritePhysicalLocation(string source, int line, int column, int endLine, int endColumn, string? snippet)
    {
        _json.WriteStartObject("physicalLocation");
        _json.WriteStartObject("artifactLocation");
        _json.WriteString("uri", ToUri(source == "-" ? "stdin" : source));
        if (source != "-" && !Path.IsPathRooted(source) && _settings.PathBase is not null)
        {
            _json.WriteString("uriBaseId", SourceRoot);
        }

        _json.WriteEndObject();
        if (line > 0)
        {
            _json.WriteStartObject("region");
            _json.WriteNumber("startLine", line);
            _json.WriteNumber("startColumn", Math.Max(1, column));
            if (endLine > line || (endLine == line && endColumn > column))
            {
                _json.WriteNumber("endLine", endLine);
                _json.WriteNumber("endColumn", endColumn);
            }

            if (snippet is not null)
            {
                _json.WriteStartObject("snippet");
                _json.WriteString("text", snippet);
                _json.WriteEndObject();
            }

            _json.WriteEndObject();
        }

        _json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
