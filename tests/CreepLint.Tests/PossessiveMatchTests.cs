using CreepLint.Tests.Matching;

namespace CreepLint.Tests;

/// <summary>A word with "'s" ("fever's", "husband's") matches terms of the bare word; exact terms with "'s" still match.</summary>
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
}
