using CreepLint.Cli;
using CreepLint.Cli.Commands;
using CreepLint.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CreepLint.Analyzers.AdditionalFiles;

/// <summary>
/// Lints each of the project's AdditionalFiles exactly as <c>creeplint lint FILE</c> would (the CLI's own reader,
/// suppressions and re-scoring, <see cref="LintRunner"/>), and reports its findings and problems at their lines and
/// columns in the file. Thread-safe: each file gets its own runner.
/// </summary>
internal sealed class AdditionalFileLinter(LintSession session)
{
    /// <summary>The item metadata that leaves a file out: <c>&lt;AdditionalFiles Include="x" CreepLint="false" /&gt;</c>.</summary>
    public const string OptOutMetadata = "build_metadata.AdditionalFiles.CreepLint";

    /// <summary>
    /// Files other analyzers read that are never marketing text: the configuration itself, the public API and banned
    /// symbol lists, and analyzer settings files.
    /// </summary>
    private static readonly string[] s_otherToolFiles =
        [.. ConfigLocator.FileNames, "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt", "BannedSymbols.txt", "stylecop.json", "NativeMethods.txt", "NativeMethods.json"];

    /// <summary>Whether the analyzer lints <paramref name="file"/>: not another tool's file, and not opted out.</summary>
    public static bool Lints(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var name = Path.GetFileName(file.Path);
        if (Array.Exists(s_otherToolFiles, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return !(options.GetOptions(file).TryGetValue(OptOutMetadata, out var value) && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));
    }

    public void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!Lints(file, context.Options.AnalyzerConfigOptionsProvider))
        {
            return;
        }

        var path = Path.GetFullPath(file.Path);
        var text = file.GetText(context.CancellationToken);
        var runner = new LintRunner(session.Config, session.Engines, session.Known, new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null) { WorkingDirectory = session.Config.Root })
        {
            Threads = 1, // The compiler already analyses files in parallel.
        };
        var summary = runner.Run([path], item =>
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (item.Item.File is { } source && !string.Equals(Path.GetFullPath(source.Path), path, StringComparison.Ordinal))
            {
                return; // A file an mj-include brings in: linted where it is listed itself.
            }

            foreach (var reported in item.Findings)
            {
                if (!reported.IsSuppressed)
                {
                    var location = Locations.InFile(file.Path, reported.Line, reported.Column, text, reported.EndLine, reported.EndColumn);
                    context.ReportDiagnostic(FindingDiagnostics.Finding(reported.Finding, location, item.Verdict, item.Score));
                }
            }
        });

        var display = Cli.Inputs.FileWalker.DisplayPath(path, session.Config.PathBase ?? session.Config.Root);
        foreach (var problem in summary.Problems)
        {
            if (problem.Source == display)
            {
                context.ReportDiagnostic(FindingDiagnostics.Problem(problem.Code, problem.Level, problem.Message, Locations.InFile(file.Path, problem.Line, problem.Column, text)));
            }
        }
    }
}
