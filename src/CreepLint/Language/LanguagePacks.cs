using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CreepLint.Matching;
using CreepLint.Rules;

namespace CreepLint.Language;

/// <summary>An engine's rule packs, one per language, and how a message's language picks one.</summary>
/// <remarks>Immutable and thread-safe. The English pack (<see cref="LanguageTag.Default"/>) is <see cref="Primary"/>: the one
/// the learned model reads and training inspects. Other packs may be compiled on their first message (<see cref="PackSlot"/>).</remarks>
internal sealed class LanguagePacks
{
    private readonly FrozenDictionary<string, PackSlot> _slots;
    private readonly Lazy<RuleInfo[]> _infos; // an array, not an ImmutableArray: Lazy<T> of a struct is compiled at every start-up
    private readonly ConcurrentDictionary<string, RuleInfo?> _byId = new(StringComparer.Ordinal);

    public LanguagePacks(IEnumerable<CompiledRuleSet> packs)
        : this(packs.Select(PackSlot.Compiled))
    {
    }

    public LanguagePacks(IEnumerable<PackSlot> slots)
    {
        _slots = slots.ToFrozenDictionary(p => p.Language, StringComparer.Ordinal);
        Languages = [.. _slots.Keys.Order(StringComparer.Ordinal)];
        var primary = _slots.GetValueOrDefault(LanguageTag.Default) ?? (Languages.IsEmpty ? null : _slots[Languages[0]])
            ?? throw new ArgumentException("An engine needs at least one rule pack.", nameof(slots));
        Primary = primary.Pack; // compiled now, whatever it is: so the scratch sizes below have one pack at least
        var compiled = _slots.Values.Where(s => s.IsCompiled).Select(s => s.Pack).ToList();
        MaxSets = compiled.Max(p => p.SetCount);
        MaxRules = compiled.Max(p => p.Rules.Length);
        _infos = new(() => _slots.Count == 1 ? ImmutableCollectionsMarshal.AsArray(Primary.Infos)!
            : [.. _slots.Values.SelectMany(p => p.Pack.Infos).DistinctBy(i => i.Id).OrderBy(i => i.Id, StringComparer.Ordinal)]);
    }

    /// <summary>The English pack when there is one, else the first by language code.</summary>
    public CompiledRuleSet Primary { get; }

    /// <summary>The languages with a pack, in ordinal order.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Every enabled rule of every pack, by id (a rule shared by packs, such as a field classification's, once);
    /// compiles the packs not compiled yet.</summary>
    public ImmutableArray<RuleInfo> Infos => ImmutableCollectionsMarshal.AsImmutableArray(_infos.Value);

    /// <summary>Every rule of every pack as its files define it, enabled or not, without compiling any.</summary>
    public IEnumerable<RuleEntry> Defined => _slots.Values.SelectMany(s => s.Defined);

    /// <summary>Every enabled rule of every pack, without compiling any (a rule shared by packs once per pack).</summary>
    public IEnumerable<RuleEntry> Enabled => _slots.Values.SelectMany(s => s.Enabled);

    /// <summary>The most term sets of the packs compiled with the engine: what a lint's scratch starts sized for (a pack
    /// compiled later grows it, see <see cref="LintScratch.Reserve"/>).</summary>
    public int MaxSets { get; }

    /// <summary>The most rules of the packs compiled with the engine.</summary>
    public int MaxRules { get; }

    /// <summary>The pack for <paramref name="language"/>, or null when none reads it; compiles a deferred pack on first use.</summary>
    public CompiledRuleSet? For(string language) =>
        ReferenceEquals(language, LanguageTag.Default) && Primary.Language == LanguageTag.Default ? Primary : _slots.GetValueOrDefault(language)?.Pack;

    /// <summary>The pack of <paramref name="language"/> as it stands, compiled or deferred, or null when none reads it.</summary>
    public PackSlot? Slot(string language) => _slots.GetValueOrDefault(language);

    /// <summary>The enabled rule with id <paramref name="id"/>, compiling only the pack that defines it (a rule shared by packs
    /// may come from another pack than in <see cref="Infos"/>; only its <see cref="RuleInfo.Language"/> differs).</summary>
    public RuleInfo? RuleById(string id) => _byId.GetOrAdd(id, static (id, packs) => packs.Find(id), this);

    private RuleInfo? Find(string id)
    {
        if (_infos.IsValueCreated || _slots.Count == 1)
        {
            return In(Infos, id);
        }

        // Packs compiled already first: a rule every pack shares (a field classification's) needs no other compiled.
        foreach (var slot in _slots.Values.OrderBy(s => !s.IsCompiled))
        {
            if ((slot.IsCompiled || slot.Defined.Any(r => r.Id == id)) && In(slot.Pack.Infos, id) is { } info)
            {
                return info;
            }
        }

        return null;

        static RuleInfo? In(ImmutableArray<RuleInfo> infos, string id)
        {
            foreach (var info in infos)
            {
                if (info.Id == id)
                {
                    return info;
                }
            }

            return null;
        }
    }

    /// <summary>Every pack with <paramref name="settings"/> layered over its own; deferred packs stay deferred.</summary>
    public LanguagePacks Then(RuleSettings settings) => new(_slots.Values.Select(s => s.Then(settings)));
}
