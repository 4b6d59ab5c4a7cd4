using System.Collections.Immutable;
using CreepLint.Analyzers.AdditionalFiles;
using CreepLint.Analyzers.CSharp;
using CreepLint.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CreepLint.Analyzers;

/// <summary>
/// Reports CreepLint's findings as diagnostics: in C# text that flows into members marked <c>[MessageTemplate]</c>, and
/// in every AdditionalFiles item (templates, catalogs, JSON Lines…) as the CLI reads it. The project's
/// <c>.creeplint.yaml</c>, listed as an AdditionalFile (the package adds the nearest one), configures both.
/// </summary>
/// <remarks>
/// Fails closed and never with AD0001: a configuration, rule or model problem is reported at its position (or as
/// CL0400) and nothing is linted; an unexpected failure while linting one file is CL0400 on that file.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CreepLintAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The MSBuild property the package makes visible to the analyzer: relative paths in a project without configuration start there.</summary>
    public const string ProjectDirectoryOption = "build_property.MSBuildProjectDirectory";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var config = context.Options.AdditionalFiles.FirstOrDefault(IsConfig);
        LintSession session;
        string? failure = null;
        try
        {
            session = LintSession.Get(config?.Path, config?.GetText(context.CancellationToken)?.ToString(), ProjectDirectory(context.Options, context.Compilation));
        }
#pragma warning disable CA1031 // Fail closed with one clear diagnostic rather than AD0001.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            session = null!;
            failure = $"CreepLint could not start: {ex.GetType().Name}: {ex.Message}";
        }

        if (failure is not null || !session.CanLint)
        {
            ReportSetupProblems(context, config, session, failure);
            return;
        }

        var code = new CampaignCode(session, context.Compilation.GetTypeByMetadataName(MessageTemplateAttributeGenerator.AttributeName),
            new ResourceStrings(session, context.Options.AdditionalFiles));
        context.RegisterOperationAction(c => Guard(c.ReportDiagnostic, c.Operation.Syntax.GetLocation(), () => code.Analyze(c)), CampaignCode.Kinds);
        context.RegisterSyntaxTreeAction(c => Guard(c.ReportDiagnostic, Location.Create(c.Tree, default), () => code.ReportSuppressionProblems(c)));
        var files = new AdditionalFileLinter(session);
        context.RegisterAdditionalFileAction(c => Guard(c.ReportDiagnostic, Location.Create(c.AdditionalFile.Path, default, default), () => files.Analyze(c)));
    }

    /// <summary>The configuration, with its problems reported in it; without one, the failure at compilation end.</summary>
    private static void ReportSetupProblems(CompilationStartAnalysisContext context, AdditionalText? config, LintSession? session, string? failure)
    {
        failure ??= session!.Failure;
        if (config is not null)
        {
            context.RegisterAdditionalFileAction(c =>
            {
                if (!ReferenceEquals(c.AdditionalFile, config) && c.AdditionalFile.Path != config.Path)
                {
                    return;
                }

                foreach (var problem in session?.Problems ?? [])
                {
                    c.ReportDiagnostic(FindingDiagnostics.Problem(problem));
                }

                if (failure is not null)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.CannotLint, Location.Create(config.Path, default, default), failure));
                }
            });
            return;
        }

        context.RegisterCompilationEndAction(c =>
        {
            foreach (var problem in session?.Problems ?? [])
            {
                c.ReportDiagnostic(FindingDiagnostics.Problem(problem));
            }

            if (failure is not null)
            {
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.CannotLint, Location.None, failure));
            }
        });
    }

    private static bool IsConfig(AdditionalText file) =>
        Array.Exists(ConfigLocator.FileNames, n => string.Equals(n, Path.GetFileName(file.Path), StringComparison.OrdinalIgnoreCase));

    private static string ProjectDirectory(AnalyzerOptions options, Compilation compilation)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ProjectDirectoryOption, out var directory) && directory.Length > 0)
        {
            return directory;
        }

        // Without the package's build props (a bare compiler run): the first source file's directory.
        var first = compilation.SyntaxTrees.FirstOrDefault(t => Path.IsPathRooted(t.FilePath));
        return first is null ? Path.GetFullPath(".") : Path.GetDirectoryName(first.FilePath)!;
    }

    /// <summary>Runs an action; a failure becomes CL0400 at <paramref name="location"/> instead of the compiler's AD0001.</summary>
    private static void Guard(Action<Diagnostic> report, Location location, Action action)
    {
        try
        {
            action();
        }
#pragma warning disable CA1031 // Fail closed with one clear diagnostic rather than AD0001.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            report(Diagnostic.Create(Descriptors.CannotLint, location, $"CreepLint could not lint this file: {ex.GetType().Name}: {ex.Message}"));
        }
    }
}
