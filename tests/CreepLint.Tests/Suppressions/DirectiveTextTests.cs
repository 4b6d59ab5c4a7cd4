namespace CreepLint.Tests.Suppressions;

/// <summary>
/// A suppression directive and its reason are a comment, never the message: whatever the reason says, it is not linted,
/// and a message reads the same with its directive in plain text as in HTML.
/// </summary>
public sealed class DirectiveTextTests
{
    private static readonly CreepLintEngine Rules = CreepLintEngine.CreateBuilder().WithoutModel().Build();

    [TestCase("# creeplint-disable-next-line CL1001 -- reviewed: we noticed you like rakes in the copy\nOur rakes are 20% off this week.")]
    [TestCase("// creeplint-disable-file CL1001 -- we noticed you like rakes\nOur rakes are 20% off this week.")]
    [TestCase("/* creeplint-disable-next-line CL1001 -- we noticed you like rakes */\nOur rakes are 20% off this week.")]
    public void A_directives_reason_is_not_linted(string text) =>
        Assert.That(Rules.Lint(new LintRequest(text, MessageKind.Message, TextFormat.PlainText)).Findings, Is.Empty);

    [Test]
    public void A_message_reads_the_same_with_its_directive_in_plain_text_as_in_html()
    {
        const string copy = "We noticed you asked to hear when it was back in stock.";
        const string reason = "legal approved: we noticed you asked for this alert";
        var plain = Rules.Lint(new LintRequest($"# creeplint-disable-next-line CL5001 -- {reason}\n{copy}", MessageKind.Message, TextFormat.PlainText));
        var html = Rules.Lint(new LintRequest($"<!-- creeplint-disable-next-line CL5001 -- {reason} -->\n<p>{copy}</p>", MessageKind.Message, TextFormat.Html));
        Assert.Multiple(() =>
        {
            Assert.That(plain.Suppressed.Select(f => f.RuleId), Is.EqualTo(html.Suppressed.Select(f => f.RuleId)));
            Assert.That(plain.Suppressed.Select(f => f.RuleId), Does.Contain("CL5001"));
            Assert.That(plain.Score, Is.EqualTo(html.Score));
        });
    }

    [Test]
    public void Copy_after_a_directive_comment_on_the_same_line_is_still_linted()
    {
        var result = Rules.Lint(new LintRequest("<!-- creeplint-disable-next-line CL1001 -- reviewed --> We noticed you like rakes.", MessageKind.Message, TextFormat.PlainText));
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("CL5001"));
    }

    [Test]
    public void A_placeholder_in_a_directives_reason_leaves_the_messages_placeholders_in_place()
    {
        // The n-th placeholder mark is the n-th placeholder: blanking the reason's mark would give the reader's name the
        // reason's span, and the finding that ends on the name would stop short of it.
        var result = Rules.Lint(new LintRequest("# creeplint-disable-next-line CL1001 -- {{ owner }} approved\nChemo days are long, {{ first_name }}.", MessageKind.Message, TextFormat.PlainText));
        Assert.That(result.Findings.Select(f => f.Excerpt), Does.Contain("Chemo days are long, {{ first_name }}"));
    }

    [Test]
    public void Prose_that_mentions_a_directive_outside_a_comment_is_the_message()
    {
        var result = Rules.Lint(new LintRequest("Add creeplint-disable-next-line above it. We noticed you like rakes.", MessageKind.Message, TextFormat.PlainText));
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("CL5001"));
    }
}
