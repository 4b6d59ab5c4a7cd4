using System.Collections.Immutable;
using CreepLint.Cli.Reporting;
using Microsoft.CodeAnalysis;

namespace CreepLint.Analyzers;

/// <summary>Turns the engine's findings and the CLI's problems into diagnostics; the score and verdict are the engine's, carried unchanged.</summary>
internal static class FindingDiagnostics
{
    /// <summary>Diagnostic property: the rule id (also for project rules reported under CL0401), for the code fix.</summary>
    public const string RuleIdProperty = "RuleId";

    /// <summary>
    /// A finding at <paramref name="location"/>. It is a warning when its message's verdict is warn or fail and the
    /// rule's severity is not info, and a suggestion (Info) otherwise; <c>.editorconfig</c> severities apply on top.
    /// </summary>
    /// <param name="finding">The engine's finding.</param>
    /// <param name="location">Where it is written.</param>
    /// <param name="verdict">The message's verdict, after suppressions.</param>
    /// <param name="score">The message's score, after suppressions.</param>
    /// <param name="source">Where the text is written when <paramref name="location"/> is where it is used (a resource string).</param>
    /// <param name="prefix">Names that source at the start of the message.</param>
    public static Diagnostic Finding(Finding finding, Location location, Verdict verdict, int score, Location? source = null, string prefix = "")
    {
        var descriptor = Descriptors.ForRule(finding.RuleId);
        var severity = finding.Severity == Severity.Info || verdict == Verdict.Pass ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
        var own = ReferenceEquals(descriptor, Descriptors.ProjectRule) ? finding.RuleId + ": " : string.Empty;
        var message = $"{prefix}{own}{finding.Message} Instead: {finding.Suggestion} ({finding.Category.ToId()}, score {finding.Score}; message {verdict.Id()}, score {score})";
        var properties = ImmutableDictionary<string, string?>.Empty.Add(RuleIdProperty, finding.RuleId);
        return Diagnostic.Create(descriptor, location, severity, additionalLocations: source is null ? null : [source], properties, message);
    }

    /// <summary>A configuration, input or suppression problem under its own code (<c>CL0205</c>…), at its level.</summary>
    public static Diagnostic Problem(string code, string level, string message, Location location)
    {
        var severity = level switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        var descriptor = Descriptors.ForProblem(code);
        var text = ReferenceEquals(descriptor, Descriptors.CannotLint) ? $"{code}: {message}" : message;
        return Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, text);
    }

    /// <summary>A problem in a configuration or rule file, at its line and column in that file.</summary>
    public static Diagnostic Problem(RuleDiagnostic problem) =>
        Problem(problem.Code, "error", problem.Message, Locations.InFile(problem.File, problem.Line, problem.Column, null));
}
