using System.Collections.Immutable;

namespace CreepLint.Matching;

/// <summary>The frozen product of rule compilation: one phrase table and the rules that consume its hits.</summary>
internal sealed record CompiledRuleSet(
    PhraseTable Table,
    CompiledRule[] Rules,
    int[][] RulesBySet,
    int[] PatternRules,
    int[] FieldRules,
    ContextSignal[] Context,
    int SetCount,
    ImmutableArray<RuleInfo> Infos)
{
    /// <summary>The project's field classification, when it gave one; classified fields are exempt from the default field rules.</summary>
    public FieldClassification? Classification { get; init; }

    /// <summary>Per term set, the lexicon it was compiled from (null for a rule's own phrases): the learned model reads lexicon hits.</summary>
    public string?[] SetLexicons { get; init; } = [];
}
