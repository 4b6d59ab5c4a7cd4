namespace CreepLint.Matching;

/// <summary>Rules switched off or re-levelled by id, name or category, as the builder or a configuration asks.</summary>
internal sealed class RuleOverrides
{
    private readonly HashSet<string> _disabled = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<CreepCategory> _disabledCategories = [];
    private readonly Dictionary<string, Severity> _severities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<CreepCategory, Severity> _categorySeverities = [];

    public void Disable(string idOrName) => _disabled.Add(idOrName);

    public void Disable(CreepCategory category) => _disabledCategories.Add(category);

    public void SetSeverity(string idOrName, Severity severity) => _severities[idOrName] = severity;

    public void SetSeverity(CreepCategory category, Severity severity) => _categorySeverities[category] = severity;

    public bool IsEnabled(string id, string name, CreepCategory category) =>
        !_disabled.Contains(id) && !_disabled.Contains(name) && !_disabledCategories.Contains(category);

    public Severity? SeverityFor(string id, string name, CreepCategory category) =>
        _severities.TryGetValue(id, out var s) || _severities.TryGetValue(name, out s) ? s
        : _categorySeverities.TryGetValue(category, out s) ? s : null;

    public IEnumerable<string> UnknownIds(IEnumerable<string> ids, IEnumerable<string> names)
    {
        var known = new HashSet<string>(ids.Concat(names), StringComparer.OrdinalIgnoreCase);
        return _disabled.Concat(_severities.Keys).Where(k => !known.Contains(k)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
    }
}
