using System.Text.RegularExpressions;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// A rule author's regex cannot hang the linter: patterns run on the linear-time NonBacktracking engine, and the few
/// that need backtracking (lookarounds, backreferences) run with <see cref="Limits.RegexTimeout"/> and are skipped,
/// and reported in <see cref="LintResult.LimitsHit"/>, when they exceed it.
/// </summary>
public sealed class RegexSafetyTests
{
    [Test]
    public void Catastrophic_pattern_runs_on_the_linear_engine_and_finishes_on_a_long_input()
    {
        var engine = Build("(a+)+$");
        var regex = engine.RuleSet.Rules.Single().Patterns.Single();
        Assert.That(regex.Options.HasFlag(RegexOptions.NonBacktracking), Is.True, "compiled without backtracking");

        var text = new string('a', 200_000) + "!";
        var result = HangGuard.Within(() => engine.Lint(text), "(a+)+$ on 200,000 letters");
        Assert.Multiple(() =>
        {
            Assert.That(result.LimitsHit, Is.EqualTo(LintLimits.None));
            Assert.That(result.Findings, Is.Empty, "the '!' at the end means no match");
        });
    }

    [Test]
    public void Backtracking_only_pattern_is_bounded_by_the_timeout_and_reported()
    {
        // A lookahead forces the backtracking engine; (a|aa)+ before a missing 'b' is exponential in the run of a's.
        var engine = Build("(?=(a|aa)+b)a");
        var regex = engine.RuleSet.Rules.Single().Patterns.Single();
        Assert.That((regex.Options.HasFlag(RegexOptions.NonBacktracking), regex.MatchTimeout), Is.EqualTo((false, Limits.RegexTimeout)));

        var result = HangGuard.Within(() => engine.Lint(new string('a', 5_000)), "a backtracking pattern on 5,000 letters");
        Assert.Multiple(() =>
        {
            Assert.That(result.LimitsHit, Is.EqualTo(LintLimits.RegexTimedOut));
            Assert.That(result.Findings, Is.Empty);
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Warn), "a skipped pattern means the text was not fully checked");
        });
    }

    [Test]
    public void Backtracking_pattern_still_matches_when_it_is_fast()
    {
        var engine = Build("(?<=we )noticed");
        var result = engine.Lint("Yes, we noticed.");
        Assert.That((result.Findings.Single().Offset, result.LimitsHit), Is.EqualTo((8, LintLimits.None)));
    }

    private static CreepLintEngine Build(string pattern) => CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules($"""
        rules:
          - id: XX001
            name: regex-rule
            category: surveillance-language
            severity: warning
            confidence: 60
            message: "Matched '{"{"}match{"}"}'."
            why: "Test."
            suggestion: "Test."
            patterns:
              - '{pattern}'
        """).Build();
}
