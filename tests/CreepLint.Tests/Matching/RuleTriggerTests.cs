namespace CreepLint.Tests.Matching;

/// <summary>
/// A rule is evaluated only for its live parts (<c>RuleTriggers</c>): its phrases when they occur, and each <c>near</c> clause
/// all of whose sets occur. A rule with more clauses than the live-clause mask has bits (63) checks the rest one by one, so
/// every clause of every rule still counts, however many there are.
/// </summary>
public sealed class RuleTriggerTests
{
    /// <summary>Clauses of one rule: clause k is [first word k] then [second word k] within two words.</summary>
    private const int Clauses = 70;

    private static readonly CreepLintEngine Engine = OneRule.Engine(
        ("XT001", "behavioral-detail", "near:\n" + string.Concat(Enumerable.Range(0, Clauses).Select(k => $"""
              - terms: [[{Word('q', k)}], [{Word('z', k)}]]
                within: 2

            """))),
        ("XT002", "behavioral-detail", """
            phrases: [we noticed]
            near:
              - terms: [[you], [browsed]]
                within: 2
              - terms: [[your], [browsed]]
                within: 2
            """));

    /// <summary>A word of letters only for <paramref name="k"/>: <paramref name="lead"/> then its digits as the letters a–j.</summary>
    private static string Word(char lead, int k) => lead + "x" + string.Concat(k.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')));

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(31)]
    [TestCase(32)]
    [TestCase(62)]
    [TestCase(63)]
    [TestCase(64)]
    [TestCase(69)]
    public void Every_clause_of_a_rule_with_many_counts(int k)
    {
        var text = $"Then {Word('q', k)} the {Word('z', k)} again.";
        Assert.That(Engine.Lint(text).Findings.Select(f => (f.RuleId, f.Excerpt)), Is.EqualTo(new[] { ("XT001", $"{Word('q', k)} the {Word('z', k)}") }));
    }

    [Test]
    public void Clauses_on_both_sides_of_the_mask_count_in_one_message()
    {
        var text = $"Then {Word('q', 5)} the {Word('z', 5)}. Then {Word('q', 66)} the {Word('z', 66)}. Then {Word('q', 63)} the {Word('z', 63)} again.";
        Assert.That(Engine.Lint(text).Findings.Where(f => f.RuleId == "XT001").Select(f => f.Excerpt).Order(),
            Is.EqualTo(new[] { $"{Word('q', 5)} the {Word('z', 5)}", $"{Word('q', 63)} the {Word('z', 63)}", $"{Word('q', 66)} the {Word('z', 66)}" }.Order()));
    }

    [TestCase("Then you browsed the shelves.", "you browsed")]
    [TestCase("Then your browsed items.", "your browsed")]
    [TestCase("We noticed a thing.", "We noticed")]
    [TestCase("Browsed again, then left.", null)]
    [TestCase("Then the zxf arrived, then qxe left.", null)]
    public void A_clause_with_its_last_set_but_not_every_set_gives_nothing(string text, string? excerpt) =>
        Assert.That(Engine.Lint(text).Findings.Select(f => f.Excerpt), excerpt is null ? Is.Empty : Is.EqualTo(new[] { excerpt }));
}
