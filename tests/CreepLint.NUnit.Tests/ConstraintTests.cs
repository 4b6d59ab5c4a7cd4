using CreepLint.NUnit;

namespace CreepLint.NUnit.Tests;

public sealed class ConstraintTests
{
    private const string Clean = "Our spring sale starts Friday: 20% off garden tools.";
    private const string Pregnancy = "Congratulations, Sam! You're expecting, so here is 20% off our nursery range.";
    private const string Noticed = "Hello there.\nWe noticed you like rakes.";

    [Test]
    public void Clean_message_is_not_creepy() => Assert.That(Clean, Is.Not.Creepy);

    [Test]
    public void Failing_message_is_creepy() => Assert.That(Pregnancy, Is.Creepy);

    [Test]
    public void Not_creepy_fails_for_a_failing_message_and_shows_the_finding()
    {
        var ex = Assert.Throws<AssertionException>(() => Assert.That(Pregnancy, Is.Not.Creepy));
        var message = ex.Message;
        var finding = CreepLintEngine.Default.Lint(Pregnancy).Findings.First(f => f.Category == CreepCategory.InferredTrait);
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("Expected: not a creepy message (CreepLint verdict: fail)"));
            Assert.That(message, Does.Contain($"{finding.RuleId} [inferred-trait]"));
            Assert.That(message, Does.Contain($"score {finding.Score}"));
            Assert.That(message, Does.Contain("suggestion: " + finding.Suggestion));
            Assert.That(message, Does.Contain("    | " + Pregnancy));
            // The caret line puts one ^ under every character of the span and nowhere else.
            var caretLine = message.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.TrimStart().StartsWith("| ", StringComparison.Ordinal) && l.Contains('^', StringComparison.Ordinal));
            var start = caretLine.IndexOf('^', StringComparison.Ordinal) - "    | ".Length;
            Assert.That(start, Is.EqualTo(finding.Offset));
            Assert.That(caretLine.Count(c => c == '^'), Is.EqualTo(finding.Length));
        });
    }

    [Test]
    public void Above_compares_the_score_with_the_limit()
    {
        var score = CreepLintEngine.Default.Lint(Noticed).Score;
        Assume.That(score, Is.InRange(1, 99));
        Assert.Multiple(() =>
        {
            Assert.That(Noticed, Is.Not.Creepy.Above(score));
            Assert.That(Noticed, Is.Creepy.Above(score - 1));
        });
        var ex = Assert.Throws<AssertionException>(() => Assert.That(Noticed, Is.Not.Creepy.Above(score - 1)));
        Assert.That(ex.Message, Does.Contain($"Expected: not a message CreepLint scores above {score - 1}").And.Contain($"score {score}"));
    }

    [Test]
    public void Above_rejects_scores_outside_0_to_100() =>
        Assert.That(() => Is.Creepy.Above(101), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Has_no_finding_in_category_passes_when_only_other_categories_fire()
    {
        var categories = CreepLintEngine.Default.Lint(Noticed).Findings.Select(f => f.Category).ToHashSet();
        Assume.That(categories, Does.Not.Contain(CreepCategory.InferredTrait).And.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(Noticed, Has.No.CreepFinding.InCategory("inferred-trait"));
            Assert.That(Noticed, Has.CreepFinding.InCategory(categories.First()));
            Assert.That(Clean, Has.No.CreepFinding);
        });
    }

    [Test]
    public void Has_no_finding_in_category_fails_and_lists_the_findings()
    {
        var ex = Assert.Throws<AssertionException>(() => Assert.That(Pregnancy, Has.No.CreepFinding.InCategory("inferred-trait")));
        Assert.That(ex.Message, Does.Contain("not a CreepLint finding in category inferred-trait").And.Contain("[inferred-trait]").And.Contain("You're expecting"));
    }

    [Test]
    public void Rule_and_score_filters_narrow_the_findings()
    {
        var finding = CreepLintEngine.Default.Lint(Pregnancy).Findings[0];
        Assert.Multiple(() =>
        {
            Assert.That(Pregnancy, Has.CreepFinding.OfRule(finding.RuleId).AtLeast(finding.Score));
            Assert.That(Pregnancy, Has.No.CreepFinding.OfRule(finding.RuleId).AtLeast(finding.Score + 1).InCategory(CreepCategory.PriceTargeting));
            Assert.That(Pregnancy, Has.CreepFinding.OfRule(CreepLintEngine.Default.Rules.Single(r => r.Id == finding.RuleId).Name), "a rule name works as its id");
        });
    }

    [TestCase("behavioural-detail", "did you mean 'behavioral-detail'?")]
    [TestCase("creepy-stuff", "the categories are inferred-trait, sensitive-prediction")]
    public void A_misspelt_category_fails_the_test_even_negated_and_names_the_right_one(string category, string hint)
    {
        var ex = Assert.Throws<AssertionException>(() => Assert.That(Clean, Has.No.CreepFinding.InCategory(category)));
        Assert.That(ex.Message, Does.Contain($"'{category}' is not a CreepLint category").And.Contain(hint));
    }

    [Test]
    public void An_unknown_rule_fails_the_test_even_negated_and_names_the_nearest()
    {
        var ex = Assert.Throws<AssertionException>(() => Assert.That(Clean, Has.No.CreepFinding.OfRule("CL10001")));
        Assert.That(ex.Message, Does.Contain("the engine has no rule 'CL10001'; did you mean 'CL1001'?"));
    }

    [Test]
    public void A_suppression_comment_in_the_template_is_honoured_as_in_the_cli()
    {
        var template = "<!-- creeplint-disable-next-line CL1001 -- the reader told us in the baby-club sign-up -->\n" + Pregnancy;
        var result = CreepLintEngine.Default.Lint(template);
        Assert.Multiple(() =>
        {
            Assert.That(new LintRequest(template), Has.No.CreepFinding.OfRule("CL1001"));
            Assert.That(result.Suppressed.Select(f => f.RuleId), Does.Contain("CL1001"));
            Assert.That(new LintRequest(template) { IgnoreSuppressions = true }, Has.CreepFinding.OfRule("CL1001"));
        });
    }

    [Test]
    public void Using_lints_with_the_given_engine()
    {
        var lenient = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().DisableCategory(CreepCategory.InferredTrait).Build();
        Assert.Multiple(() =>
        {
            Assert.That(Pregnancy, Has.No.CreepFinding.InCategory(CreepCategory.InferredTrait).Using(lenient));
            Assert.That(Pregnancy, Has.CreepFinding.InCategory(CreepCategory.InferredTrait));
        });
    }

    [Test]
    public void Requests_results_and_templates_are_accepted_as_actual_values()
    {
        var result = CreepLintEngine.Default.Lint(Pregnancy);
        Assert.Multiple(() =>
        {
            Assert.That(new LintRequest(Clean), Is.Not.Creepy);
            Assert.That(result, Is.Creepy);
            Assert.That(CreepLintTemplates.Load("templates").Single(t => t.Name == "welcome.html"), Has.CreepFinding);
        });
        var ex = Assert.Throws<AssertionException>(() => Assert.That(result, Is.Not.Creepy));
        Assert.That(ex.Message, Does.Contain("| " + result.Findings[0].Excerpt), "a result without its text shows the excerpt");
    }

    [Test]
    public void Other_actual_types_are_rejected_with_a_clear_message()
    {
        var number = TestContext.CurrentContext.Random.Next();
        Assert.That(() => Assert.That(number, Is.Not.Creepy),
            Throws.ArgumentException.With.Message.Contains("string, TemplateFile, LintRequest or LintResult"));
    }

    [Test]
    public void Long_lines_are_cut_around_the_span()
    {
        var text = new string('a', 300) + " We noticed you like rakes. " + new string('b', 300);
        var sb = new System.Text.StringBuilder();
        var offset = text.IndexOf("We noticed", StringComparison.Ordinal);
        LintReport.AppendMarkedLine(sb, text, offset, "We noticed".Length);
        var lines = sb.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines[0].Length, Is.LessThan(120));
            Assert.That(lines[0], Does.StartWith("    | …").And.EndWith("…").And.Contain("We noticed"));
            Assert.That(lines[1].IndexOf('^', StringComparison.Ordinal), Is.EqualTo(lines[0].IndexOf("We noticed", StringComparison.Ordinal)));
        });
    }
}
