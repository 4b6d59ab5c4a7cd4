using System.Text.Json;

namespace CreepLint.Cli.Reporting;

/// <summary>The machine-readable report; field names are a stable contract (fields may be added, never renamed).</summary>
internal sealed class JsonReporter : IReporter
{
    public void Write(LintRun run, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", "creeplint");
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var (item, result) in run.Items)
            {
                json.WriteStartObject();
                json.WriteString("source", item.Source);
                if (item.Id is null)
                {
                    json.WriteNull("id");
                }
                else
                {
                    json.WriteString("id", item.Id);
                }

                json.WriteString("kind", item.Kind == MessageKind.Rationale ? "rationale" : "message");
                json.WriteNumber("score", result.Score);
                json.WriteString("verdict", result.Verdict.ToString().ToLowerInvariant());
                json.WriteStartArray("findings");
                foreach (var f in result.Findings)
                {
                    var (line, column) = SourcePosition.Map(item, f);
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.RuleId);
                    json.WriteString("category", f.Category.ToId());
                    json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                    json.WriteNumber("score", f.Score);
                    json.WriteString("message", f.Message);
                    json.WriteNumber("line", line);
                    json.WriteNumber("column", column);
                    json.WriteNumber("offset", f.Offset);
                    json.WriteNumber("length", f.Length);
                    json.WriteString("excerpt", f.Excerpt);
                    json.WriteString("suggestion", f.Suggestion);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var p in run.Problems)
            {
                json.WriteStartObject();
                json.WriteString("source", p.Source);
                json.WriteNumber("line", p.Line);
                json.WriteNumber("column", p.Column);
                json.WriteString("message", p.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", run.FileCount);
            json.WriteNumber("messages", run.Items.Count);
            json.WriteNumber("pass", run.Count(Verdict.Pass));
            json.WriteNumber("warn", run.Count(Verdict.Warn));
            json.WriteNumber("fail", run.Count(Verdict.Fail));
            json.WriteNumber("problems", run.Problems.Count);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }
}
