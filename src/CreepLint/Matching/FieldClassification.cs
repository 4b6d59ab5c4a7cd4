using System.Text;

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

    /// <summary>Rule YAML for the observed, inferred and third-party globs, compiled like any other rule file.</summary>
    public string? ToRulesYaml()
    {
        var sb = new StringBuilder("rules:\n");
        var any = false;
        any |= AppendRule(sb, FieldProvenance.Inferred, InferredRuleId, "classified-inferred-field", "error", 85,
            "The template shows the reader a field the project classifies as inferred: '{match}'.",
            "The project's field classification marks this field as a model output or derived segment; showing it tells the reader what you guessed about them.");
        any |= AppendRule(sb, FieldProvenance.ThirdParty, ThirdPartyRuleId, "classified-third-party-field", "error", 85,
            "The template shows the reader a field the project classifies as third-party data: '{match}'.",
            "The project's field classification marks this field as bought, matched or borrowed data the reader never gave you.");
        any |= AppendRule(sb, FieldProvenance.Observed, ObservedRuleId, "classified-observed-field", "warning", 50,
            "The template quotes observed behaviour back to the reader: '{match}'.",
            "The project's field classification marks this field as behaviour you logged; quoting it back reads as being watched.");
        return any ? sb.ToString() : null;
    }

    private bool AppendRule(StringBuilder sb, FieldProvenance provenance, string id, string name, string severity, int confidence, string message, string why)
    {
        var globs = _entries.Where(e => e.Provenance == provenance).Select(e => e.Glob.Pattern).ToList();
        if (globs.Count == 0)
        {
            return false;
        }

        sb.Append("  - id: ").Append(id).Append('\n')
            .Append("    name: ").Append(name).Append('\n')
            .Append("    category: sensitive-field\n")
            .Append("    severity: ").Append(severity).Append('\n')
            .Append("    confidence: ").Append(confidence).Append('\n')
            .Append("    message: ").Append(Quote(message)).Append('\n')
            .Append("    why: ").Append(Quote(why)).Append('\n')
            .Append("    suggestion: ").Append(Quote("Use a declared field (name, saved items, chosen preferences) or drop the personalisation.")).Append('\n')
            .Append("    fields:\n");
        foreach (var glob in globs)
        {
            sb.Append("      - ").Append(Quote(glob)).Append('\n');
        }

        var sample = globs[0].Replace('*', 'x').Replace('?', 'x');
        sb.Append("    examples:\n      bad:\n        - ").Append(Quote("Hi {{ " + sample + " }}, here is your offer.")).Append('\n')
            .Append("      good:\n        - ").Append(Quote("Hi there, our spring sale starts today.")).Append('\n');
        return true;
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
