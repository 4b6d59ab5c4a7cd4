namespace CreepLint.Rules;

/// <summary>
/// One example of a rule, checked as <c>creeplint test</c> and the NUnit helpers check it: the rule must fire on a bad
/// example and stay silent on a good one. The one place this check lives.
/// </summary>
internal readonly record struct RuleExampleCheck(RuleInfo Rule, RuleExample Example, bool Bad)
{
    /// <summary>Every example of every rule of <paramref name="engine"/>: each rule's bad examples, then its good ones.</summary>
    public static IEnumerable<RuleExampleCheck> Of(CreepLintEngine engine)
    {
        foreach (var rule in engine.Rules)
        {
            foreach (var example in rule.BadExamples)
            {
                yield return new RuleExampleCheck(rule, example, Bad: true);
            }

            foreach (var example in rule.GoodExamples)
            {
                yield return new RuleExampleCheck(rule, example, Bad: false);
            }
        }
    }

    /// <summary>The engine a rule folder's examples are checked with: that folder's rules alone, no model (<c>creeplint test DIR</c>).</summary>
    public static CreepLintEngine FolderEngine(string directory) =>
        CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AllowNoRules().AddRulesFromDirectory(directory).Build();

    /// <summary>Whether the rule fires on the example with <paramref name="engine"/>, read in the rule's language (a short
    /// example is too little text to identify, and it is written in its rule's language by definition).</summary>
    public bool Fires(CreepLintEngine engine)
    {
        var id = Rule.Id;
        return engine.Lint(new LintRequest(Example.Text, Example.Kind) { Language = Rule.Language }).Findings.Any(f => f.RuleId == id);
    }

    /// <summary>Whether the example holds: a bad one fires its rule, a good one does not.</summary>
    public bool Holds(CreepLintEngine engine) => Fires(engine) == Bad;

    /// <summary>What a failed example reports, with the rule's file and line.</summary>
    public string Failure => $"{Rule.Source}:{Rule.Line}: FAIL {Rule.Id} {Rule.Name}: {(Bad ? "does not fire on its bad example" : "fires on its good example")}: {Example.Text}";
}
