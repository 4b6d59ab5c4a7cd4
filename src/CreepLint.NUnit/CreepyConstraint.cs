using NUnit.Framework.Constraints;

namespace CreepLint.NUnit;

/// <summary>
/// Lints the actual value and succeeds when it is creepy: its verdict is <see cref="Verdict.Fail"/>, or, after
/// <see cref="Above"/>, its score is above the given limit. Use it negated: <c>Assert.That(message, Is.Not.Creepy)</c>.
/// </summary>
/// <remarks>The actual value may be a <see cref="string"/> (linted as a message), a <see cref="TemplateFile"/>,
/// a <see cref="LintRequest"/> or an already computed <see cref="LintResult"/>. The failure message lists every
/// finding with its span marked in the text, rule, category, score and suggestion.</remarks>
public sealed class CreepyConstraint : Constraint
{
    private CreepLintEngine? _engine;
    private int? _limit;

    /// <inheritdoc/>
    /// <remarks>Worded to read right after NUnit's "Expected:" and after its "not": <c>Expected: not a creepy message (CreepLint verdict: fail)</c>.</remarks>
    public override string Description => _limit is { } limit
        ? $"a message CreepLint scores above {limit}"
        : "a creepy message (CreepLint verdict: fail)";

    /// <summary>Calls a message creepy when its score is above <paramref name="score"/> rather than when its verdict is fail.</summary>
    /// <param name="score">The highest acceptable score, 0–100.</param>
    public CreepyConstraint Above(int score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100);
        _limit = score;
        return this;
    }

    /// <summary>Lints with <paramref name="engine"/> instead of <see cref="CreepLintEngine.Default"/>.</summary>
    public CreepyConstraint Using(CreepLintEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        return this;
    }

    /// <inheritdoc/>
    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        var report = LintReport.Create(actual, _engine);
        var creepy = _limit is { } limit ? report.Result.Score > limit : report.Result.Verdict == Verdict.Fail;
        return new ConstraintResult(this, report, creepy);
    }
}
