using System.Text.Json;
using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting;

/// <summary>
/// One JSON object per line, for log pipelines and <c>jq</c>: a <c>"type": "finding"</c> line per finding (with its
/// message's source, id, score and verdict), then a <c>"problem"</c> line per input problem and one <c>"summary"</c> line.
/// </summary>
internal sealed class JsonLinesReporter(Stream output, ReportSettings settings) : IReporter
{
    private static readonly byte[] s_newline = "\n"u8.ToArray();

    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JsonOutput.Encoder });

    public void Write(ReportedItem item)
    {
        foreach (var f in item.Findings)
        {
            _json.WriteStartObject();
            _json.WriteString("type", "finding");
            _json.WriteString("source", item.Item.Source);
            if (item.Item.Id is { } id)
            {
                _json.WriteString("id", id);
            }

            _json.WriteString("language", item.Language);
            _json.WriteNumber("messageScore", item.Score);
            _json.WriteString("verdict", item.Verdict.Id());
            _json.WritePropertyName("finding");
            JsonReporter.WriteFinding(_json, f, settings.Redactor);
            _json.WriteEndObject();
            EndLine();
        }
    }

    public void Dispose() => _json.Dispose();

    public void End(RunSummary summary)
    {
        foreach (var p in summary.Problems)
        {
            _json.WriteStartObject();
            _json.WriteString("type", "problem");
            _json.WritePropertyName("problem");
            JsonReporter.WriteProblem(_json, p);
            _json.WriteEndObject();
            EndLine();
        }

        _json.WriteStartObject();
        _json.WriteString("type", "summary");
        _json.WritePropertyName("summary");
        JsonReporter.WriteSummary(_json, summary);
        _json.WriteEndObject();
        EndLine();
        _json.Dispose();
    }

    private void EndLine()
    {
        _json.Flush();
        output.Write(s_newline);
        _json.Reset();
    }
}
