using System.Text.Json;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>MJML: what readers see is linted (mj-title, mj-preview), elements never glue their texts, and mj-include is followed or reported.</summary>
public sealed class MjmlTests
{
    private static JsonElement LintJson(TempRepo repo, params string[] args)
    {
        var result = repo.Run(["lint", .. args, "--format", "json"]);
        Assert.That(result.ExitCode, Is.Not.EqualTo(ExitCodes.UsageOrConfig), result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static List<(string Source, string Rule, int Line, int Column)> Findings(JsonElement report) =>
        [.. report.GetProperty("results").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray()
            .Select(f => (r.GetProperty("source").GetString()!, f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32())))];

    [Test]
    public void Mj_title_is_linted_in_place()
    {
        const string mjml = "<mjml>\n  <mj-head>\n    <mj-title>You're expecting!</mj-title>\n  </mj-head>\n  <mj-body></mj-body>\n</mjml>\n";
        using var repo = new TempRepo().Write("a.mjml", mjml);
        Assert.That(Findings(LintJson(repo, "a.mjml")), Is.EqualTo(new[] { ("a.mjml", "CL1001", 3, 15) }));
    }

    [Test]
    public void Accordion_title_and_text_are_separate_blocks()
    {
        // Glued, the title's last word and the text's first would be one word ("TipsYou're") and the finding lost.
        const string mjml = "<mjml><mj-body><mj-accordion><mj-accordion-element>" +
            "<mj-accordion-title>Tips</mj-accordion-title><mj-accordion-text>You're expecting, so here is 20% off.</mj-accordion-text>" +
            "</mj-accordion-element></mj-accordion></mj-body></mjml>";
        using var repo = new TempRepo().Write("a.mjml", mjml);
        Assert.That(Findings(LintJson(repo, "a.mjml")), Is.EqualTo(new[] { ("a.mjml", "CL1001", 1, mjml.IndexOf("You're", StringComparison.Ordinal) + 1) }));
    }

    [Test]
    public void Mj_include_is_followed_and_its_findings_are_placed_in_the_included_file()
    {
        using var repo = new TempRepo()
            .Write("emails/welcome.mjml", "<mjml>\n  <mj-body>\n    <mj-include path=\"../partials/header\" />\n    <mj-text>Hello</mj-text>\n  </mj-body>\n</mjml>\n")
            .Write("partials/header.mjml", "<mj-section>\n  <mj-text>You're expecting!</mj-text>\n</mj-section>\n");
        var report = LintJson(repo, "emails/welcome.mjml");
        Assert.Multiple(() =>
        {
            Assert.That(Findings(report), Is.EqualTo(new[] { ("partials/header.mjml", "CL1001", 2, 12) }));
            Assert.That(report.GetProperty("summary").GetProperty("files").GetInt32(), Is.EqualTo(2));
            Assert.That(report.GetProperty("problems").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public void Mj_include_cycles_and_files_the_walk_lints_anyway_are_read_once()
    {
        using var repo = new TempRepo()
            .Write("a.mjml", "<mjml><mj-body><mj-include path=\"./b.mjml\" /><mj-text>We noticed you like rakes.</mj-text></mj-body></mjml>")
            .Write("b.mjml", "<mj-section><mj-include path=\"a.mjml\" /><mj-text>You're expecting!</mj-text></mj-section>");
        var walked = LintJson(repo, ".");
        var named = LintJson(repo, "a.mjml");
        Assert.Multiple(() =>
        {
            Assert.That(Findings(walked).Select(f => (f.Source, f.Rule)), Is.EqualTo(new[] { ("a.mjml", "CL5001"), ("b.mjml", "CL1001") }));
            Assert.That(Findings(named).Select(f => (f.Source, f.Rule)), Is.EqualTo(new[] { ("a.mjml", "CL5001"), ("b.mjml", "CL1001") }));
        });
    }

    [Test]
    public void A_missing_mj_include_is_reported_where_it_is_written()
    {
        using var repo = new TempRepo().Write("a.mjml", "<mjml>\n  <mj-body>\n    <mj-include path=\"./missing.mjml\" />\n  </mj-body>\n</mjml>\n");
        var result = repo.Run("lint", "a.mjml");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain("a.mjml:3:5: error CL0220: mj-include './missing.mjml' not found"));
            Assert.That(result.Out, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void Css_includes_are_not_text_and_html_includes_are_read_as_html()
    {
        using var repo = new TempRepo()
            .Write("a.mjml", "<mjml><mj-head><mj-include path=\"s.css\" type=\"css\" /></mj-head><mj-body><mj-include path=\"f.html\" type=\"html\" /></mj-body></mjml>")
            .Write("s.css", ".you-are-expecting { color: red }")
            .Write("f.html", "<div class=\"we-noticed\"><p>We noticed you like rakes.</p></div>");
        Assert.That(Findings(LintJson(repo, "a.mjml")), Is.EqualTo(new[] { ("f.html", "CL5001", 1, 28) }));
    }
}
