using System.Collections.Immutable;
using CreepLint.Yaml;

namespace CreepLint.Rules;

/// <summary>Where a definition came from, for diagnostics.</summary>
internal readonly record struct SourceRef(string File, YamlPosition Position);

/// <summary>One entry of a term list: a phrase ("we noticed", "pregnan*", "&lt;number&gt; times") or a lexicon reference ("@second-person").</summary>
internal readonly record struct TermItem(string Text, SourceRef Source)
{
    public bool IsLexiconRef => Text.StartsWith('@');

    public string LexiconName => Text[1..];
}

/// <summary>A list of terms that together form one set (any of them matches).</summary>
internal sealed record TermSetDef(ImmutableArray<TermItem> Items, SourceRef Source);

/// <summary>Two or more term sets that must all occur in one sentence, at most <see cref="Within"/> words apart.</summary>
/// <remarks><see cref="SpanFirst"/>: the finding spans the first set's words only; the other sets are conditions.
/// <see cref="ParagraphScope"/>: the sets may lie in different sentences of one paragraph (<c>scope: paragraph</c>).</remarks>
internal sealed record NearDef(ImmutableArray<TermSetDef> Sets, int Within, bool Ordered, bool MessageScope, SourceRef Source, bool SpanFirst = false, bool ParagraphScope = false);

/// <summary>Context that cancels (<see cref="Dampen"/> is 0) or dampens a match.</summary>
/// <remarks><see cref="Within"/> (in the sentence): the phrase, or the near clause's match, counts only within that many
/// words of the words matched; -1 is anywhere in the sentence (or paragraph, or message). <see cref="Outside"/>: words that
/// are part of the finding's own matched words do not count. <see cref="ParagraphScope"/>: look in the finding's paragraph
/// (<c>scope: paragraph</c>).</remarks>
internal sealed record UnlessDef(TermSetDef? Phrases, NearDef? Near, double Dampen, bool MessageScope, SourceRef Source, int Within = -1)
{
    public bool Outside { get; init; }

    public bool ParagraphScope { get; init; }
}

internal sealed record PatternDef(string Regex, SourceRef Source);

internal sealed record ExampleDef(string Text, MessageKind Kind, SourceRef Source);

internal sealed record LexiconDef(string Name, TermSetDef Terms, SourceRef Source);

/// <summary>A lexicon's role in how a sentence is built (a rule file's <c>roles:</c>): the learned model reads the roles.</summary>
internal sealed record RoleDef(string Lexicon, byte Role, SourceRef Source);

/// <summary>A context lexicon that raises or lowers every finding in a sentence where it occurs.</summary>
internal sealed record ContextDef(string Lexicon, double Factor, SourceRef Source);

internal sealed record RuleDef(
    string Id,
    string Name,
    CreepCategory Category,
    Severity Severity,
    int Confidence,
    string Message,
    string Why,
    string Suggestion,
    ImmutableArray<string> References,
    RuleTarget AppliesTo,
    TermSetDef? Phrases,
    ImmutableArray<NearDef> Near,
    ImmutableArray<PatternDef> Patterns,
    ImmutableArray<UnlessDef> Unless,
    ImmutableArray<PatternDef> Fields,
    ImmutableArray<ExampleDef> Bad,
    ImmutableArray<ExampleDef> Good,
    bool Enabled,
    SourceRef Source)
{
    /// <summary>Matches count only in sentences that end with a question mark ("Struggling with debt?").</summary>
    public bool QuestionOnly { get; init; }
}

/// <summary>Everything read from one rule file.</summary>
internal sealed record RuleFileDef(string File, ImmutableArray<RuleDef> Rules, ImmutableArray<LexiconDef> Lexicons, ImmutableArray<ContextDef> Context)
{
    /// <summary>The language of the messages the file's rules read (its <c>language:</c> key); files of one language make one pack.</summary>
    public string Language { get; init; } = CreepLint.Language.LanguageTag.Default;

    /// <summary>The roles the file gives lexicons (its <c>roles:</c> key).</summary>
    public ImmutableArray<RoleDef> Roles { get; init; } = [];
}
