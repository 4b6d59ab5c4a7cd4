using System.Collections.Immutable;
using CreepLint.Matching;
using CreepLint.Rules;

namespace CreepLint.Language;

/// <summary>
/// One language's rule pack in an engine: compiled already, or compiled on its first message (the embedded German, French
/// and Spanish packs, so that linting English never pays for them). Either way it knows its rules' ids, names and
/// categories, which is all that checking settings and suppressions needs.
/// </summary>
/// <remarks>Thread-safe: a deferred pack is compiled once, by the first thread that needs it, and shared.</remarks>
internal sealed class PackSlot
{
    private readonly CompiledRuleSet? _pack;
    private readonly Lazy<CompiledRuleSet>? _deferred;

    private PackSlot(string language, ImmutableArray<RuleEntry> defined, RuleSettings settings, CompiledRuleSet? pack, Lazy<CompiledRuleSet>? deferred)
    {
        Language = language;
        Defined = defined;
        Settings = settings;
        _pack = pack;
        _deferred = deferred;
    }

    /// <summary>The language of the messages the pack reads.</summary>
    public string Language { get; }

    /// <summary>Every rule of the pack as its files define it, enabled or not.</summary>
    public ImmutableArray<RuleEntry> Defined { get; }

    /// <summary>The rule settings the pack is (or will be) compiled with.</summary>
    public RuleSettings Settings { get; }

    /// <summary>Whether the pack is compiled (so <see cref="Pack"/> costs nothing).</summary>
    public bool IsCompiled => _pack is not null || _deferred!.IsValueCreated;

    /// <summary>The compiled pack; a deferred one is compiled here on first use.</summary>
    public CompiledRuleSet Pack => _pack ?? _deferred!.Value;

    /// <summary>The rules the settings leave on.</summary>
    public IEnumerable<RuleEntry> Enabled => Defined.Where(r => r.EnabledInFile && Settings.IsEnabled(r.Id, r.Name, r.Category));

    /// <summary>A compiled pack.</summary>
    public static PackSlot Compiled(CompiledRuleSet pack) =>
        new(pack.Language, RuleCatalog.Of(pack), pack.Settings, pack, null);

    /// <summary>A pack compiled by <paramref name="compile"/> on first use; <paramref name="defined"/> must list exactly the rules it compiles.</summary>
    public static PackSlot Deferred(string language, ImmutableArray<RuleEntry> defined, RuleSettings settings, Func<CompiledRuleSet> compile) =>
        new(language, defined, settings, null, new Lazy<CompiledRuleSet>(compile, LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>The same pack with <paramref name="settings"/> layered over its own (see <see cref="CompiledRuleSet.With"/>); a
    /// deferred pack stays deferred, and shares this one's compilation.</summary>
    public PackSlot Then(RuleSettings settings)
    {
        var combined = Settings.Then(settings);
        if (_pack is not null)
        {
            return Compiled(_pack.With(combined));
        }

        var deferred = _deferred!;
        return new PackSlot(Language, Defined, combined, null, new Lazy<CompiledRuleSet>(() => deferred.Value.With(combined), LazyThreadSafetyMode.ExecutionAndPublication));
    }
}
