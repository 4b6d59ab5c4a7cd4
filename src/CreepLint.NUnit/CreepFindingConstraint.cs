using NUnit.Framework.Constraints;

namespace CreepLint.NUnit;

/// <summary>
/// Lints the actual value and succeeds when at least one finding matches the filters (category, rule, minimum score).
/// Use it negated: <c>Assert.That(message, Has.No.CreepFinding.InCategory("inferred-trait"))</c>.
/// </summary>
/// <remarks>Accepts the same actual values as <see cref="CreepyConstraint"/>; findings of <c>info</c> severity count too.</remarks>
public sealed class CreepFindingConstraint : Constraint
{
    private CreepLintEngine? _engine;
    private CreepCategory? _category;
    private string? _ruleId;
    private int _minScore;

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            var text = "a CreepLint finding";
            if (_category is { } category)
            {
                text += $" in category {category.ToId()}";
            }

            if (_ruleId is not null)
            {
                text += $" of rule {_ruleId}";
            }

            return _minScore > 0 ? text + $" scoring at least {_minScore}" : text;
        }
    }

    /// <summary>Only counts findings of the category with this stable id, such as <c>inferred-trait</c>.</summary>
    /// <exception cref="ArgumentException">The id is not one of the nine category ids.</exception>
    public CreepFindingConstraint InCategory(string categoryId)
    {
        if (!CreepCategories.TryParse(categoryId, out var category))
        {
            throw new ArgumentException(
                $"'{categoryId}' is not a CreepLint category; use one of: {string.Join(", ", CreepCategories.All.Select(c => c.ToId()))}.",
                nameof(categoryId));
        }

        _category = category;
        return this;
    }

    /// <summary>Only counts findings of <paramref name="category"/>.</summary>
    public CreepFindingConstraint InCategory(CreepCategory category)
    {
        _category = category;
        return this;
    }

    /// <summary>Only counts findings of the rule with this id, such as <c>CL1001</c>.</summary>
    public CreepFindingConstraint OfRule(string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        _ruleId = ruleId;
        return this;
    }

    /// <summary>Only counts findings that score at least <paramref name="score"/>.</summary>
    public CreepFindingConstraint AtLeast(int score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100);
        _minScore = score;
        return this;
    }

    /// <summary>Lints with <paramref name="engine"/> instead of <see cref="CreepLintEngine.Default"/>.</summary>
    public CreepFindingConstraint Using(CreepLintEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        return this;
    }

    /// <inheritdoc/>
    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        var report = LintReport.Create(actual, _engine);
        var any = false;
        foreach (var finding in report.Result.Findings)
        {
            if (Matches(finding))
            {
                any = true;
                break;
            }
        }

        return new ConstraintResult(this, report, any);
    }

    private bool Matches(Finding finding) =>
        (_category is null || finding.Category == _category)
        && (_ruleId is null || string.Equals(finding.RuleId, _ruleId, StringComparison.OrdinalIgnoreCase))
        && finding.Score >= _minScore;
}
