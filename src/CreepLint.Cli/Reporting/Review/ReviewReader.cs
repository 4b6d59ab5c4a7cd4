using System.Text;
using System.Text.Json;

namespace CreepLint.Cli.Reporting.Review;

/// <summary>
/// Reads a JSON report written with <c>--include-text</c> for the report page, checking what the page relies on (a view for
/// every message, spans inside it, known verdicts); a problem is one error naming the file, line and column.
/// </summary>
internal static class ReviewReader
{
    /// <summary>Largest JSON report read; the page for a bigger one would not open in a browser anyway.</summary>
    internal const long MaxBytes = 512L * 1024 * 1024;

    private static readonly string[] s_verdicts = ["pass", "warn", "fail"];

    /// <summary>Reads the report at <paramref name="path"/>; <paramref name="name"/> (the path as the user wrote it) names it in errors.</summary>
    public static ReviewReport Read(string path, string name, Redactor redactor)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw new UsageException($"{name}: the JSON report is {info.Length / (1024 * 1024):N0} MiB, more than the {MaxBytes / (1024 * 1024)} MiB a report page is made from; lint fewer files per report");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{name}': {ex.Message}");
        }

        return Read(bytes, name, redactor);
    }

    /// <summary>Reads a report held in memory; <paramref name="name"/> names it in errors.</summary>
    public static ReviewReport Read(ReadOnlySpan<byte> json, string name, Redactor redactor)
    {
        var report = new ReviewReport();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var at = 0L;
        var inValue = false; // Inside a value read whole: the serializer's positions are its own, so name the value's start.
        try
        {
            Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "a JSON report starts with '{'");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                at = reader.TokenStartIndex;
                reader.Read();
                inValue = true;
                switch (property)
                {
                    case "tool":
                        using (var tool = JsonDocument.ParseValue(ref reader))
                        {
                            report.Version = tool.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? string.Empty : string.Empty;
                        }

                        break;
                    case "redacted":
                        report.Redacted = reader.GetBoolean();
                        break;
                    case "results":
                        Expect(reader.TokenType == JsonTokenType.StartArray, "'results' is a list");
                        inValue = false;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            at = reader.TokenStartIndex;
                            inValue = true;
                            var message = JsonSerializer.Deserialize(ref reader, ReviewJsonContext.Default.ReviewMessage)!;
                            Check(message);
                            report.Messages.Add(message);
                            inValue = false;
                        }

                        break;
                    case "rules":
                        report.Rules = JsonSerializer.Deserialize(ref reader, ReviewJsonContext.Default.ListReviewRule) ?? [];
                        break;
                    case "problems":
                        report.Problems = JsonSerializer.Deserialize(ref reader, ReviewJsonContext.Default.ListReviewProblem) ?? [];
                        break;
                    case "summary":
                        report.Summary = JsonSerializer.Deserialize(ref reader, ReviewJsonContext.Default.ReviewSummary) ?? new();
                        break;
                    default:
                        reader.Skip();
                        break;
                }

                inValue = false;
            }
        }
        catch (JsonException ex)
        {
            var offset = !inValue && ex.BytePositionInLine is { } p && ex.LineNumber is { } l ? Offset(json, l, p) : at;
            var problem = ex.Path is { Length: > 1 } path && ex.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? $"{path.TrimStart('$', '.')} has a value of the wrong type"
                : FirstLine(ex.Message);
            throw Error(json, name, offset, $"not a CreepLint JSON report: {problem}");
        }
        catch (FormatException ex)
        {
            throw Error(json, name, at, $"not a CreepLint JSON report: {FirstLine(ex.Message)}");
        }
        catch (InvalidOperationException ex)
        {
            throw Error(json, name, at, $"not a CreepLint JSON report: {FirstLine(ex.Message)}");
        }

        if (redactor.Enabled)
        {
            foreach (var message in report.Messages)
            {
                Redact(message, redactor);
            }
        }

        return report;

        void Check(ReviewMessage message)
        {
            var label = message.Id is null ? message.Source : $"{message.Source}#{message.Id}";
            if (message.View is not { } view)
            {
                throw new JsonException($"the result for {label} has no 'view': write the report with 'creeplint lint --format json --include-text', which adds each message's text");
            }

            Expect(Array.IndexOf(s_verdicts, message.Verdict) >= 0, $"the result for {label} has the verdict '{message.Verdict}', not pass, warn or fail");
            foreach (var f in message.Findings.Concat(message.Baselined))
            {
                Expect(f.ViewOffset is { } o && f.ViewLength is { } n && o >= 0 && n >= 0 && o + n <= view.Text.Length,
                    $"a finding of {label} ({f.RuleId}) has no place inside the message's view (viewOffset, viewLength)");
            }

            foreach (var t in view.Templates)
            {
                Expect(t.Length == 2 && t[0] >= 0 && t[1] >= 0 && t[0] + t[1] <= view.Text.Length, $"a template span of {label} lies outside its view");
            }
        }
    }

    /// <summary>Masks a message read from a report that was not redacted when it was written (<c>report --redact</c>).</summary>
    private static void Redact(ReviewMessage message, Redactor redactor)
    {
        var view = message.View!;
        var masked = redactor.Mask(view.Text);
        foreach (var f in message.Findings.Concat(message.Baselined))
        {
            (f.ViewOffset, f.ViewLength) = masked.Map(f.ViewOffset!.Value, f.ViewLength!.Value);
            f.Message = redactor.Apply(f.Message);
            f.Excerpt = redactor.Apply(f.Excerpt);
        }

        view.Templates = [.. view.Templates.Select(t => masked.Map(t[0], t[1])).Select(t => new[] { t.Offset, t.Length })];
        view.Text = masked.Text;
    }

    private static void Expect(bool condition, string problem)
    {
        if (!condition)
        {
            throw new JsonException(problem);
        }
    }

    /// <summary>The exception's own sentence, without the positions it adds (the error names the place itself).</summary>
    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var positions = line.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (positions > 0 ? line[..positions] : line).TrimEnd(' ', '.', '|');
    }

    private static long Offset(ReadOnlySpan<byte> json, long line, long byteInLine)
    {
        var start = 0;
        for (var l = 0L; l < line && start < json.Length; l++)
        {
            var next = json[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return Math.Min(json.Length, start + byteInLine);
    }

    private static UsageException Error(ReadOnlySpan<byte> json, string name, long offset, string problem)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        var what = problem.EndsWith('.') ? problem[..^1] : problem;
        return new UsageException($"{name}:{line}:{column}: {what}");
    }
}
