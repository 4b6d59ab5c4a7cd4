namespace CreepLint.Tests.Text;

/// <summary>Issue 20, item 5: a text holding bidirectional controls is flagged (<see cref="LintLimits.BidiControls"/>) and never passes.</summary>
public sealed class BidiControlTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    [TestCase("Congrats on the \u202Etnangerp\u202C news!", TestName = "right-to-left override")]
    [TestCase("Congrats on the \u2067tnangerp\u2069 news!", TestName = "right-to-left isolate")]
    [TestCase("Congrats on the \u202Atnangerp\u202C news!", TestName = "left-to-right embedding")]
    [TestCase("<p>Congrats on the &#8238;tnangerp&#8236; news!</p>", TestName = "as HTML character references")]
    public void Bidi_controls_make_the_verdict_at_least_warn(string text)
    {
        var result = Engine.Lint(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.LimitsHit.HasFlag(LintLimits.BidiControls), Is.True);
            Assert.That(result.Verdict, Is.GreaterThanOrEqualTo(Verdict.Warn));
        });
    }

    [TestCase("Congrats on the news!")]
    [TestCase("\u200FRight-to-left mark only, no override.")]
    public void Text_without_bidi_controls_is_not_flagged(string text) =>
        Assert.That(Engine.Lint(text).LimitsHit, Is.EqualTo(LintLimits.None));
}
