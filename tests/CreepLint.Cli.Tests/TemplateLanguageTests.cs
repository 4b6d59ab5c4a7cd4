using System.Text.Json;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// Each template language: its comments are never linted as text, its output placeholders feed field provenance (a
/// sensitive field is flagged at the field's own line and column), and the HTML inside it is read as HTML.
/// </summary>
public sealed class TemplateLanguageTests
{
    private static JsonElement LintJson(TempRepo repo, params string[] args)
    {
        var result = repo.Run(["lint", .. args, "--format", "json"]);
        Assert.That(result.ExitCode, Is.Not.EqualTo(ExitCodes.UsageOrConfig), result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static List<(string Rule, int Line, int Column, string Excerpt)> Findings(JsonElement report) =>
        [.. report.GetProperty("results").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray())
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("excerpt").GetString()!))];

    /// <summary>
    /// A template per language: line 1 is a comment saying something creepy (never linted), line 2 an HTML element whose
    /// class name is creepy (markup, never linted) around a sensitive field placeholder, line 3 a declared field.
    /// </summary>
    public static IEnumerable<TestCaseData> Languages()
    {
        yield return Case("welcome.j2", "{# We know you're pregnant #}\n<p class=\"we-noticed-you\">Due {{ user.predicted_due_date }}</p>\n<p>Hi {{ user.first_name }}</p>\n", 2, 34, "user.predicted_due_date");
        yield return Case("welcome.jinja2", "{# We know you're pregnant #}\n<p class=\"we-noticed-you\">Due {{ user.predicted_due_date }}</p>\n<p>Hi {{ user.first_name }}</p>\n", 2, 34, "user.predicted_due_date");
        yield return Case("welcome.njk", "{# We know you're pregnant #}\n<p class=\"we-noticed-you\">Due {{ user.predictedDueDate | date }}</p>\n<p>Hi {{ user.firstName }}</p>\n", 2, 34, "user.predictedDueDate");
        yield return Case("welcome.html.twig", "{# We know you're pregnant #}\n<p class=\"we-noticed-you\">Due {{ user.predictedDueDate|date('M') }}</p>\n<p>Hi {{ user.firstName }}</p>\n", 2, 34, "user.predictedDueDate");
        yield return Case("welcome.mustache", "{{! We know you're pregnant }}\n<p class=\"we-noticed-you\">Due {{ predicted_due_date }}</p>\n<p>Hi {{ first_name }}</p>\n", 2, 34, "predicted_due_date");
        yield return Case("welcome.html.erb", "<%# We know you're pregnant %>\n<p class=\"we-noticed-you\">Due <%= @user.predicted_due_date %></p>\n<p>Hi <%= @user.first_name %></p>\n", 2, 36, "user.predicted_due_date");
        yield return Case("welcome.cshtml", "@* We know you're pregnant *@\n<p class=\"we-noticed-you\">Due @Model.PredictedDueDate</p>\n<p>Hi @Model.FirstName</p>\n", 2, 32, "Model.PredictedDueDate");
        yield return Case("welcome.gotmpl", "{{/* We know you're pregnant */}}\n<p class=\"we-noticed-you\">Due {{ .PredictedDueDate }}</p>\n<p>Hi {{ .FirstName }}</p>\n", 2, 35, "PredictedDueDate");
        yield return Case("welcome.pug", "//- We know you're pregnant\np(class=\"we-noticed-you\") Due #{user.predicted_due_date}\np Hi #{user.first_name}\n", 2, 33, "user.predicted_due_date");
        yield return Case("welcome.tmpl", "{{- /* We know you're pregnant */ -}}\n<p class=\"we-noticed-you\">Due {{ .User.PredictedDueDate }}</p>\n<p>Hi {{ .User.FirstName }}</p>\n", 2, 35, "User.PredictedDueDate");

        static TestCaseData Case(string file, string text, int line, int column, string excerpt) =>
            new TestCaseData(file, text, line, column, excerpt).SetName($"{{m}}({file})");
    }

    [TestCaseSource(nameof(Languages))]
    public void Comments_are_hidden_html_is_markup_and_a_sensitive_field_is_flagged_where_it_is_written(string file, string text, int line, int column, string excerpt)
    {
        using var repo = new TempRepo().Write("emails/" + file, text);
        var report = LintJson(repo, ".");
        var results = report.GetProperty("results").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.GetProperty("source").GetString()), Is.EqualTo(new[] { "emails/" + file }), "a directory walk reads the language");
            Assert.That(Findings(report), Is.EqualTo(new[] { ("CL9001", line, column, excerpt) }),
                "only the sensitive field: the creepy comment and class name are not prose, the declared name is not sensitive");
        });
    }

    [TestCaseSource(nameof(Languages))]
    public void A_creepy_sentence_around_placeholders_is_found_at_its_place_with_the_users_text(string file, string text, int line, int column, string excerpt)
    {
        // Line 3 becomes "Hi <name>, you're expecting!": the sentence is read through the placeholder of each language.
        var lines = text.Split('\n');
        var nameLine = lines[2].Contains("</p>", StringComparison.Ordinal)
            ? lines[2].Replace("</p>", ", you're expecting!</p>", StringComparison.Ordinal)
            : lines[2] + ", you're expecting!";
        using var repo = new TempRepo().Write("emails/" + file, string.Join('\n', lines[0], lines[1], nameLine, string.Empty));
        var finding = Findings(LintJson(repo, "emails/" + file)).Single(f => f.Rule == "CL1001");
        Assert.That((finding.Line, finding.Column, finding.Excerpt), Is.EqualTo((3, nameLine.IndexOf("you're", StringComparison.Ordinal) + 1, "you're expecting")));
    }

    [Test]
    public void Erb_output_and_code_tags_in_a_text_template_keep_the_prose_between_them()
    {
        const string erb = "<% if @user.vip? %>\nHi <%= @user.first_name -%>, we noticed you stopped by.\n<% end %>\n<%%= not a tag %>\n";
        using var repo = new TempRepo().Write("sms.text.erb", erb);
        var findings = Findings(LintJson(repo, "sms.text.erb"));
        Assert.Multiple(() =>
        {
            Assert.That(findings, Does.Contain(("CL5001", 2, 30, "we noticed")));
            Assert.That(findings.Select(f => f.Line).Distinct(), Is.EqualTo(new[] { 2 }), "code tags and the literal '<%%=' line are not prose");
        });
    }

    [Test]
    public void Razor_blocks_directives_and_email_addresses_are_not_placeholders()
    {
        const string razor = "@model WelcomeModel\n@using MyApp\n@{ Layout = \"_Email\"; var due = Model.PredictedDueDate; }\n" +
            "@if (Model.IsVip)\n{\n  <p>Write to help@shop.example or @@shop.</p>\n}\nelse\n{\n  <p>Hi @Model.FirstName, thanks.</p>\n}\n";
        using var repo = new TempRepo().Write("welcome.cshtml", razor);
        var result = repo.Run("lint", "welcome.cshtml", "--format", "json");
        var report = JsonDocument.Parse(result.Out).RootElement;
        var findings = Findings(report);

        // The code block's field is data the template uses (control, not prose), so the sensitive-field rule still sees it.
        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(f => (f.Rule, f.Line, f.Column)), Is.EqualTo(new[] { ("CL9001", 3, 33) }));
            Assert.That(report.GetProperty("problems").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public void Go_actions_are_control_and_pipelines_keep_their_fields()
    {
        const string go = "{{ define \"body\" }}{{ $due := .PredictedDueDate }}\n{{ range .Items }}<li>{{ .Name | printf \"%s\" }}</li>{{ end }}\n{{ if .Vip }}You're expecting!{{ else }}Hello{{ end }}\n{{ end }}\n";
        using var repo = new TempRepo().Write("body.gotmpl", go);
        var findings = Findings(LintJson(repo, "body.gotmpl"));
        Assert.That(findings.Select(f => (f.Rule, f.Line, f.Column)), Is.EquivalentTo(new[] { ("CL9001", 1, 32), ("CL1001", 3, 14) }));
    }

    [Test]
    public void CamelCase_fields_classified_in_the_configuration_are_read_in_every_language()
    {
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "fields:\n  loyalty_tier_guess: inferred\n")
            .Write("a.cshtml", "<p>Your tier: @Model.LoyaltyTierGuess</p>\n")
            .Write("b.gotmpl", "<p>Your tier: {{ .User.LoyaltyTierGuess }}</p>\n")
            .Write("c.html.erb", "<p>Your tier: <%= @user.loyalty_tier_guess %></p>\n");
        var findings = Findings(LintJson(repo, ".")).Where(f => f.Rule.StartsWith("CL9", StringComparison.Ordinal));
        Assert.That(findings.Select(f => (f.Rule, f.Excerpt)), Is.EqualTo(new[]
        {
            ("CL9101", "Model.LoyaltyTierGuess"), ("CL9101", "User.LoyaltyTierGuess"), ("CL9101", "user.loyalty_tier_guess"),
        }));
    }

    [TestCase("a.html.twig", "<p>Odds: {{ user.churnLikelihood }}</p>\n", "user.churnLikelihood")]
    [TestCase("a.liquid", "<p>Odds: {{ user.churnLikelihood }}</p>\n", "user.churnLikelihood")]
    [TestCase("a.html", "<p>Odds: {{ user.churnLikelihood }}</p>\n", "user.churnLikelihood")]
    [TestCase("sms.txt", "Odds: ${user.churnLikelihood}\n", "user.churnLikelihood")]
    [TestCase("a.mustache", "<p>Odds: {{ churnLikelihood }}</p>\n", "churnLikelihood")]
    [TestCase("a.html.erb", "<p>Odds: <%= @user.churnLikelihood %></p>\n", "user.churnLikelihood")]
    [TestCase("a.cshtml", "<p>Odds: @Model.ChurnLikelihood</p>\n", "Model.ChurnLikelihood")]
    [TestCase("a.gotmpl", "<p>Odds: {{ .ChurnLikelihood }}</p>\n", "ChurnLikelihood")]
    [TestCase("a.pug", "p Odds: #{user.churnLikelihood}\n", "user.churnLikelihood")]
    public void CamelCase_and_PascalCase_fields_classify_like_snake_case_and_are_reported_as_written(string file, string text, string written)
    {
        // "*_likelihood" is a snake_case glob of the default pack: churnLikelihood only matches it spelled churn_likelihood.
        using var repo = new TempRepo().Write(file, text);
        var finding = LintJson(repo, file).GetProperty("results")[0].GetProperty("findings").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.GetProperty("ruleId").GetString(), Is.EqualTo("CL9001"));
            Assert.That(finding.GetProperty("excerpt").GetString(), Is.EqualTo(written));
            Assert.That(finding.GetProperty("message").GetString(), Does.Contain($"'{written}'"));
            Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(text.IndexOf(written, StringComparison.Ordinal) + 1));
        });
    }

    [Test]
    public void A_camelCase_glob_in_the_configuration_classifies_both_spellings()
    {
        using var repo = new TempRepo()
            .Write(".creeplint.yaml", "fields:\n  loyaltyTierGuess: inferred\n")
            .Write("a.liquid", "<p>Tier {{ user.loyaltyTierGuess }} and {{ user.loyalty_tier_guess }}</p>\n");
        var findings = Findings(LintJson(repo, "a.liquid")).Where(f => f.Rule == "CL9101").Select(f => f.Excerpt);
        Assert.That(findings, Is.EqualTo(new[] { "user.loyaltyTierGuess", "user.loyalty_tier_guess" }));
    }

    [Test]
    public void Suppressions_in_a_rewritten_template_apply_on_their_line()
    {
        const string erb = "<%# creeplint-disable-next-line CL9001 -- the due date is one the reader typed in %>\n<p>Due <%= @user.predicted_due_date %></p>\n";
        using var repo = new TempRepo().Write("a.html.erb", erb);
        var report = LintJson(repo, "a.html.erb");
        var finding = report.GetProperty("results")[0].GetProperty("findings")[0];
        Assert.Multiple(() =>
        {
            Assert.That(finding.GetProperty("suppressed").GetBoolean(), Is.True);
            Assert.That(report.GetProperty("results")[0].GetProperty("verdict").GetString(), Is.EqualTo("pass"));
        });
    }

    [TestCase("a.cshtml", "@* creeplint-disable-next-line CL9001 -- the reader typed this date in *@\n<p>Due @Model.PredictedDueDate</p>\n")]
    [TestCase("a.gotmpl", "{{/* creeplint-disable-next-line CL9001 -- the reader typed this date in */}}\n<p>Due {{ .PredictedDueDate }}</p>\n")]
    public void Suppressions_in_each_languages_comments_apply(string file, string text)
    {
        using var repo = new TempRepo().Write(file, text);
        var report = LintJson(repo, file);
        var result = report.GetProperty("results")[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("suppressed").GetBoolean()), Is.EqualTo(new[] { true }));
            Assert.That(result.GetProperty("findings")[0].GetProperty("suppression").GetProperty("reason").GetString(), Is.EqualTo("the reader typed this date in"));
            Assert.That(report.GetProperty("problems").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public void Pug_comment_script_and_style_blocks_attributes_and_code_are_not_text()
    {
        const string pug = "doctype html\nhtml\n  head\n    title We noticed you\n    style.\n      .you-are-expecting { color: red }\n  body\n" +
            "    // We noticed you\n      and this nested line too: you're expecting\n    h1.title(class=\"we-noticed-you\", data-x='a') Hello\n" +
            "    p.\n      Thanks for shopping,\n      you're expecting great deals.\n    - var due = user.first_name\n    if user.vip\n      p= user.first_name\n" +
            "    a(href=\"https://x.example/we-noticed-you\") Shop #[strong now]\n";
        using var repo = new TempRepo().Write("mail.pug", pug);
        var findings = Findings(LintJson(repo, "mail.pug"));
        Assert.That(findings.Select(f => (f.Rule, f.Line, f.Column)), Is.EqualTo(new[] { ("CL1001", 13, 7) }), "only the text block under 'p.' is prose");
    }

    [TestCase("a.html.erb", "<p>Hi</p>\n<p><%= @user.first_name </p>\n<p>You're expecting!</p>\n", 2, 4, "this ERB tag is never closed")]
    [TestCase("a.gotmpl", "<p>Hi</p>\n<p>{{ .FirstName </p>\n<p>You're expecting!</p>\n", 2, 4, "this action is never closed")]
    [TestCase("a.cshtml", "<p>Hi</p>\n  @* draft\n<p>You're expecting!</p>\n", 2, 3, "this Razor comment is never closed")]
    [TestCase("a.cshtml", "<p>Hi</p>\n<p>@(Model.Name</p>\n", 2, 4, "this Razor expression '@(' is never closed")]
    public void An_unclosed_tag_is_reported_at_its_line_and_column(string file, string text, int line, int column, string message)
    {
        using var repo = new TempRepo().Write(file, text);
        var result = repo.Run("lint", file);
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain($"{file}:{line}:{column}: warning CL0222: {message}"));
            Assert.That(result.Out, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void Text_snippets_show_the_template_as_written()
    {
        using var repo = new TempRepo().Write("a.html.erb", "<p>Due <%= @user.predicted_due_date %></p>\n");
        var result = repo.Run("lint", "a.html.erb");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain("| <p>Due <%= @user.predicted_due_date %></p>"));
            Assert.That(result.Out, Does.Contain("a.html.erb:1:13: error CL9001"));
            Assert.That(result.Out, Does.Not.Contain("{{"));
        });
    }
}
