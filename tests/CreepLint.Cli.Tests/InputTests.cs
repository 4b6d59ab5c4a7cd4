using System.Text;
using System.Text.Json;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

public sealed class InputTests
{
    private const string Creepy = "You're expecting, and we couldn't be happier for you.";

    private static JsonElement LintJson(TempRepo repo, params string[] args)
    {
        var result = repo.Run(["lint", .. args, "--format", "json"]);
        Assert.That(result.ExitCode, Is.Not.EqualTo(ExitCodes.UsageOrConfig), result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Findings(JsonElement report) =>
        report.GetProperty("results").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray());

    private static List<JsonElement> Problems(JsonElement report) => [.. report.GetProperty("problems").EnumerateArray()];

    [Test]
    public void Yaml_catalog_parts_are_linted_separately_with_positions_in_the_yaml()
    {
        const string yaml = "messages:\n  - id: spring-sale\n    subject: \"Spring deals\"\n    body: |\n      Hi there,\n      You're expecting, so here is 20% off.\n    sms: We noticed you like rakes.\n    rationale: Our model estimates you are 87% likely to be pregnant.\n";
        using var repo = new TempRepo().Write("catalog.yaml", yaml);
        var report = LintJson(repo, "catalog.yaml");
        var results = report.GetProperty("results").EnumerateArray().ToList();
        var ids = results.Select(r => r.GetProperty("id").GetString()).ToList();
        var body = results.Single(r => r.GetProperty("id").GetString() == "spring-sale/body").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        var sms = results.Single(r => r.GetProperty("id").GetString() == "spring-sale/sms").GetProperty("findings")[0];
        var rationale = results.Single(r => r.GetProperty("id").GetString() == "spring-sale/rationale");
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EqualTo(new[] { "spring-sale/subject", "spring-sale/body", "spring-sale/sms", "spring-sale/rationale" }));
            Assert.That((body.GetProperty("line").GetInt32(), body.GetProperty("column").GetInt32()), Is.EqualTo((6, 7)));
            Assert.That((sms.GetProperty("line").GetInt32(), sms.GetProperty("column").GetInt32()), Is.EqualTo((7, 10)));
            Assert.That(rationale.GetProperty("kind").GetString(), Is.EqualTo("rationale"));
            Assert.That(rationale.GetProperty("channel").GetString(), Is.EqualTo("rationale"));
        });
    }

    [Test]
    public void Text_report_names_catalog_messages_by_path()
    {
        using var repo = new TempRepo().Write("catalog.yaml", "messages:\n  spring-sale:\n    subject: You're expecting!\n");
        var result = repo.Run("lint", "catalog.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain("catalog.yaml#spring-sale/subject: score"));
            Assert.That(result.Out, Does.Contain("catalog.yaml:3:14: error CL1001"));
        });
    }

    [Test]
    public void Json_catalog_positions_point_into_the_json_and_through_escapes()
    {
        const string json = "{\n  \"messages\": [\n    {\"id\": \"a\", \"subject\": \"Hi \\\"friend\\\"\\n\\u00e9 You're expecting!\"}\n  ]\n}\n";
        using var repo = new TempRepo().Write("catalog.json", json);
        var finding = Findings(LintJson(repo, "catalog.json")).Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        var line = json.Split('\n')[2];
        Assert.Multiple(() =>
        {
            Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(3));
            Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(line.IndexOf("You're", StringComparison.Ordinal) + 1));
        });
    }

    [Test]
    public void Jsonl_positions_map_through_escapes_to_the_raw_column()
    {
        const string line = "{\"id\": \"x\", \"text\": \"Tab\\there \\\"quoted\\\" \\u00e9 We noticed you like rakes.\"}";
        using var repo = new TempRepo().Write("m.jsonl", "\n" + line + "\n");
        var finding = Findings(LintJson(repo, "m.jsonl")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(2));
            Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(line.IndexOf("We noticed", StringComparison.Ordinal) + 1));
        });
    }

    [Test]
    public void Jsonl_lines_longer_than_the_read_chunk_are_read_whole()
    {
        var padding = new string('a', 200_000);
        var line = JsonSerializer.Serialize(new { id = "long", text = padding + " We noticed you like rakes." });
        using var repo = new TempRepo().Write("m.jsonl", line + "\n{\"id\": \"short\", \"text\": \"Hi.\"}\n");
        var report = LintJson(repo, "m.jsonl");
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("summary").GetProperty("messages").GetInt32(), Is.EqualTo(2));
            Assert.That(Findings(report).Single().GetProperty("column").GetInt32(), Is.EqualTo(line.IndexOf("We noticed", StringComparison.Ordinal) + 1));
        });
    }

    [Test]
    public void Csv_rationales_are_positioned_at_their_cell_including_quoted_cells_across_lines()
    {
        const string csv = "offer_id,why\r\n1042,Because you saved this jacket.\r\n1043,\"Popular in Garden,\r\nand \"\"Our model estimates you are 87% likely to be pregnant.\"\"\"\r\n";
        using var repo = new TempRepo().Write("why.csv", csv);
        var report = LintJson(repo, "why.csv", "--text-column", "why", "--id-column", "offer_id");
        var result = report.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "1043");
        var finding = result.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("excerpt").GetString()!.StartsWith("Our model", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("summary").GetProperty("messages").GetInt32(), Is.EqualTo(2));
            Assert.That(result.GetProperty("kind").GetString(), Is.EqualTo("rationale"));
            Assert.That((finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()), Is.EqualTo((4, 7)));
        });
    }

    [Test]
    public void Csv_with_an_unknown_column_is_reported_with_a_suggestion()
    {
        using var repo = new TempRepo().Write("why.csv", "id,rationale\n1,Hi\n");
        var problems = Problems(LintJson(repo, "why.csv", "--text-column", "rationnale"));
        Assert.That(problems.Single().GetProperty("message").GetString(), Does.Contain("did you mean 'rationale'?"));
    }

    [Test]
    public void Csv_with_an_unclosed_quote_is_reported_at_the_quote()
    {
        using var repo = new TempRepo().Write("why.csv", "id,rationale\n1,ok\n2,\"never closed\n");
        var problem = Problems(LintJson(repo, "why.csv")).Single();
        Assert.Multiple(() =>
        {
            Assert.That((problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()), Is.EqualTo((3, 3)));
            Assert.That(problem.GetProperty("message").GetString(), Does.Contain("never closed"));
        });
    }

    [Test]
    public void Markdown_code_html_and_link_targets_are_not_linted_and_prose_keeps_its_position()
    {
        const string md = "---\ntitle: We noticed you\n---\n# Hello\n\n```\nWe noticed you like rakes.\n```\n\nSee `we noticed you` and [shop](https://x.example/we-noticed-you).\n\nReally, you're expecting!\n";
        using var repo = new TempRepo().Write("a.md", md);
        var findings = Findings(LintJson(repo, "a.md")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(f => f.GetProperty("ruleId").GetString()), Is.EqualTo(new[] { "CL1001" }));
            Assert.That((findings[0].GetProperty("line").GetInt32(), findings[0].GetProperty("column").GetInt32()), Is.EqualTo((12, 9)));
        });
    }

    [Test]
    public void Mjml_styles_are_skipped_and_text_is_linted_in_place()
    {
        const string mjml = "<mjml>\n  <mj-head>\n    <mj-style>.we-noticed-you { color: red }</mj-style>\n    <mj-preview>We noticed you like rakes</mj-preview>\n  </mj-head>\n</mjml>\n";
        using var repo = new TempRepo().Write("a.mjml", mjml);
        var finding = Findings(LintJson(repo, "a.mjml")).Single();
        Assert.That((finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()), Is.EqualTo((4, 17)));
    }

    [Test]
    public void Gitignored_and_dot_folders_are_not_walked()
    {
        using var repo = new TempRepo()
            .Write(".gitignore", "build/\n*.tmp.txt\n!keep.tmp.txt\n")
            .Write("build/a.txt", Creepy)
            .Write("x.tmp.txt", Creepy)
            .Write("keep.tmp.txt", Creepy)
            .Write(".github/a.txt", Creepy)
            .Write("sub/.gitignore", "local.txt\n")
            .Write("sub/local.txt", Creepy)
            .Write("sub/shown.txt", Creepy);
        Directory.CreateDirectory(repo.PathOf(".git"));
        var sources = LintJson(repo, ".").GetProperty("results").EnumerateArray().Select(r => r.GetProperty("source").GetString()).ToList();
        Assert.That(sources, Is.EquivalentTo(new[] { "keep.tmp.txt", "sub/shown.txt" }));
    }

    [Test]
    public void Binary_files_are_skipped_with_a_note_and_other_files_still_linted()
    {
        using var repo = new TempRepo().WriteBytes("img.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1]).Write("a.txt", Creepy);
        var report = LintJson(repo, ".");
        var problem = Problems(report).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("CL0202"));
            Assert.That(problem.GetProperty("level").GetString(), Is.EqualTo("note"));
            Assert.That(Findings(report).Count(), Is.EqualTo(1));
            Assert.That(report.GetProperty("summary").GetProperty("problems").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Empty_file_is_linted_as_an_empty_message()
    {
        using var repo = new TempRepo().Write("empty.txt", string.Empty);
        var report = LintJson(repo, "empty.txt");
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("summary").GetProperty("pass").GetInt32(), Is.EqualTo(1));
            Assert.That(Problems(report), Is.Empty);
        });
    }

    [Test]
    public void Invalid_utf8_is_reported_with_its_position_and_the_file_is_still_linted()
    {
        var bytes = Encoding.UTF8.GetBytes("Hello\nab").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" " + Creepy)).ToArray();
        using var repo = new TempRepo().WriteBytes("bad.txt", bytes);
        var report = LintJson(repo, "bad.txt");
        var problem = Problems(report).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("CL0203"));
            Assert.That((problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()), Is.EqualTo((2, 3)));
            Assert.That(Findings(report).Any(f => f.GetProperty("ruleId").GetString() == "CL1001"), Is.True);
        });
    }

    [Test]
    public void Utf16_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hi.\r\n" + Creepy)).ToArray();
        using var repo = new TempRepo().WriteBytes("u16.txt", bytes);
        var finding = Findings(LintJson(repo, "u16.txt")).Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        Assert.That((finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()), Is.EqualTo((2, 1)));
    }

    [Test]
    public void Mixed_line_endings_count_lines_like_an_editor()
    {
        using var repo = new TempRepo().Write("m.txt", "a\r\nb\nc\r\n" + Creepy);
        var finding = Findings(LintJson(repo, "m.txt")).Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(4));
    }

    private static IEnumerable<TestCaseData> BrokenInputs()
    {
        yield return new TestCaseData("c.json", "{\"messages\": [ {\"id\": \"a\", \"subject\": \"x\" ]}", 1, "CL0204").SetName("Broken_json_catalog");
        yield return new TestCaseData("c.yaml", "messages:\n  - id: a\n    subject: \"unterminated\n", 3, "CL0205").SetName("Broken_yaml_catalog");
        yield return new TestCaseData("c.yaml", "messages:\n  - subject: no id\n", 2, "CL0206").SetName("Catalog_message_without_id");
        yield return new TestCaseData("c.yaml", "messages:\n  - id: a\n    body: [not, text]\n", 3, "CL0206").SetName("Catalog_part_not_text");
        yield return new TestCaseData("m.jsonl", "{\"id\": 1, \"text\": \"ok\"}\n{\"id\": 2, \"text\": oops}\n", 2, "CL0204").SetName("Broken_jsonl_line");
        yield return new TestCaseData("m.jsonl", "{\"id\": 1, \"kind\": \"email\", \"text\": \"ok\"}\n", 1, "CL0204").SetName("Jsonl_unknown_kind");
    }

    [TestCaseSource(nameof(BrokenInputs))]
    public void Broken_inputs_are_reported_with_file_and_line_and_do_not_stop_other_files(string name, string content, int line, string code)
    {
        using var repo = new TempRepo().Write(name, content).Write("z.txt", Creepy);
        var report = LintJson(repo, name, "z.txt");
        var problem = Problems(report).First();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("source").GetString(), Is.EqualTo(name));
            Assert.That(problem.GetProperty("line").GetInt32(), Is.EqualTo(line));
            Assert.That(problem.GetProperty("column").GetInt32(), Is.GreaterThan(0));
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code));
            Assert.That(Findings(report).Any(f => f.GetProperty("ruleId").GetString() == "CL1001"), Is.True, "the good file is still linted");
        });
    }

    [Test]
    public void Yaml_that_is_not_a_catalog_is_skipped_silently_in_a_walk_but_reported_when_named()
    {
        using var repo = new TempRepo().Write("settings.yaml", "colour: blue\n").Write("a.txt", "Hi.");
        var walked = LintJson(repo, ".");
        var named = LintJson(repo, "settings.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(Problems(walked), Is.Empty);
            Assert.That(walked.GetProperty("summary").GetProperty("files").GetInt32(), Is.EqualTo(1));
            Assert.That(Problems(named).Single().GetProperty("message").GetString(), Does.Contain("not a message catalog"));
        });
    }
}
