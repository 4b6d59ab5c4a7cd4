using CreepLint.NUnit;

namespace CreepLint.Tests;

/// <summary>Every rule's own examples, run as tests: bad examples must trigger the rule, good ones must not. The
/// assertions are CreepLint.NUnit's, so a failure shows the findings with their spans marked. Each example is linted in its
/// rule's language (an example is written in it; one sentence is often too little to identify).</summary>
public sealed class RuleExampleTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    public static IEnumerable<TestCaseData> BadExamples() =>
        Engine.Rules.SelectMany(r => r.BadExamples.Select((e, i) => new TestCaseData(r.Id, e.Text, e.Kind, r.Language).SetName($"{r.Id} {r.Name} flags bad example {i + 1}")));

    public static IEnumerable<TestCaseData> GoodExamples() =>
        Engine.Rules.SelectMany(r => r.GoodExamples.Select((e, i) => new TestCaseData(r.Id, e.Text, e.Kind, r.Language).SetName($"{r.Id} {r.Name} spares good example {i + 1}")));

    [TestCaseSource(nameof(BadExamples))]
    public void Bad_example_triggers_its_rule(string ruleId, string text, MessageKind kind, string language)
    {
        Assert.That(new LintRequest(text, kind) { Language = language }, Has.CreepFinding.OfRule(ruleId).Using(Engine));
    }

    [TestCaseSource(nameof(GoodExamples))]
    public void Good_example_does_not_trigger_its_rule(string ruleId, string text, MessageKind kind, string language)
    {
        Assert.That(new LintRequest(text, kind) { Language = language }, Has.No.CreepFinding.OfRule(ruleId).Using(Engine));
    }

    [Test]
    public void Every_category_has_at_least_one_rule()
    {
        var covered = Engine.Rules.Select(r => r.Category).Distinct();
        Assert.That(covered, Is.EquivalentTo(CreepCategories.All));
    }

    [Test]
    public void Every_rule_has_three_bad_and_three_good_examples()
    {
        Assert.Multiple(() =>
        {
            foreach (var rule in Engine.Rules)
            {
                Assert.That(rule.BadExamples, Has.Length.GreaterThanOrEqualTo(3), $"{rule.Id} bad examples");
                Assert.That(rule.GoodExamples, Has.Length.GreaterThanOrEqualTo(3), $"{rule.Id} good examples");
            }
        });
    }

    internal static string Describe(string text, LintResult result) =>
        $"'{text}' → score {result.Score}, findings: " + string.Join("; ", result.Findings.Select(f => $"{f.RuleId}@{f.Offset}+{f.Length} '{f.Excerpt}' ({f.Score})"));
}
