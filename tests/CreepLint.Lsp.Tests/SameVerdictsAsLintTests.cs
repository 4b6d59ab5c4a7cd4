using System.Text.Json;
using System.Text.Json.Nodes;
using CreepLint.Lsp.Tests.Support;

namespace CreepLint.Lsp.Tests;

/// <summary>
/// The server reports what <c>creeplint lint</c> reports: the same findings at the same places with the same severity,
/// scores, verdicts and fingerprints, and the same input problems, for every input format, with suppressions and a
/// baseline in force. One owner: the server runs the CLI's own pipeline; these tests hold the two surfaces equal.
/// </summary>
public sealed class SameVerdictsAsLintTests
{
    [Test]
    public async Task Every_input_format_gets_the_findings_lint_reports_at_the_same_UTF16_positions()
    {
        using var dir = new TempDir();
        foreach (var (path, text) in Samples.EveryFormat)
        {
            dir.Write(path, text);
        }

        using var lint = dir.LintJson(".");
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        foreach (var (path, text) in Samples.EveryFormat)
        {
            await client.OpenAsync(dir.UriOf(path), text);
            var fromServer = FromServer(client.DiagnosticsFor(dir.UriOf(path), 1));
            var fromLint = FromLint(lint.RootElement, path);
            Assert.That(fromLint, Has.Some.Contains("CL5001"), $"{path}: the sample must be flagged by lint itself");
            Assert.That(fromServer, Is.EqualTo(fromLint), path);
        }

        Assert.That(await client.ShutdownAndExitAsync(), Is.Zero);
    }

    [Test]
    public async Task Suppressions_a_baseline_and_the_configuration_apply_as_in_lint()
    {
        using var dir = new TempDir();
        dir.Write(".creeplint.yaml", "baseline: creeplint-baseline.json\nseverity:\n  CL5001: error\n")
            .Write("old.txt", $"{Samples.Creepy}\n")
            .Write("new.html", $"<!-- creeplint-disable-next-line CL5001 -- the reader asked for stock alerts -->\n<p>{Samples.Creepy}</p>\n" +
                $"<p>{Samples.Creepy}</p>\n<!-- creeplint-disable-next-line CL1001 -- nothing here -->\n<p>Spring sale.</p>\n");
        var (code, _, error) = dir.RunCli("baseline", "old.txt", "-o", "creeplint-baseline.json");
        Assert.That(code, Is.Zero, error);
        dir.Write("old.txt", $"{Samples.Creepy}\nCongratulations on the pregnancy, here's 20% off maternity wear.\n");

        using var lint = dir.LintJson("old.txt", "new.html");
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        foreach (var path in new[] { "old.txt", "new.html" })
        {
            await client.OpenAsync(dir.UriOf(path), dir.Read(path));
            var fromServer = FromServer(client.DiagnosticsFor(dir.UriOf(path), 1));
            Assert.That(fromServer, Is.EqualTo(FromLint(lint.RootElement, path)), path);
        }

        Assert.Multiple(() =>
        {
            Assert.That(lint.RootElement.GetProperty("summary").GetProperty("baselined").GetInt32(), Is.EqualTo(1), "the baseline takes the old finding");
            Assert.That(FromLint(lint.RootElement, "new.html"), Has.Exactly(1).StartsWith("CL5001 2:"), "one CL5001 suppressed (line 1), the one on line 2 reported");
            Assert.That(FromLint(lint.RootElement, "new.html"), Has.Exactly(1).StartsWith("CL0302 "), "the unused suppression is reported");
            Assert.That(FromLint(lint.RootElement, "new.html"), Has.Some.Contains(" severity 1 "), "severity from the configuration");
        });
    }

    /// <summary>A finding or problem as one comparable line: code, zero-based range, severity, scores, verdict, fingerprint.</summary>
    private static List<string> FromServer(JsonArray diagnostics) =>
        [.. diagnostics.Select(d =>
        {
            var (line, character, endLine, endCharacter) = LspMessages.RangeOf(d!);
            var data = d!["data"];
            return data is null
                ? $"{LspMessages.Code(d)} {line}:{character} severity {(int)d["severity"]!}"
                : $"{LspMessages.Code(d)} {line}:{character}-{endLine}:{endCharacter} severity {(int)d["severity"]!} score {(int)data["score"]!} " +
                  $"message {(int)data["messageScore"]!} {(string)data["verdict"]!} {(string)data["fingerprint"]!} {(string?)data["messageId"]}";
        }).Order(StringComparer.Ordinal)];

    private static List<string> FromLint(JsonElement report, string source)
    {
        var lines = new List<string>();
        foreach (var result in report.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("source").GetString() == source))
        {
            foreach (var f in result.GetProperty("findings").EnumerateArray().Where(f => !f.GetProperty("suppressed").GetBoolean()))
            {
                var severity = f.GetProperty("severity").GetString() switch { "error" => 1, "warning" => 2, _ => 3 };
                lines.Add($"{f.GetProperty("ruleId").GetString()} {f.GetProperty("line").GetInt32() - 1}:{f.GetProperty("column").GetInt32() - 1}-" +
                    $"{f.GetProperty("endLine").GetInt32() - 1}:{f.GetProperty("endColumn").GetInt32() - 1} severity {severity} score {f.GetProperty("score").GetInt32()} " +
                    $"message {result.GetProperty("score").GetInt32()} {result.GetProperty("verdict").GetString()} {f.GetProperty("fingerprint").GetString()} {result.GetProperty("id").GetString()}");
            }
        }

        foreach (var p in report.GetProperty("problems").EnumerateArray().Where(p => p.GetProperty("source").GetString() == source))
        {
            var severity = p.GetProperty("level").GetString() switch { "error" => 1, "warning" => 2, _ => 3 };
            lines.Add($"{p.GetProperty("code").GetString()} {Math.Max(0, p.GetProperty("line").GetInt32() - 1)}:{Math.Max(0, p.GetProperty("column").GetInt32() - 1)} severity {severity}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
