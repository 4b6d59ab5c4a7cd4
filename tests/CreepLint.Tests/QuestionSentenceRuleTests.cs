namespace CreepLint.Tests;

/// <summary>The <c>sentence: question</c> rule key: a rule that only counts in sentences ending with '?'.</summary>
public sealed class QuestionSentenceRuleTests
{
    private const string Rule = """
        rules:
          - id: XQ001
            name: debt-question
            category: inferred-trait
            severity: error
            confidence: 70
            sentence: {0}
            message: "m"
            why: "w"
            suggestion: "s"
            phrases: [debt]
        """;

    private static CreepLintEngine Build(string sentence) =>
        CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules(Rule.Replace("{0}", sentence, StringComparison.Ordinal), "q.yaml").Build();

    [TestCase("In debt? Call us.", true)]
    [TestCase("Struggling with debt?! Call us.", true)]
    [TestCase("Call us. In debt?", true)]
    [TestCase("Debt advice is free. Call us?", false)]
    [TestCase("Debt consolidation from 6.9% APR.", false)]
    // A question quoted inside a sentence that goes on in lower case does not make the sentence a question.
    [TestCase("Our guide 'In debt?' is free to download.", false)]
    public void Question_rules_fire_only_in_questions(string text, bool fires) =>
        Assert.That(Build("question").Lint(text).HasFindings, Is.EqualTo(fires));

    [Test]
    public void Any_is_the_default_behaviour() =>
        Assert.That(Build("any").Lint("Debt consolidation from 6.9% APR.").HasFindings, Is.True);

    [Test]
    public void Unknown_sentence_kind_is_a_positioned_error()
    {
        var ex = Assert.Throws<RuleLoadException>(() => Build("exclamation"));
        Assert.That(ex!.Diagnostics.Select(d => d.ToString()), Has.One.Contains("q.yaml:7:").And.Contains("'sentence' must be question"));
    }
}
