using System.Collections.Concurrent;
using System.Collections.Immutable;
using CreepLint.Cli.Commands;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Pipeline;
using CreepLint.Cli.Reporting;

namespace CreepLint.Cli.Lsp;

/// <summary>A finding shown in the editor, with what hover and code actions need to know about it.</summary>
internal sealed record FlaggedSpan(Diagnostic Diagnostic, ReportedFinding Finding, RuleInfo? Rule, ReportedItem Item);

/// <summary>An input problem shown in the editor (an unused suppression, a template construct not understood).</summary>
internal sealed record ProblemSpan(Diagnostic Diagnostic, InputProblem Problem);

/// <summary>One lint of one version of a document: its diagnostics, and the configuration's own problems when it could not be loaded.</summary>
internal sealed record LintOutcome(
    string Uri, int Version, InputFormat Format, ImmutableArray<FlaggedSpan> Findings, ImmutableArray<ProblemSpan> Problems,
    LintProject Project, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Lints an open document exactly as <c>creeplint lint FILE</c> lints the file (the same <see cref="LintRunner"/>, reading
/// the editor's text instead of the disk) and turns what it reports into LSP diagnostics. One <see cref="LintProject"/>
/// per configuration, shared by the documents it governs. Thread-safe.
/// </summary>
internal sealed class DocumentLinter(string? workspaceRoot)
{
    /// <summary>Tag every diagnostic carries, so editors show where it came from.</summary>
    public const string Source = "creeplint";

    private readonly ConcurrentDictionary<string, LintProject> _projects = new(StringComparer.Ordinal);

    /// <summary>Forgets every loaded configuration: the next lint of each file loads its configuration again.</summary>
    public void Reload() => _projects.Clear();

    /// <summary>The configuration governing <paramref name="path"/>, loaded once and reloaded when its file changed.</summary>
    public LintProject ProjectFor(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(path) ?? "/";
        var workingDirectory = WorkingDirectoryFor(path);
        var key = (CreepLint.Configuration.ConfigLocator.Find(directory) ?? string.Empty) + "\n" + workingDirectory;
        if (_projects.TryGetValue(key, out var project) && !project.IsStale())
        {
            return project;
        }

        project = LintProject.Load(directory, workingDirectory);
        _projects[key] = project;
        return project;
    }

    /// <summary>Lints <paramref name="text"/> as the content of <paramref name="path"/>; throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public LintOutcome Lint(string uri, string path, int version, string text, CancellationToken cancellation)
    {
        var project = ProjectFor(path);
        var document = new TextDocument(uri, path, version, text);
        if (project.Failed)
        {
            return new LintOutcome(uri, version, InputFormat.None, [], [], project, [ConfigFailure(project)]);
        }

        var config = project.Config!;
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null) { WorkingDirectory = project.WorkingDirectory };
        var runner = new LintRunner(config, project.Engines!, project.Known!, context)
        {
            Baseline = project.NewBaseline(),
            Threads = 1,
            Open = new Dictionary<string, string>(1, StringComparer.Ordinal) { [path] = text },
            Cancellation = cancellation,
        };

        var display = FileWalker.DisplayPath(path, config.PathBase ?? project.WorkingDirectory);
        var findings = ImmutableArray.CreateBuilder<FlaggedSpan>();
        var summary = runner.Run([path], item =>
        {
            if (!string.Equals(item.Item.Source, display, StringComparison.Ordinal))
            {
                return; // A partial an mj-include brought in: its findings belong to its own file.
            }

            foreach (var finding in item.Findings)
            {
                if (!finding.IsSuppressed)
                {
                    project.Rules.TryGetValue(finding.Finding.RuleId, out var rule);
                    findings.Add(new FlaggedSpan(ToDiagnostic(document, item, finding, rule), finding, rule, item));
                }
            }
        });

        var problems = ImmutableArray.CreateBuilder<ProblemSpan>();
        foreach (var problem in summary.Problems)
        {
            if (string.Equals(problem.Source, display, StringComparison.Ordinal))
            {
                problems.Add(new ProblemSpan(ToDiagnostic(document, problem), problem));
            }
        }

        var diagnostics = ImmutableArray.CreateRange(findings.Select(f => f.Diagnostic).Concat(problems.Select(p => p.Diagnostic)));
        var format = InputFormats.ForExplicit(FileWalker.FormatOf(config, path)); // Read as a file named on the command line.
        return new LintOutcome(uri, version, format, findings.ToImmutable(), problems.ToImmutable(), project, diagnostics);
    }

    /// <summary>The diagnostics for a configuration's own files (the configuration, a rule file, the baseline), by file URI.</summary>
    public static IEnumerable<(string Uri, Diagnostic[] Diagnostics)> ConfigDiagnostics(LintProject project)
    {
        foreach (var group in project.Problems.GroupBy(p => System.IO.Path.GetFullPath(p.File, project.WorkingDirectory), StringComparer.Ordinal))
        {
            yield return (new Uri(group.Key).AbsoluteUri, [.. group.Select(p =>
            {
                var at = new Position(Math.Max(0, p.Line - 1), Math.Max(0, p.Column - 1));
                return new Diagnostic(new Range(at, at), Protocol.SeverityError, p.Code, null, Source, p.Message);
            })]);
        }
    }

    /// <summary>A finding's diagnostic: CLI line and column (one-based, UTF-16) become LSP's zero-based ones.</summary>
    internal static Diagnostic ToDiagnostic(TextDocument document, ReportedItem item, ReportedFinding reported, RuleInfo? rule)
    {
        var f = reported.Finding;
        var start = Clamp(document, reported.Line, reported.Column);
        var end = reported.EndLine > 0 ? Clamp(document, reported.EndLine, reported.EndColumn) : document.PositionOf(document.OffsetOf(start) + f.Length);
        var severity = f.Severity switch
        {
            Severity.Error => Protocol.SeverityError,
            Severity.Warning => Protocol.SeverityWarning,
            _ => Protocol.SeverityInformation,
        };
        var link = rule is null ? null : new CodeDescription(RuleExplanation.DocUri(rule));
        var data = new DiagnosticData(reported.Fingerprint, f.Score, item.Score, item.Verdict.Id(), item.Item.Id);
        return new Diagnostic(new Range(start, end), severity, f.RuleId, link, Source, f.Message, data);
    }

    /// <summary>An input problem's diagnostic: from its position to the end of that line (the whole first line when it has none).</summary>
    internal static Diagnostic ToDiagnostic(TextDocument document, InputProblem problem)
    {
        var start = problem.Line > 0 ? Clamp(document, problem.Line, Math.Max(1, problem.Column)) : new Position(0, 0);
        var end = new Position(start.Line, document.Line(start.Line).Length);
        var severity = problem.Level switch
        {
            "error" => Protocol.SeverityError,
            "warning" => Protocol.SeverityWarning,
            _ => Protocol.SeverityInformation,
        };
        return new Diagnostic(new Range(start, end), severity, problem.Code, new CodeDescription($"{SarifReporter.ProjectUri}/blob/main/docs/cli.md"), Source, problem.Message);
    }

    private static Diagnostic ConfigFailure(LintProject project)
    {
        var where = project.ConfigFile is null ? "the configuration" : $"the configuration {project.ConfigFile}";
        var message = project.Failure is { } failure
            ? $"creeplint did not lint this file: {failure}"
            : $"creeplint did not lint this file: {where} has {project.Problems.Length} problem{(project.Problems.Length == 1 ? string.Empty : "s")} (shown in the files they are in): " +
              string.Join("; ", project.Problems.Take(3).Select(p => p.ToString()));
        return new Diagnostic(new Range(default, default), Protocol.SeverityError, "CL0100", new CodeDescription($"{SarifReporter.ProjectUri}/blob/main/docs/editors.md"), Source, message);
    }

    /// <summary>A one-based CLI position as an LSP position inside the document (a column past the line's end is its end).</summary>
    private static Position Clamp(TextDocument document, int line, int column) =>
        document.PositionOf(document.OffsetOf(new Position(line - 1, column - 1)));

    private string WorkingDirectoryFor(string path)
    {
        if (workspaceRoot is not null)
        {
            var relative = System.IO.Path.GetRelativePath(workspaceRoot, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(relative))
            {
                return workspaceRoot;
            }
        }

        return System.IO.Path.GetDirectoryName(path) ?? "/";
    }
}
