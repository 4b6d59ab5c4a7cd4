using System.Collections.Concurrent;
using System.Collections.Immutable;
using CreepLint.Cli.Commands;
using CreepLint.Cli.Inputs;
using CreepLint.Suppressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CreepLint.Analyzers.CSharp;

/// <summary>
/// Lints the text that flows into members marked <c>[MessageTemplate]</c> in one compilation: arguments, assignments
/// (object initializers too), field, property and parameter initializers, and returns (expression-bodied members too).
/// Thread-safe: operation actions run concurrently.
/// </summary>
internal sealed class CampaignCode(LintSession session, INamedTypeSymbol? attribute, ResourceStrings resources)
{
    /// <summary>The operations a value can flow into a member through.</summary>
    public static readonly ImmutableArray<OperationKind> Kinds =
    [
        OperationKind.Argument, OperationKind.SimpleAssignment, OperationKind.FieldInitializer, OperationKind.PropertyInitializer,
        OperationKind.ParameterInitializer, OperationKind.Return,
    ];

    /// <summary>Findings already reported, so a constant that flows into several members is reported once where it is written.</summary>
    private readonly ConcurrentDictionary<(SyntaxTree Tree, int Start, int Length, string RuleId, int InResource), byte> _reported = new();

    private readonly ConcurrentDictionary<SyntaxTree, TreeState> _trees = new();

    /// <summary>Lints the value of one operation when it flows into a marked member.</summary>
    public void Analyze(OperationAnalysisContext context)
    {
        var (target, value) = Flow(context.Operation, context.ContainingSymbol);
        if (value is null || MessageTarget.Of(target, attribute) is not { } message)
        {
            return;
        }

        if (message.Problem is not null)
        {
            var at = message.Attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? value.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.BadAttribute, at, message.Problem));
            return;
        }

        if (resources.Find(Unwrap(value), message.Kind, context.CancellationToken) is { } resource)
        {
            LintResource(context, resource.Item, resource.File, message, value);
            return;
        }

        foreach (var text in MessageText.From(value))
        {
            Lint(context, text, message, value);
        }
    }

    private static IOperation Unwrap(IOperation value) => value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : value;

    /// <summary>
    /// A resource string that flows into a marked member: linted with the member's kind and channel, reported where it is
    /// used (the squiggle is on the code that sends it) with its position in the <c>.resx</c> as an additional location.
    /// </summary>
    private void LintResource(OperationAnalysisContext context, LintItem item, AdditionalText file, MessageTarget target, IOperation value)
    {
        var engine = session.Engines.For(State(value.Syntax.SyntaxTree, context.CancellationToken).File, target.Channel);
        var result = engine.Lint(new LintRequest(item.Text, target.Kind, item.Format));
        var text = file.GetText(context.CancellationToken);
        var used = value.Syntax.GetLocation();
        Report(context, engine, result, _ => used, finding =>
        {
            var (line, column) = item.Position(finding);
            var (endLine, endColumn) = item.EndPosition(finding);
            return (Locations.InFile(file.Path, line, column, text, endLine, endColumn), $"{Path.GetFileName(file.Path)}({line},{column}) '{item.Id}': ");
        });
    }

    /// <summary>Reports the suppression comments of a tree that lack a reason or name no rule (as the CLI does for templates).</summary>
    public void ReportSuppressionProblems(SyntaxTreeAnalysisContext context)
    {
        var state = State(context.Tree, context.CancellationToken);
        foreach (var problem in state.DirectiveProblems)
        {
            var line = context.Tree.GetText(context.CancellationToken).Lines[Math.Max(0, problem.Line - 1)];
            var start = Math.Min(line.Start + Math.Max(0, problem.Column - 1), line.End);
            var location = Location.Create(context.Tree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, line.End));
            context.ReportDiagnostic(FindingDiagnostics.Problem(problem.Code, problem.Level, problem.Message, location));
        }
    }

    /// <summary>The member a value flows into and the value, for the operations in <see cref="Kinds"/>.</summary>
    internal static (ISymbol? Target, IOperation? Value) Flow(IOperation operation, ISymbol? containingSymbol) => operation switch
    {
        IArgumentOperation { ArgumentKind: ArgumentKind.Explicit } argument => (argument.Parameter, argument.Value),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation p } assignment => (p.Property, assignment.Value),
        ISimpleAssignmentOperation { Target: IFieldReferenceOperation f } assignment => (f.Field, assignment.Value),
        IFieldInitializerOperation { InitializedFields: [var field, ..] } initializer => (field, initializer.Value),
        IPropertyInitializerOperation { InitializedProperties: [var property, ..] } initializer => (property, initializer.Value),
        IParameterInitializerOperation initializer => (initializer.Parameter, initializer.Value),
        IReturnOperation { ReturnedValue: { } returned } ret when !InsideFunction(ret) => (containingSymbol, returned),
        _ => (null, null),
    };

    /// <summary>Whether a return belongs to a lambda or local function rather than to the member being analysed.</summary>
    private static bool InsideFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private void Lint(OperationAnalysisContext context, MessageText text, MessageTarget target, IOperation value)
    {
        var tree = value.Syntax.SyntaxTree;
        var state = State(tree, context.CancellationToken);
        var engine = session.Engines.For(state.File, target.Channel);
        var result = engine.Lint(new LintRequest(text.Text, target.Kind));
        ReportLimits(context, text, target, result, value);
        if (!result.HasFindings)
        {
            return;
        }

        Report(context, engine, result, f => text.Locate(f.Offset, f.Length), null);
    }

    /// <summary>
    /// Reports the findings no suppression comment covers, with the verdict and score of the message without the
    /// suppressed ones (scored again by the engine that linted it, as the CLI does); each finding once per location.
    /// </summary>
    private void Report(OperationAnalysisContext context, CreepLintEngine engine, LintResult result, Func<Finding, Location> locate, Func<Finding, (Location Source, string Prefix)>? source)
    {
        var located = new List<(Finding Finding, Location Location)>(result.Findings.Length);
        var active = new List<Finding>(result.Findings.Length);
        foreach (var finding in result.Findings)
        {
            var location = locate(finding);
            if (!Suppressed(location, finding))
            {
                located.Add((finding, location));
                active.Add(finding);
            }
        }

        var scored = active.Count == result.Findings.Length ? result : engine.Rescore(result, active);
        foreach (var (finding, location) in located)
        {
            var (where, prefix) = source?.Invoke(finding) ?? (null!, string.Empty);
            if (_reported.TryAdd((location.SourceTree!, location.SourceSpan.Start, location.SourceSpan.Length, finding.RuleId, where?.SourceSpan.Start ?? -1), 0))
            {
                context.ReportDiagnostic(FindingDiagnostics.Finding(finding, location, scored.Verdict, scored.Score, where, prefix));
            }
        }
    }

    private bool Suppressed(Location location, Finding finding)
    {
        var state = State(location.SourceTree!, default);
        if (state.Directives.Count == 0)
        {
            return false;
        }

        var line = location.GetLineSpan().StartLinePosition.Line + 1;
        session.Rules.TryGetValue(finding.RuleId, out var rule);
        foreach (var directive in state.Directives)
        {
            if (directive.Covers(rule, finding.RuleId, line))
            {
                directive.Used = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>CL0210 and CL0213 as the CLI reports them, on the whole value: the message was linted in part, or holds bidirectional controls.</summary>
    private static void ReportLimits(OperationAnalysisContext context, MessageText text, MessageTarget target, LintResult result, IOperation value)
    {
        if (result.LimitsHit == LintLimits.None)
        {
            return;
        }

        var item = new LintItem(string.Empty, null, target.Kind, text.Text, TextFormat.Auto);
        var problems = new List<InputProblem>(2);
        if ((result.LimitsHit & ~LintLimits.BidiControls) != LintLimits.None)
        {
            problems.Add(LintRunner.LimitProblem(item, result.LimitsHit & ~LintLimits.BidiControls));
        }

        if (result.LimitsHit.HasFlag(LintLimits.BidiControls))
        {
            problems.Add(LintRunner.BidiProblem(item));
        }

        foreach (var problem in problems)
        {
            context.ReportDiagnostic(FindingDiagnostics.Problem(problem.Code, problem.Level, problem.Message, value.Syntax.GetLocation()));
        }
    }

    private TreeState State(SyntaxTree tree, CancellationToken cancellationToken) =>
        _trees.GetOrAdd(tree, t => TreeState.Create(session, t, cancellationToken));

    /// <summary>A C# file as the CLI sees an input: its settings from the configuration's overrides, and its suppression comments.</summary>
    private sealed record TreeState(SourceFile File, IReadOnlyList<Directive> Directives, IReadOnlyList<InputProblem> DirectiveProblems)
    {
        public static TreeState Create(LintSession session, SyntaxTree tree, CancellationToken cancellationToken)
        {
            var path = tree.FilePath.Length > 0 ? tree.FilePath : "campaign.cs";
            var display = FileWalker.DisplayPath(path, session.Config.PathBase ?? session.Config.Root);
            var file = SourceFile.Create(session.Config, path, display);
            var text = tree.GetText(cancellationToken).ToString();
            if (!DirectiveParser.MayContain(text))
            {
                return new TreeState(file, [], []);
            }

            var problems = new ProblemSink();
            var directives = DirectiveParser.Parse(text, session.Known, problems.For(display));
            return new TreeState(file, directives, problems.Items);
        }
    }
}
