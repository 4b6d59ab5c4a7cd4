using System.Collections.Frozen;
using System.Collections.Immutable;
using CreepLint.Matching;

namespace CreepLint.Language;

/// <summary>An engine's compiled rule packs, one per language, and how a message's language picks one.</summary>
/// <remarks>Immutable and thread-safe. The English pack (<see cref="LanguageTag.Default"/>) is <see cref="Primary"/>: the one
/// the learned model reads and training inspects.</remarks>
internal sealed class LanguagePacks
{
    private readonly FrozenDictionary<string, CompiledRuleSet> _packs;

    public LanguagePacks(IEnumerable<CompiledRuleSet> packs)
    {
        _packs = packs.ToFrozenDictionary(p => p.Language, StringComparer.Ordinal);
        Primary = _packs.GetValueOrDefault(LanguageTag.Default) ?? _packs.Values.OrderBy(p => p.Language, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new ArgumentException("An engine needs at least one rule pack.", nameof(packs));
        MaxSets = _packs.Values.Max(p => p.SetCount);
        MaxRules = _packs.Values.Max(p => p.Rules.Length);
        Languages = [.. _packs.Keys.Order(StringComparer.Ordinal)];
        Infos = _packs.Count == 1 ? Primary.Infos
            : [.. _packs.Values.SelectMany(p => p.Infos).DistinctBy(i => i.Id).OrderBy(i => i.Id, StringComparer.Ordinal)];
    }

    /// <summary>The English pack when there is one, else the first by language code.</summary>
    public CompiledRuleSet Primary { get; }

    /// <summary>The languages with a pack, in ordinal order.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Every enabled rule of every pack, by id (a rule shared by packs, such as a field classification's, once).</summary>
    public ImmutableArray<RuleInfo> Infos { get; }

    /// <summary>The most term sets of any pack: what a lint's scratch is sized for.</summary>
    public int MaxSets { get; }

    /// <summary>The most rules of any pack.</summary>
    public int MaxRules { get; }

    /// <summary>The pack for <paramref name="language"/>, or null when none reads it.</summary>
    public CompiledRuleSet? For(string language) =>
        ReferenceEquals(language, LanguageTag.Default) && Primary.Language == LanguageTag.Default ? Primary : _packs.GetValueOrDefault(language);

    /// <summary>Every pack with <paramref name="apply"/> applied.</summary>
    public LanguagePacks Select(Func<CompiledRuleSet, CompiledRuleSet> apply) => new(_packs.Values.Select(apply));
}
