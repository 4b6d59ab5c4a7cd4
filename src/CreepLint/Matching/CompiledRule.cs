using System.Text.RegularExpressions;

namespace CreepLint.Matching;

/// <summary>A <c>near</c> clause over term-set ids; <see cref="ParagraphScope"/>: its sets may lie in different sentences of one paragraph.</summary>
internal sealed record NearClause(int[] Sets, int Within, bool Ordered, bool MessageScope, bool SpanFirst = false, bool ParagraphScope = false);

/// <summary>
/// An <c>unless</c> clause: a phrase set or a near clause; <see cref="Factor"/> 0 cancels, otherwise multiplies the score.
/// <see cref="Within"/> ≥ 0: the phrase set (or the near clause's match) counts only within that many words of the words
/// matched, in the sentence. <see cref="Outside"/>: hits on the finding's own matched words do not count.
/// <see cref="ParagraphScope"/>: looked for in the finding's paragraph rather than its sentence.
/// </summary>
internal sealed record UnlessClause(int PhraseSet, NearClause? Near, double Factor, bool MessageScope, int Within = -1, bool Outside = false, bool ParagraphScope = false)
{
    /// <summary>Whether the entry needs the finding's words or paragraph (<see cref="RuleEvaluator"/> reads it apart, so the
    /// entries every pack has keep their one lookup).</summary>
    public bool Placed { get; } = Outside || ParagraphScope || (Near is not null && Within >= 0);
}

/// <summary>A context lexicon applied to every finding in a sentence where it occurs.</summary>
internal sealed record ContextSignal(int Set, double Factor);

/// <summary>A rule compiled to set ids and regexes.</summary>
internal sealed record CompiledRule(
    int Index,
    RuleInfo Info,
    int PhraseSet,
    NearClause[] Near,
    Regex[] Patterns,
    FieldGlob[] Fields,
    UnlessClause[] Unless,
    int[] OwnSets)
{
    /// <summary>See <see cref="Rules.RuleDef.QuestionOnly"/>.</summary>
    public bool QuestionOnly { get; init; }

    /// <summary>False for a rule its file switches off (<c>enabled: false</c>): compiled and checked, never evaluated.</summary>
    public bool EnabledInFile { get; init; } = true;
}
