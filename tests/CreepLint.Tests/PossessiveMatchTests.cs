namespace CreepLint.Tests;

/// <summary>A word with "'s" ("fever's", "husband's") matches terms of the bare word; exact terms with "'s" still match.</summary>
public sealed class PossessiveMatchTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules("""
        rules:
          - id: XP001
            name: hay-fever
            category: inferred-trait
            severity: error
            confidence: 70
            message: "m"
            why: "w"
            suggestion: "s"
            phrases: [hay fever, crohn's, its]
        """, "p.yaml").Build();

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
