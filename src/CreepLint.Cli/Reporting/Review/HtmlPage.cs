using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CreepLint.Cli.Reporting.Review;

/// <summary>
/// Writes the report page: one self-contained HTML file with its stylesheet, its script and the report's data inline, and a
/// Content-Security-Policy that allows exactly that stylesheet and script (by hash) and nothing else: no request of any kind.
/// </summary>
internal static class HtmlPage
{
    private static readonly string s_css = Resource("report.css");
    private static readonly string s_js = Resource("report.js");

    /// <summary>
    /// Escapes every character with a meaning in HTML (&lt; &gt; &amp; quotes), so no message text, however written, can end
    /// the data block or open a tag; other characters (accents, emoji) stay as they are, which keeps the page small.
    /// </summary>
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The policy: inline style and script by hash only; no source of any kind (no fetch, image, font, frame or form).</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(s_css)}'; script-src '{Hash(s_js)}'; base-uri 'none'; form-action 'none'";

    /// <summary>Writes the page for <paramref name="report"/>; <paramref name="omitted"/> messages were left out of it (<see cref="HtmlReporter.MaxMessages"/>).</summary>
    public static void Write(TextWriter output, ReviewReport report, int omitted = 0)
    {
        var summary = report.Summary;
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n");
        output.Write($"<title>CreepLint review: {summary.Fail} fail, {summary.Warn} warn, {summary.Pass} pass</title>\n");
        output.Write($"<style>{s_css}</style>\n</head>\n<body>\n<div id=\"app\"><noscript><p>This report draws its messages with JavaScript; " +
            "open it in a browser with scripts on, or read the JSON report it was made from.</p></noscript></div>\n");
        output.Write("<script type=\"application/json\" id=\"creeplint-data\">");
        output.Flush();
        WriteData(output, report, omitted);
        output.Write($"</script>\n<script>{s_js}</script>\n</body>\n</html>\n");
        output.Flush();
    }

    /// <summary>
    /// The page's data: compact arrays, and each repeated string (paths, categories, messages, suggestions) once in a table,
    /// so a thousand messages cost little more than their own text.
    /// </summary>
    private static void WriteData(TextWriter output, ReviewReport report, int omitted)
    {
        var strings = new StringTable();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = s_encoder }))
        {
            json.WriteStartObject();
            json.WriteString("version", report.Version);
            json.WriteBoolean("redacted", report.Redacted);
            json.WriteNumber("omitted", omitted);
            json.WritePropertyName("summary");
            JsonSerializer.Serialize(json, report.Summary, ReviewJsonContext.Default.ReviewSummary);
            json.WriteStartObject("rules");
            foreach (var rule in report.Rules)
            {
                json.WriteStartArray(rule.Id);
                json.WriteStringValue(rule.Name ?? string.Empty);
                json.WriteStringValue(rule.Category ?? string.Empty);
                json.WriteStringValue(rule.Severity ?? string.Empty);
                json.WriteStringValue(rule.Why ?? string.Empty);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartArray("m");
            foreach (var m in report.Messages)
            {
                WriteMessage(json, m, strings);
            }

            json.WriteEndArray();
            json.WriteStartArray("p");
            foreach (var p in report.Problems)
            {
                json.WriteStartArray();
                json.WriteStringValue(p.Source);
                json.WriteNumberValue(p.Line);
                json.WriteNumberValue(p.Column);
                json.WriteStringValue(p.Code);
                json.WriteStringValue(p.Level);
                json.WriteStringValue(p.Message);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("s");
            foreach (var s in strings.Items)
            {
                json.WriteStringValue(s);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8);
        var chars = new char[1 << 16];
        int read;
        while ((read = reader.Read(chars, 0, chars.Length)) > 0)
        {
            output.Write(chars, 0, read);
        }
    }

    private static void WriteMessage(Utf8JsonWriter json, ReviewMessage m, StringTable strings)
    {
        json.WriteStartArray();
        json.WriteNumberValue(strings.Index(m.Source));
        if (m.Id is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(m.Id);
        }

        json.WriteNumberValue(m.Kind == "rationale" ? 1 : 0);
        json.WriteNumberValue(m.Channel is null ? -1 : strings.Index(m.Channel));
        json.WriteNumberValue(m.Score);
        json.WriteNumberValue(Verdict(m.Verdict));
        json.WriteStringValue(m.View!.Text);
        json.WriteStartArray();
        foreach (var t in m.View.Templates)
        {
            json.WriteNumberValue(t[0]);
            json.WriteNumberValue(t[1]);
        }

        json.WriteEndArray();
        json.WriteStartArray();
        foreach (var f in m.Findings)
        {
            WriteFinding(json, f, f.Suppressed ? 1 : 0, f.Suppression?.Reason, strings);
        }

        foreach (var f in m.Baselined)
        {
            WriteFinding(json, f, 2, null, strings);
        }

        json.WriteEndArray();
        json.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter json, ReviewFinding f, int state, string? reason, StringTable strings)
    {
        json.WriteStartArray();
        json.WriteStringValue(f.RuleId);
        json.WriteNumberValue(strings.Index(f.Category));
        json.WriteNumberValue(f.Severity switch { "info" => 0, "warning" => 1, _ => 2 });
        json.WriteNumberValue(f.Score);
        json.WriteNumberValue(f.Line);
        json.WriteNumberValue(f.Column);
        json.WriteNumberValue(f.ViewOffset ?? 0);
        json.WriteNumberValue(f.ViewLength ?? 0);
        json.WriteNumberValue(strings.Index(f.Message));
        json.WriteNumberValue(strings.Index(f.Suggestion));
        json.WriteNumberValue(state);
        json.WriteNumberValue(reason is null ? -1 : strings.Index(reason));
        json.WriteNumberValue(strings.Index(f.Excerpt));
        json.WriteEndArray();
    }

    private static int Verdict(string verdict) => verdict switch { "pass" => 0, "warn" => 1, _ => 2 };

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CreepLint.Cli.Reporting.Review." + name)
            ?? throw new InvalidOperationException($"The report page's {name} is not embedded in the tool.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Each distinct string once, by first appearance.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Items { get; } = [];

        public int Index(string value)
        {
            if (!_index.TryGetValue(value, out var i))
            {
                i = Items.Count;
                _index.Add(value, i);
                Items.Add(value);
            }

            return i;
        }
    }
}
