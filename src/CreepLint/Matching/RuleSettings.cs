using System.Collections.Immutable;

namespace CreepLint.Matching;

/// <summary>
/// Rules switched off or re-levelled by id, name or category id, as the builder or a configuration (and its per-path
/// overrides) asks. Immutable; <see cref="Then"/> layers one set of settings over another. An engine applies them once,
/// when it is built or derived (<see cref="CompiledRuleSet.With"/>), so a disabled rule is never evaluated.
/// </summary>
internal sealed class RuleSettings
{
    private string? _key;

    public static RuleSettings None { get; } = new();

    /// <summary>Rule ids, names and category ids switched off.</summary>
    public ImmutableHashSet<string> Disabled { get; init; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severities by rule id, name or category id; a rule's own id or name wins over its category.</summary>
    public ImmutableDictionary<string, Severity> Severities { get; init; } = ImmutableDictionary.Create<string, Severity>(StringComparer.OrdinalIgnoreCase);

    public bool IsEmpty => Disabled.IsEmpty && Severities.IsEmpty;

    /// <summary>A canonical text of the settings: equal settings have equal keys (engines are cached by it).</summary>
    public string Key => _key ??= string.Join('\n',
        Disabled.Select(d => "-" + d.ToLowerInvariant()).Order(StringComparer.Ordinal)
            .Concat(Severities.Select(s => $"{s.Key.ToLowerInvariant()}={s.Value}").Order(StringComparer.Ordinal)));

    public RuleSettings Disable(string idNameOrCategory) => new() { Disabled = Disabled.Add(idNameOrCategory), Severities = Severities };

    public RuleSettings SetSeverity(string idNameOrCategory, Severity severity) => new() { Disabled = Disabled, Severities = Severities.SetItem(idNameOrCategory, severity) };

    /// <summary>These settings with <paramref name="other"/> on top: its rules are off too, its severities win.</summary>
    public RuleSettings Then(RuleSettings other) => other.IsEmpty ? this : IsEmpty ? other : new()
    {
        Disabled = Disabled.Union(other.Disabled),
        Severities = Severities.SetItems(other.Severities),
    };

    public bool IsEnabled(RuleInfo rule) => IsEnabled(rule.Id, rule.Name, rule.Category);

    public bool IsEnabled(string id, string name, CreepCategory category) =>
        Disabled.IsEmpty || !(Disabled.Contains(id) || Disabled.Contains(name) || Disabled.Contains(category.ToId()));

    /// <summary>The severity these settings give the rule, or <paramref name="current"/> when they say nothing about it.</summary>
    public Severity SeverityOf(RuleInfo rule, Severity current) =>
        Severities.IsEmpty ? current
        : Severities.TryGetValue(rule.Id, out var s) || Severities.TryGetValue(rule.Name, out s) || Severities.TryGetValue(rule.Category.ToId(), out s) ? s
        : current;

    /// <summary>Entries that name no rule id, name or category id.</summary>
    public IEnumerable<string> UnknownIds(IEnumerable<RuleInfo> rules) => UnknownIds(rules.SelectMany(r => new[] { r.Id, r.Name }));

    /// <summary>The ids and names these settings use that none of <paramref name="idsAndNames"/> (rule ids and names) and no category has.</summary>
    public IEnumerable<string> UnknownIds(IEnumerable<string> idsAndNames)
    {
        var known = new HashSet<string>(idsAndNames.Concat(CreepCategories.Ids), StringComparer.OrdinalIgnoreCase);
        return Disabled.Concat(Severities.Keys).Where(k => !known.Contains(k)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
    }
}
