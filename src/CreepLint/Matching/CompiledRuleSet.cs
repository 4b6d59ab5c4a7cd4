using System.Collections.Immutable;

namespace CreepLint.Matching;

/// <summary>
/// The frozen product of rule compilation: one phrase table and the rules that consume its hits, with rule settings
/// applied. Every rule keeps its index whatever the settings; only the enabled ones are reachable from
/// <see cref="Triggers"/>, <see cref="PatternRules"/> and <see cref="FieldRules"/>, so a disabled rule is never evaluated.
/// </summary>
internal sealed record CompiledRuleSet(
    PhraseTable Table,
    CompiledRule[] Rules,
    RuleTriggers Triggers,
    int[] PatternRules,
    int[] FieldRules,
    ContextSignal[] Context,
    int SetCount,
    ImmutableArray<RuleInfo> Infos)
{
    /// <summary>The project's field classification, when it gave one; classified fields are exempt from the default field rules.</summary>
    public FieldClassification? Classification { get; init; }

    /// <summary>The language of the messages this pack reads (see <see cref="Language.LanguageTag"/>).</summary>
    public string Language { get; init; } = CreepLint.Language.LanguageTag.Default;

    /// <summary>
    /// Whether this pack reads a percent or currency sign written after a number as a <c>&lt;percent&gt;</c> or
    /// <c>&lt;money&gt;</c> ("78 %", "49,90 €"; <see cref="Text.SignsAfterNumbers"/>): every pack of a language other than English.
    /// </summary>
    public bool ReadsSignAfterNumber => Language != CreepLint.Language.LanguageTag.Default;

    /// <summary>
    /// Whether this pack reads a placeholder for the reader's name in its own words (<c>{{ vorname }}</c>, <c>{{ prénom }}</c>,
    /// <c>{{ nombre }}</c>; <see cref="Text.Vocatives.MarkPackNames"/>) as <c>&lt;name&gt;</c>: every pack of a language other
    /// than English, whose pack and model read such a field as a placeholder, as they were trained.
    /// </summary>
    public bool ReadsOwnNamePlaceholders => Language != CreepLint.Language.LanguageTag.Default;

    /// <summary>Per term set, the lexicon it was compiled from (null for a rule's own phrases): the learned model reads lexicon hits.</summary>
    public string?[] SetLexicons
    {
        get;
        init
        {
            field = value;
            ModelReads = ReadByModel(value, SetRoles);
        }
    } = [];

    /// <summary>
    /// Per term set, whether the learned model reads its hits: a lexicon's set (<see cref="SetLexicons"/>) or one with a role
    /// (<see cref="SetRoles"/>); worked out when either is set. The hits of the other sets are read by the rules alone, and
    /// indexed only where a rule asks for them (<see cref="HitIndex"/>).
    /// </summary>
    public bool[] ModelReads { get; private set; } = [];

    /// <summary>Per term set, the role bits its lexicon plays in a sentence (the rule files' <c>roles:</c>; 0 for none): the learned
    /// model reads them (<see cref="Model.SentenceRoles"/>).</summary>
    public byte[] SetRoles
    {
        get;
        init
        {
            field = value;
            DeclaresReader = Array.Exists(value, role => (role & Model.SentenceRoles.Reader) != 0);
            ModelReads = ReadByModel(SetLexicons, value);
        }
    } = [];

    /// <summary>
    /// Whether a lexicon this set scans plays the reader: whether a pack of a language other than English reads sentence
    /// roles (<see cref="Model.SentenceRoles"/>). It does when its rule files give a lexicon the <c>reader</c> role
    /// (<c>roles:</c>, docs/rule-format.md), since the word tests that find the reader in English text (second-person
    /// words, "who", past forms) are English, and with no reader no sentence is a claim about the reader. Worked out once,
    /// when the roles are set, rather than per message.
    /// </summary>
    public bool DeclaresReader { get; private set; }

    private static bool[] ReadByModel(string?[] lexicons, byte[] roles)
    {
        var reads = new bool[Math.Max(lexicons.Length, roles.Length)];
        for (var s = 0; s < reads.Length; s++)
        {
            reads[s] = (s < lexicons.Length && lexicons[s] is not null) || (s < roles.Length && roles[s] != 0);
        }

        return reads;
    }

    /// <summary>Every compiled rule as its file defines it (severity from the file), by index; the base of every <see cref="With"/>.</summary>
    public CompiledRule[] Defined { get; init; } = [];

    /// <summary>The settings applied to <see cref="Defined"/> to give this set.</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.None;

    /// <summary>
    /// The same rules and table with <paramref name="settings"/> applied to the rules as their files define them: rules it
    /// disables drop out of the indexes and <see cref="Infos"/>, severities it sets replace the files'. Shares the phrase
    /// table, so deriving costs a pass over the rules.
    /// </summary>
    public CompiledRuleSet With(RuleSettings settings)
    {
        var rules = new CompiledRule[Defined.Length];
        var enabled = new List<CompiledRule>(Defined.Length);
        for (var i = 0; i < Defined.Length; i++)
        {
            var rule = Defined[i];
            var severity = settings.SeverityOf(rule.Info, rule.Info.Severity);
            rules[i] = severity == rule.Info.Severity ? rule : rule with { Info = rule.Info.WithSeverity(severity) };
            if (rule.EnabledInFile && settings.IsEnabled(rule.Info))
            {
                enabled.Add(rules[i]);
            }
        }

        return this with
        {
            Rules = rules,
            Triggers = RuleTriggers.Of(enabled, SetCount),
            PatternRules = [.. enabled.Where(r => r.Patterns.Length > 0).Select(r => r.Index)],
            FieldRules = [.. enabled.Where(r => r.Fields.Length > 0).Select(r => r.Index)],
            Infos = [.. enabled.Select(r => r.Info)],
            Settings = settings,
        };
    }
}
