using CreepLint.Rules;
using NUnit.Framework;

namespace CreepLint.NUnit;

/// <summary>
/// Turns rule examples into NUnit test cases, one per example, checked as <c>creeplint test</c> checks them:
/// <code>
/// private static IEnumerable&lt;TestCaseData&gt; Examples =&gt; CreepLintRules.Examples("my-rules");
///
/// [TestCaseSource(nameof(Examples))]
/// public void Rule_example_holds(RuleExampleCase example) =&gt; example.Verify();
/// </code>
/// </summary>
public static class CreepLintRules
{
    /// <summary>One test case per bad and good example of every rule under <paramref name="folder"/>, those rules alone
    /// and no model, as <c>creeplint test FOLDER</c>; named <c>CL9001 bad example 1</c> and so on.</summary>
    /// <param name="folder">A folder of rule files; a relative path is resolved against the test output directory
    /// (<see cref="AppContext.BaseDirectory"/>), so copy it there with <c>&lt;None Include="my-rules/**" CopyToOutputDirectory="PreserveNewest" /&gt;</c>.</param>
    /// <exception cref="RuleLoadException">The folder is missing or its rules have problems (each with file, line and column).</exception>
    /// <exception cref="InvalidOperationException">The folder holds no rule with an example.</exception>
    public static IEnumerable<TestCaseData> Examples(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Examples(RuleExampleCheck.FolderEngine(folder), folder);
    }

    /// <summary>One test case per bad and good example of every rule of <paramref name="engine"/> (the default pack's
    /// with <see cref="CreepLintEngine.Default"/>, a configuration's with <see cref="CreepLintEngine.FromConfiguration"/>).</summary>
    /// <exception cref="InvalidOperationException">No rule of the engine has an example.</exception>
    public static IEnumerable<TestCaseData> Examples(CreepLintEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Examples(engine, "the engine");
    }

    private static List<TestCaseData> Examples(CreepLintEngine engine, string where)
    {
        var cases = new List<TestCaseData>();
        var counts = new Dictionary<(string, bool), int>();
        foreach (var check in RuleExampleCheck.Of(engine))
        {
            var key = (check.Rule.Id, check.Bad);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            var example = new RuleExampleCase(engine, check);
            cases.Add(new TestCaseData(example).SetName($"{{m}}({check.Rule.Id} {(check.Bad ? "bad" : "good")} example {counts[key]})").SetDescription(check.Example.Text));
        }

        if (cases.Count == 0)
        {
            throw new InvalidOperationException($"No rule in {where} has an example; give rules 'examples:' with 'bad:' and 'good:' texts (docs/rule-format.md).");
        }

        return cases;
    }
}

/// <summary>One rule example as a test case: a bad example its rule must fire on, or a good one it must not fire on.</summary>
public sealed class RuleExampleCase
{
    private readonly CreepLintEngine _engine;
    private readonly RuleExampleCheck _check;

    internal RuleExampleCase(CreepLintEngine engine, RuleExampleCheck check)
    {
        _engine = engine;
        _check = check;
    }

    /// <summary>The rule the example belongs to.</summary>
    public RuleInfo Rule => _check.Rule;

    /// <summary>The example's text and kind.</summary>
    public RuleExample Example => _check.Example;

    /// <summary>Whether this is a bad example (the rule must fire) rather than a good one (it must not).</summary>
    public bool IsBad => _check.Bad;

    /// <summary>Fails the test unless the rule fires on a bad example and stays silent on a good one; the message names the rule's file and line.</summary>
    public void Verify()
    {
        if (!_check.Holds(_engine))
        {
            Assert.Fail(_check.Failure);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Rule.Id} {(IsBad ? "bad" : "good")}: {Example.Text}";
}
