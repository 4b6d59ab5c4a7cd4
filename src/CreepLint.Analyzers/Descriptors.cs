using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CreepLint.Analyzers;

/// <summary>
/// The diagnostics the analyzer can report: one per rule of the default pack (its id, so
/// <c>dotnet_diagnostic.CL1001.severity</c> works), the learned model's <c>CL0001</c>, the CLI's problem codes for
/// configuration, inputs and suppressions, and the analyzer's own <c>CL04xx</c>.
/// </summary>
internal static class Descriptors
{
    /// <summary>Where rule pages live: one page per category, one heading per rule.</summary>
    public const string DocsUri = "https://github.com/creeplint/creeplint/blob/main/docs/";

    /// <summary>Every finding's diagnostic category starts with this; the creep category follows in PascalCase (<c>CreepLint.InferredTrait</c>).</summary>
    public const string CategoryPrefix = "CreepLint.";

    /// <summary>Configuration, input and suppression problems the CLI reports with these codes keep them as diagnostic ids.</summary>
    private static readonly string[] s_problemCodes =
    [
        "CL0040", "CL0041", "CL0042", "CL0043",
        "CL0101", "CL0102", "CL0103", "CL0104", "CL0105", "CL0106", "CL0107", "CL0108", "CL0109", "CL0110", "CL0111", "CL0115",
        "CL0201", "CL0202", "CL0203", "CL0204", "CL0205", "CL0206", "CL0207", "CL0208", "CL0209", "CL0210", "CL0211", "CL0212", "CL0213",
        "CL0220", "CL0221", "CL0222",
        "CL0301", "CL0302", "CL0303",
    ];

    /// <summary>CL0400: CreepLint could not lint (a configuration or rule problem without a position, or an unexpected failure).</summary>
    public static readonly DiagnosticDescriptor CannotLint = new(
        "CL0400", "CreepLint could not lint this project", "{0}", "CreepLint", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Fail closed: when the configuration, the rules or the model cannot be loaded, nothing is linted and this error says why.",
        helpLinkUri: DocsUri + "analyzers.md#cl0400", customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>CL0401: a finding of a rule the package does not know by id (a project's own rules from <c>rules:</c>).</summary>
    public static readonly DiagnosticDescriptor ProjectRule = new(
        "CL0401", "Finding of a project rule", "{0}", CategoryPrefix + "ProjectRule", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Rules loaded from the configuration's 'rules:' directories report under this id; their own id is the first word of the message.",
        helpLinkUri: DocsUri + "analyzers.md#cl0401");

    /// <summary>CL0402: a <c>[MessageTemplate]</c> argument the analyzer does not understand.</summary>
    public static readonly DiagnosticDescriptor BadAttribute = new(
        "CL0402", "Unknown MessageTemplate kind or channel", "{0}", "CreepLint", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The kind is \"message\" or \"rationale\"; the channel is one of subject, preheader, body, sms, push, rationale.",
        helpLinkUri: DocsUri + "analyzers.md#cl0402");

    private static readonly Lazy<Catalog> s_catalog = new(() => new Catalog(CreepLintEngine.Default.Rules));

    /// <summary>Every descriptor, for <see cref="Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer.SupportedDiagnostics"/>.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => s_catalog.Value.All;

    /// <summary>The descriptor for a finding of rule <paramref name="ruleId"/>; <see cref="ProjectRule"/> for one the package does not know.</summary>
    public static DiagnosticDescriptor ForRule(string ruleId) =>
        s_catalog.Value.Rules.TryGetValue(ruleId, out var descriptor) ? descriptor : ProjectRule;

    /// <summary>The descriptor for a configuration, input or suppression problem; <see cref="CannotLint"/> for a code without one.</summary>
    public static DiagnosticDescriptor ForProblem(string code) =>
        s_catalog.Value.Problems.TryGetValue(code, out var descriptor) ? descriptor : CannotLint;

    /// <summary>The rule's own documentation: its heading on its category's page.</summary>
    public static string HelpUri(RuleInfo rule) =>
        $"{DocsUri}rules/{rule.Category.ToId()}.md#{rule.Id.ToLowerInvariant()}-{rule.Name}";

    /// <summary>
    /// The diagnostic category of a creep category: <c>inferred-trait</c> → <c>CreepLint.InferredTrait</c>, which
    /// <c>dotnet_analyzer_diagnostic.category-CreepLint.InferredTrait.severity</c> configures (the key takes no hyphens).
    /// </summary>
    public static string Category(string categoryId) =>
        CategoryPrefix + string.Concat(categoryId.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private sealed class Catalog
    {
        public Catalog(ImmutableArray<RuleInfo> rules)
        {
            var byId = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                // Every finding is a warning by default, whatever the rule's severity: the message's verdict decides whether
                // it is shown as a warning or as a suggestion (Info), and .editorconfig decides what fails a build.
                byId[rule.Id] = new DiagnosticDescriptor(
                    rule.Id, $"{rule.Name} ({rule.Category.ToId()})", "{0}", Category(rule.Category.ToId()), DiagnosticSeverity.Warning,
                    isEnabledByDefault: true, description: rule.Why, helpLinkUri: HelpUri(rule));
            }

            byId[Scoring.ModelBlend.RuleId] = new DiagnosticDescriptor(
                Scoring.ModelBlend.RuleId, "The learned model rates the message creepy", "{0}", CategoryPrefix + "Model", DiagnosticSeverity.Warning,
                isEnabledByDefault: true, description: "No rule matched, but the learned model's probability puts the message over the thresholds.",
                helpLinkUri: DocsUri + "model.md");
            Rules = byId.ToFrozenDictionary(StringComparer.Ordinal);
            Problems = s_problemCodes.ToFrozenDictionary(code => code, code => new DiagnosticDescriptor(
                code, $"CreepLint {code}", "{0}", "CreepLint", DiagnosticSeverity.Warning, isEnabledByDefault: true,
                helpLinkUri: DocsUri + "cli.md#diagnostic-codes"), StringComparer.Ordinal);
            All = [.. Rules.Values.OrderBy(d => d.Id, StringComparer.Ordinal), .. Problems.Values.OrderBy(d => d.Id, StringComparer.Ordinal), CannotLint, ProjectRule, BadAttribute];
        }

        public FrozenDictionary<string, DiagnosticDescriptor> Rules { get; }

        public FrozenDictionary<string, DiagnosticDescriptor> Problems { get; }

        public ImmutableArray<DiagnosticDescriptor> All { get; }
    }
}
