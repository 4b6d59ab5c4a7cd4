namespace CreepLint.Tests.Matching;

/// <summary>
/// <c>scope: paragraph</c>: a near clause whose sets may lie in different sentences of one paragraph (blank line to blank
/// line; in HTML a block), and an <c>unless</c> entry looked for in the finding's paragraph.
/// </summary>
public sealed class ParagraphScopeTests
{
    private static CreepLintEngine Clause(string scope) => OneRule.Engine("XG101", "vulnerability", $"""
        near:
          terms: [["lost your job"], ["today only"]]
          within: 30
          scope: {scope}
        """);

    private const string OneParagraph = "We are sorry you lost your job. Our offer ends soon. Today only, 20% off.";
    private const string TwoParagraphs = "We are sorry you lost your job. We are here for you.\n\nIn other news: our garden range is in. Today only, 20% off.";

    [Test]
    public void A_paragraph_clause_pairs_sentences_of_one_paragraph()
    {
        Assert.That(Clause("paragraph").Lint(OneParagraph).Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XG101" }));
        Assert.That(Clause("sentence").Lint(OneParagraph).Findings, Is.Empty);
    }

    [Test]
    public void A_paragraph_clause_does_not_reach_across_a_blank_line()
    {
        Assert.That(Clause("paragraph").Lint(TwoParagraphs).Findings, Is.Empty);
        Assert.That(Clause("message").Lint(TwoParagraphs).Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XG101" }));
    }

    [Test]
    public void A_blank_line_with_spaces_or_a_carriage_return_ends_a_paragraph()
    {
        Assert.That(Clause("paragraph").Lint("Sorry you lost your job.\r\n \r\nToday only, 20% off.").Findings, Is.Empty);
        Assert.That(Clause("paragraph").Lint("Sorry you lost your job.\nToday only, 20% off.").Findings.Select(f => f.RuleId),
            Is.EqualTo(new[] { "XG101" }), "a single line break does not end a paragraph");
    }

    [Test]
    public void In_html_a_block_is_a_paragraph()
    {
        Assert.That(Clause("paragraph").Lint("<p>Sorry you lost your job.</p><p>Today only, 20% off.</p>", format: TextFormat.Html).Findings, Is.Empty);
        Assert.That(Clause("paragraph").Lint("<p>Sorry you lost your job. Today only, 20% off.</p>", format: TextFormat.Html).Findings.Select(f => f.RuleId),
            Is.EqualTo(new[] { "XG101" }));
    }

    private static readonly CreepLintEngine Unless = OneRule.Engine("XG201", "vulnerability", """
        phrases: ["you lost your job"]
        unless:
          - phrases: ["our webinar"]
            scope: paragraph
        """);

    [Test]
    public void A_paragraph_unless_spares_in_the_finding_s_paragraph_only()
    {
        Assert.That(Unless.Lint("Heard you lost your job? Join our webinar on CVs.").Findings, Is.Empty);
        Assert.That(Unless.Lint("Heard you lost your job? Hmm.\nJoin our webinar on CVs.").Findings, Is.Empty);
        Assert.That(Unless.Lint("Heard you lost your job? Hmm.\n\nJoin our webinar on CVs.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XG201" }));
        Assert.That(Unless.Lint("Our webinar is full.\n\nHeard you lost your job?").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XG201" }));
    }

    [Test]
    public void A_paragraph_unless_near_clause_spares_in_the_finding_s_paragraph_only()
    {
        var engine = OneRule.Engine("XG202", "vulnerability", """
            phrases: ["you lost your job"]
            unless:
              - near:
                  terms: [[our], [webinar]]
                  within: 1
                scope: paragraph
            """);
        Assert.That(engine.Lint("Heard you lost your job? Well.\nJoin our free webinar.").Findings, Is.Empty);
        Assert.That(engine.Lint("Heard you lost your job? Well.\n\nJoin our free webinar.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XG202" }));
    }
}
