namespace CreepLint.Tests.Matching;

/// <summary>
/// A <c>near</c> clause that is not <c>ordered</c> matches its sets in any order, including a set whose words lie between
/// two already matched (the words of each set still count once).
/// </summary>
public sealed class NearClauseOrderTests
{
    private static readonly CreepLintEngine Engine = OneRule.Engine("XN101", "behavioral-detail", """
        near:
          terms: [[you], [searched], ["<number> times"]]
          within: 3
        """);

    [TestCase("You searched three times for tents.")]
    [TestCase("Three times you searched for tents.")]
    [TestCase("You, three times, searched for tents.")]
    [TestCase("Searched three times, you did.")]
    [TestCase("Searched, you did, three times.")]
    public void Sets_match_in_any_order(string text) =>
        Assert.That(Engine.Lint(text).Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XN101" }));

    [TestCase("You searched for tents.")]
    [TestCase("Three times you looked for tents.")]
    [TestCase("You searched. Three times we restocked.")]
    [TestCase("You went to the shop and then, much later that day, searched the catalogue three times.")]
    public void Every_set_is_still_needed_within_the_distance_in_one_sentence(string text) =>
        Assert.That(Engine.Lint(text).Findings, Is.Empty);
}
