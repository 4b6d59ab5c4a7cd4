using CreepLint.Rules;
using NUnit.Framework;
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
    private string? _unknownCategory;
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
    /// <remarks>An id that is none of the nine categories fails the test (negated or not) with the nearest id, so a typo
    /// can never make <c>Has.No.CreepFinding.InCategory(...)</c> pass.</remarks>
    public CreepFindingConstraint InCategory(string categoryId)
    {
        ArgumentNullException.ThrowIfNull(categoryId);
        if (CreepCategories.TryParse(categoryId, out var category))
        {
            _category = category;
            _unknownCategory = null;
        }
        else
        {
            _unknownCategory = categoryId;
        }

        return this;
    }

    /// <summary>Only counts findings of <paramref name="category"/>.</summary>
    public CreepFindingConstraint InCategory(CreepCategory category)
    {
        _category = category;
        return this;
    }

    /// <summary>Only counts findings of the rule with this id or name, such as <c>CL1001</c> or <c>asserted-pregnancy</c>.</summary>
    /// <remarks>An id or name the engine has no rule for fails the test (negated or not) with the nearest one.</remarks>
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
        var engine = _engine ?? CreepLintEngine.Default;
        if (_unknownCategory is not null)
        {
            Assert.Fail($"'{_unknownCategory}' is not a CreepLint category{Spelling.DidYouMean(_unknownCategory, CreepCategories.All.Select(c => c.ToId()))}; the categories are {string.Join(", ", CreepCategories.All.Select(c => c.ToId()))}.");
        }

        string? ruleId = null;
        if (_ruleId is not null)
        {
            ruleId = engine.Rules.FirstOrDefault(r => string.Equals(r.Id, _ruleId, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, _ruleId, StringComparison.OrdinalIgnoreCase))?.Id;
            if (ruleId is null)
            {
                Assert.Fail($"the engine has no rule '{_ruleId}'{Spelling.DidYouMean(_ruleId, engine.Rules.SelectMany(r => new[] { r.Id, r.Name }))}; 'creeplint rules' lists them.");
            }
        }

        var report = LintReport.Create(actual, engine);
        var any = false;
        foreach (var finding in report.Result.Findings)
        {
            if (Matches(finding, ruleId))
            {
                any = true;
                break;
            }
        }

        return new ConstraintResult(this, report, any);
    }

    private bool Matches(Finding finding, string? ruleId) =>
        (_category is null || finding.Category == _category)
        && (ruleId is null || finding.RuleId == ruleId)
        && finding.Score >= _minScore;
}
