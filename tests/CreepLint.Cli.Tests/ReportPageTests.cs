using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreepLint.Cli.Reporting;
using CreepLint.Cli.Reporting.Review;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// Issue 21 without a browser: the page of a run is the page of its saved JSON, the JSON with text keeps every score, and
/// the page's data and policy are what the browser tests (tests/CreepLint.Report.Tests) rely on.
/// </summary>
public sealed partial class ReportPageTests
{
    private const string Creepy = "Hi Sarah, we noticed you've viewed the Aspen rain jacket 6 times this week.\n";

    [Test]
    public void The_page_of_a_run_is_the_page_of_its_saved_json_report()
    {
        using var repo = Samples();
        var direct = repo.Run("lint", "t", "--format", "html", "-o", "direct.html");
        var json = repo.Run("lint", "t", "--format", "json", "--include-text", "-o", "results.json");
        var report = repo.Run("report", "results.json", "-o", "saved.html");
        Assert.Multiple(() =>
        {
            Assert.That(direct.ExitCode, Is.EqualTo(ExitCodes.Findings), direct.ToString());
            Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Findings), json.ToString());
            Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.ToString());
            Assert.That(repo.Read("saved.html"), Is.EqualTo(repo.Read("direct.html")));
            Assert.That(report.Error, Does.Contain("wrote the report page to saved.html"));
        });
    }

    [Test]
    public void Include_text_adds_the_view_and_changes_no_score_verdict_or_finding()
    {
        using var repo = Samples();
        repo.Run("lint", "t", "--format", "json", "-o", "plain.json");
        repo.Run("lint", "t", "--format", "json", "--include-text", "-o", "text.json");
        using var plain = JsonDocument.Parse(repo.Read("plain.json"));
        using var text = JsonDocument.Parse(repo.Read("text.json"));
        var a = plain.RootElement.GetProperty("results").EnumerateArray().ToList();
        var b = text.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.That(b, Has.Count.EqualTo(a.Count));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < a.Count; i++)
            {
                Assert.That(b[i].GetProperty("score").GetInt32(), Is.EqualTo(a[i].GetProperty("score").GetInt32()));
                Assert.That(b[i].GetProperty("verdict").GetString(), Is.EqualTo(a[i].GetProperty("verdict").GetString()));
                Assert.That(Findings(b[i]), Is.EqualTo(Findings(a[i])));
                Assert.That(b[i].GetProperty("view").GetProperty("text").GetString(), Is.Not.Null);
            }

            Assert.That(text.RootElement.GetProperty("summary").GetRawText(), Is.EqualTo(plain.RootElement.GetProperty("summary").GetRawText()));
            Assert.That(plain.RootElement.GetProperty("results")[0].TryGetProperty("view", out _), Is.False, "no message text without --include-text");
        });
    }

    [Test]
    public void The_pages_data_carries_the_json_reports_scores_and_verdicts()
    {
        using var repo = Samples();
        repo.Run("lint", "t", "--format", "json", "-o", "plain.json");
        repo.Run("lint", "t", "--format", "html", "-o", "page.html");
        using var plain = JsonDocument.Parse(repo.Read("plain.json"));
        using var data = JsonDocument.Parse(Data(repo.Read("page.html")));
        var results = plain.RootElement.GetProperty("results").EnumerateArray().ToList();
        var messages = data.RootElement.GetProperty("m").EnumerateArray().ToList();
        var strings = data.RootElement.GetProperty("s").EnumerateArray().Select(s => s.GetString()).ToList();
        string[] verdicts = ["pass", "warn", "fail"];
        Assert.That(messages, Has.Count.EqualTo(results.Count));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < results.Count; i++)
            {
                Assert.That(messages[i][4].GetInt32(), Is.EqualTo(results[i].GetProperty("score").GetInt32()));
                Assert.That(verdicts[messages[i][5].GetInt32()], Is.EqualTo(results[i].GetProperty("verdict").GetString()));
                var shown = messages[i][8].EnumerateArray().Select(f => $"{f[0].GetString()} {strings[f[1].GetInt32()]} {f[3].GetInt32()}");
                var reported = results[i].GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("category").GetString()} {f.GetProperty("score").GetInt32()}");
                Assert.That(shown, Is.EqualTo(reported));
            }

            Assert.That(data.RootElement.GetProperty("summary").GetProperty("fail").GetInt32(), Is.EqualTo(plain.RootElement.GetProperty("summary").GetProperty("fail").GetInt32()));
        });
    }

    [Test]
    public void The_policy_allows_exactly_the_inline_style_and_script_and_nothing_else()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        repo.Run("lint", "a.txt", "--format", "html", "-o", "page.html");
        var html = repo.Read("page.html");
        var policy = PolicyPattern().Match(html).Groups[1].Value;
        var style = StylePattern().Match(html).Groups[1].Value;
        var script = ScriptPattern().Match(html).Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(policy, Is.EqualTo($"default-src 'none'; style-src 'sha256-{Sha256(style)}'; script-src 'sha256-{Sha256(script)}'; base-uri 'none'; form-action 'none'"));
            // The one address is SVG's namespace name, which is never fetched.
            Assert.That(html, Does.Not.Match(@"(?i)<(link|img|iframe|object|embed|base)\b|\bsrc\s*=|https?://(?!www\.w3\.org/2000/svg')"), "no outside resource and no address");
            Assert.That(html, Does.Contain("<script type=\"application/json\" id=\"creeplint-data\">"));
        });
    }

    [TestCase("</script><script>alert(1)</script>")]
    [TestCase("<!-- <script> -->")]
    [TestCase("\u2028 and \u2029 and ' and \" and & and `")]
    public void Message_text_cannot_leave_the_data_block(string hostile)
    {
        using var repo = new TempRepo().Write("a.txt", $"Note: {hostile} We noticed you were at the clinic.\n");
        repo.Run("lint", "a.txt", "--format", "html", "-o", "page.html");
        var html = repo.Read("page.html");
        using var data = JsonDocument.Parse(Data(html));
        Assert.Multiple(() =>
        {
            Assert.That(Regex.Matches(html, "</script", RegexOptions.IgnoreCase), Has.Count.EqualTo(2), "only the page's own two script blocks close");
            Assert.That(Regex.Matches(html, "<!--"), Is.Empty);
            Assert.That(data.RootElement.GetProperty("m")[0][6].GetString(), Does.StartWith("Note: " + hostile.Replace('\u2028', '\n').Replace('\u2029', '\n')), "the text itself is kept, as data");
        });
    }

    [Test]
    public void The_baselines_findings_reach_the_page_data_and_nothing_else()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        // Rules only: with every rule finding baselined, the learned model would report its own finding (docs/cli.md).
        repo.Run("baseline", "a.txt", "-o", "base.json", "--no-model");
        var plain = repo.Run("lint", "a.txt", "--baseline", "base.json", "--format", "json", "--no-model");
        var text = repo.Run("lint", "a.txt", "--baseline", "base.json", "--format", "json", "--include-text", "--no-model");
        using var a = JsonDocument.Parse(plain.Out);
        using var b = JsonDocument.Parse(text.Out);
        var result = b.RootElement.GetProperty("results")[0];
        Assert.Multiple(() =>
        {
            Assert.That(a.RootElement.GetProperty("results")[0].GetProperty("findings").GetArrayLength(), Is.Zero);
            Assert.That(a.RootElement.GetProperty("results")[0].TryGetProperty("baselined", out _), Is.False);
            Assert.That(result.GetProperty("findings").GetArrayLength(), Is.Zero);
            Assert.That(result.GetProperty("baselined").GetArrayLength(), Is.EqualTo(b.RootElement.GetProperty("summary").GetProperty("baselined").GetInt32()).And.GreaterThan(0));
            Assert.That(result.GetProperty("verdict").GetString(), Is.EqualTo("pass"), "baselined findings do not count");
        });
    }

    [Test]
    public void Report_explains_a_json_report_without_text()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        repo.Run("lint", "a.txt", "--format", "json", "-o", "plain.json");
        var result = repo.Run("report", "plain.json", "-o", "page.html");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.Match(@"^creeplint: plain\.json:1:\d+: .*a\.txt has no 'view': write the report with 'creeplint lint --format json --include-text'"));
            Assert.That(result.Error, Does.Not.Contain("   at "));
            Assert.That(File.Exists(repo.PathOf("page.html")), Is.False);
        });
    }

    [TestCase("{\"results\": [", "bad.json:1:14: not a CreepLint JSON report")]
    [TestCase("{\n  \"results\": [\n    {\"source\": 3}\n  ]\n}", "bad.json:3:5: not a CreepLint JSON report: source has a value of the wrong type")]
    [TestCase("[]", "bad.json:1:1: not a CreepLint JSON report: a JSON report starts with '{'")]
    [TestCase("", "bad.json:1:1: not a CreepLint JSON report: The input does not contain any JSON tokens")]
    public void Report_names_the_place_of_a_broken_json_report(string json, string expected)
    {
        using var repo = new TempRepo().Write("bad.json", json);
        var result = repo.Run("report", "bad.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.StartWith("creeplint: " + expected), result.ToString());
            Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Out, Is.Empty);
        });
    }

    [Test]
    public void Report_refuses_a_missing_input_and_writing_over_its_input()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        repo.Run("lint", "a.txt", "--format", "json", "--include-text", "-o", "r.json");
        var before = repo.Read("r.json");
        var missing = repo.Run("report", "nope.json");
        var over = repo.Run("report", "r.json", "-o", "r.json");
        Assert.Multiple(() =>
        {
            Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(missing.Error, Is.EqualTo("creeplint: no such file: 'nope.json'\n"));
            Assert.That(over.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(over.Error, Does.StartWith("creeplint: refusing to write the page"));
            Assert.That(repo.Read("r.json"), Is.EqualTo(before));
        });
    }

    [TestCase("sarif")]
    [TestCase("html")]
    [TestCase("text")]
    public void Include_text_is_for_the_json_format_only(string format)
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        var result = repo.Run("lint", "a.txt", "--format", format, "--include-text");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.StartWith($"creeplint: --include-text adds message text to the JSON report; use it with --format json, not {format}"));
        });
    }

    [Test]
    public void Report_redact_masks_a_saved_report_and_moves_the_spans_with_the_masks()
    {
        using var repo = new TempRepo().Write("a.txt", Creepy);
        repo.Run("lint", "a.txt", "--format", "json", "--include-text", "-o", "r.json");
        var report = ReviewReader.Read(repo.PathOf("r.json"), "r.json", new Redactor(true));
        var message = report.Messages.Single();
        var shown = message.Findings.Select(f => message.View!.Text.Substring(f.ViewOffset!.Value, f.ViewLength!.Value)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(message.View!.Text, Is.EqualTo("Hi [name], we noticed you've viewed the Aspen rain jacket 6 times this week."));
            Assert.That(shown, Does.Contain("we noticed"));
            Assert.That(shown, Has.Some.StartsWith("you've viewed the Aspen rain jacket 6 times"));
        });
    }

    private static TempRepo Samples()
    {
        var repo = new TempRepo();
        foreach (var file in Directory.GetFiles(Path.Combine(CliRun.RepositoryRoot, "samples", "templates")))
        {
            repo.Write("t/" + Path.GetFileName(file), File.ReadAllText(file)); // Reports go beside t/, never into the walk.
        }

        return repo;
    }

    private static string[] Findings(JsonElement result) =>
        [.. result.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("ruleId")} {f.GetProperty("category")} {f.GetProperty("score")} {f.GetProperty("line")}:{f.GetProperty("column")} {f.GetProperty("suppressed")}")];

    private static string Data(string html) => DataPattern().Match(html).Groups[1].Value;

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")]
    private static partial Regex PolicyPattern();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StylePattern();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("<script type=\"application/json\" id=\"creeplint-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataPattern();
}
