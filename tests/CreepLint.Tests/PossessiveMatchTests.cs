using CreepLint.Tests.Matching;

namespace CreepLint.Tests;

/// <summary>
/// A word with "'s" ("fever's", "husband's") matches terms of the bare word; exact terms with "'s" still match, and one
/// rule's term with "'s" never takes the bare word's match from another rule.
/// </summary>
public sealed class PossessiveMatchTests
{
    private static readonly CreepLintEngine Engine = OneRule.Engine("XP001", "inferred-trait", "phrases: [hay fever, crohn's, its]");

    [TestCase("Your hay fever's going to be brutal.", "hay fever's")]
    [TestCase("Your hay fever is back.", "hay fever")]
    [TestCase("Living with Crohn's?", "Crohn's")]
    [TestCase("It's sunny.", null)]
    public void Possessive_matches_the_bare_term(string text, string? excerpt)
    {
        var findings = Engine.Lint(text).Findings;
        Assert.That(findings.Select(f => f.Excerpt), excerpt is null ? Is.Empty : Is.EqualTo(new[] { excerpt }));
    }

    [TestCase("Because your son's account ordered the antacids.", "XP002")]
    [TestCase("Your son's phone says he's been up all night.", "XP002,XP003")]
    [TestCase("Your son ordered the antacids.", "XP002")]
    public void A_possessive_term_in_one_rule_leaves_the_bare_term_of_another_matching(string text, string expected)
    {
        // Before the fix, "your son's" in XP003 made "son's" a known word whose only candidate was itself, so XP002's
        // "your son" no longer matched "your son's account": adding a term to one rule silently lost another's findings.
        var engine = OneRule.Engine(
            ("XP002", "undisclosed-source", """
                near:
                  - terms: [[your son, your wife], [ordered, bought, says]]
                    within: 3
                    ordered: true
                """),
            ("XP003", "undisclosed-source", """
                near:
                  - terms: [["your son's", "your sister's"], [app, phone], [says]]
                    within: 2
                    ordered: true
                """));
        var rules = engine.Lint(text).Findings.Select(f => f.RuleId).Distinct().Order();
        Assert.That(string.Join(',', rules), Is.EqualTo(expected));
    }
}
