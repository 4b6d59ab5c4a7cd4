using System.Collections.Immutable;
using CreepLint.Rules;
using CreepLint.Yaml;

namespace CreepLint.Matching;

/// <summary>
/// A project's classification of template fields by provenance. Classified fields are exempt from the default field
/// rules (the project knows better than a name heuristic); observed, inferred and third-party fields get rules of their own.
/// </summary>
internal sealed class FieldClassification
{
    /// <summary>Rule ids generated for classified fields; findings of these rules are never exempted.</summary>
    public const string InferredRuleId = "CL9101";
    public const string ThirdPartyRuleId = "CL9102";
    public const string ObservedRuleId = "CL9103";

    /// <summary>What diagnostics and rule descriptions name as the source of the generated rules.</summary>
    public const string SourceName = "field classification";

    private readonly List<(FieldGlob Glob, FieldProvenance Provenance)> _entries = [];

    public int Count => _entries.Count;

    public void Add(string glob, FieldProvenance provenance) => _entries.Add((new FieldGlob(glob), provenance));

    /// <summary>Whether a rule's field match on <paramref name="name"/> is dropped because the project classified the field.</summary>
    public bool Exempts(string ruleId, ReadOnlySpan<char> name) =>
        ruleId is not (InferredRuleId or ThirdPartyRuleId or ObservedRuleId) && IsClassified(name);

    public bool IsClassified(ReadOnlySpan<char> name)
    {
        foreach (var entry in _entries)
        {
            if (entry.Glob.MatchesPath(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rules of the observed, inferred and third-party globs, compiled like those of any rule file; null when there are none.</summary>
    public RuleFileDef? ToRuleFile()
    {
        var rules = ImmutableArray.CreateBuilder<RuleDef>();
        Add(rules, FieldProvenance.Inferred, InferredRuleId, "classified-inferred-field", Severity.Error, 85,
            "The template shows the reader a field the project classifies as inferred: '{match}'.",
            "The project's field classification marks this field as a model output or derived segment; showing it tells the reader what you guessed about them.");
        Add(rules, FieldProvenance.ThirdParty, ThirdPartyRuleId, "classified-third-party-field", Severity.Error, 85,
            "The template shows the reader a field the project classifies as third-party data: '{match}'.",
            "The project's field classification marks this field as bought, matched or borrowed data the reader never gave you.");
        Add(rules, FieldProvenance.Observed, ObservedRuleId, "classified-observed-field", Severity.Warning, 50,
            "The template quotes observed behaviour back to the reader: '{match}'.",
            "The project's field classification marks this field as behaviour you logged; quoting it back reads as being watched.");
        return rules.Count == 0 ? null : new RuleFileDef(SourceName, rules.ToImmutable(), [], []);
    }

    private void Add(ImmutableArray<RuleDef>.Builder rules, FieldProvenance provenance, string id, string name, Severity severity, int confidence, string message, string why)
    {
        var globs = _entries.Where(e => e.Provenance == provenance).Select(e => e.Glob.Pattern).ToList();
        if (globs.Count == 0)
        {
            return;
        }

        var at = new SourceRef(SourceName, new YamlPosition(rules.Count + 1, 1));
        var sample = globs[0].Replace('*', 'x').Replace('?', 'x');
        rules.Add(new RuleDef(id, name, CreepCategory.SensitiveField, severity, confidence, message, why,
            "Use a declared field (name, saved items, chosen preferences) or drop the personalisation.", [], RuleTarget.Both,
            Phrases: null, Near: [], Patterns: [], Unless: [], Fields: [.. globs.Select(g => new PatternDef(g, at))],
            Bad: [new ExampleDef("Hi {{ " + sample + " }}, here is your offer.", MessageKind.Message, at)],
            Good: [new ExampleDef("Hi there, our spring sale starts today.", MessageKind.Message, at)],
            Enabled: true, at));
    }
}
