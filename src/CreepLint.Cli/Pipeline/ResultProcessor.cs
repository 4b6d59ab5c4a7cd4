using System.Collections.Immutable;
using CreepLint.Cli.Baselines;
using CreepLint.Cli.Inputs;
using CreepLint.Suppressions;
using CreepLint.Text;

namespace CreepLint.Cli.Pipeline;

/// <summary>
/// Turns engine results into reported items, in input order on one thread: maps positions to the user's file, applies
/// suppressions and the baseline, and re-scores what is left with the engine that linted the item
/// (<see cref="CreepLintEngine.Rescore"/>), so a message nothing silenced reports exactly the engine's score and verdict.
/// Per-path rule settings and thresholds are already in that engine (<see cref="EngineSet"/>).
/// </summary>
internal sealed class ResultProcessor(EngineSet engines, Baseline? baseline, ProblemSink problems)
{
    private readonly HashSet<Directive> _messageDirectives = new(ReferenceEqualityComparer.Instance);
    private readonly List<ReportedFinding> _baselined = [];
    private SourceFile? _currentFile;
    private Inputs.Templates.RewrittenText? _originalOf;
    private LineIndex? _originalLines;

    public ReportedItem Process(LintItem item, LintResult result) =>
        Reported(item, result) with { Language = result.Language, UnsupportedLanguage = result.UnsupportedLanguage };

    private ReportedItem Reported(LintItem item, LintResult result)
    {
        if (!ReferenceEquals(item.File, _currentFile))
        {
            FinishFile();
            _currentFile = item.File;
        }

        if (item.Suppress.Count > 0)
        {
            foreach (var directive in item.Suppress)
            {
                _messageDirectives.Add(directive);
            }
        }

        if (!result.HasFindings)
        {
            return new ReportedItem(Reported(item), result.Score, result.Verdict, []);
        }

        var engine = engines.For(item);
        var reported = ImmutableArray.CreateBuilder<ReportedFinding>(result.Findings.Length);
        var active = new List<Finding>(result.Findings.Length);
        _baselined.Clear();
        foreach (var finding in result.Findings)
        {
            Silence(item, finding, reported, active);
        }

        if (active.Count == result.Findings.Length)
        {
            return new ReportedItem(Reported(item), result.Score, result.Verdict, reported.ToImmutable());
        }

        // Suppressions read the user's file; the engine re-scores, and makes the model's own finding when every rule
        // finding is silenced but the model's part of the score stays (it can be suppressed or baselined like any other).
        var request = new LintRequest(item.Text, item.Kind, item.Format) { Language = result.Language, IgnoreSuppressions = true };
        var modelFinding = false;
        var score = engine.RescoreSilenced(request, result, active, own =>
        {
            modelFinding = true;
            Silence(item, own, reported, active);
        }, engine.Thresholds);
        return new ReportedItem(Reported(item), score.Score, score.Verdict,
            modelFinding ? [.. reported.OrderBy(f => f.Finding.Offset).ThenBy(f => f.Finding.RuleId, StringComparer.Ordinal)] : reported.ToImmutable())
        {
            Baselined = [.. _baselined],
        };
    }

    /// <summary>The item as reports show it: a rewritten template shows the user's own text (its findings are placed in it).</summary>
    private static LintItem Reported(LintItem item) =>
        item.Rewrite is { } rewrite ? item with { Text = rewrite.Original, Rewrite = null } : item;

    /// <summary>Positions and fingerprints a finding, then drops it (baselined), reports it suppressed, or keeps it active.</summary>
    private void Silence(LintItem item, Finding engineFinding, ImmutableArray<ReportedFinding>.Builder reported, List<Finding> active)
    {
        var finding = engineFinding;
        var rule = engines.All.RuleById(finding.RuleId);
        var shown = item;
        if (item.Rewrite is { } rewrite)
        {
            _originalLines = ReferenceEquals(_originalOf, rewrite) ? _originalLines : new LineIndex(rewrite.Original);
            _originalOf = rewrite;
            finding = rewrite.ToSource(finding, _originalLines!);
            shown = Reported(item);
        }

        var (line, column) = shown.Position(finding);
        var (endLine, endColumn) = shown.EndPosition(finding);
        var fingerprint = Fingerprint.Of(finding.RuleId, finding.Excerpt, item.Text, item.File?.FingerprintPath ?? item.Source, item.Id);
        var suppression = FindSuppression(item, rule, finding.RuleId, line);
        if (suppression is null && baseline?.Consume(fingerprint) == true)
        {
            _baselined.Add(new ReportedFinding(finding, line, column, fingerprint, null, endLine, endColumn));
            return;
        }

        if (suppression is null)
        {
            active.Add(engineFinding); // Re-scored in the engine's own coordinates.
        }

        reported.Add(new ReportedFinding(finding, line, column, fingerprint, suppression, endLine, endColumn));
    }

    /// <summary>Reports the unused suppressions of the last file; call once after the last item.</summary>
    public void FinishFile()
    {
        foreach (var directive in _messageDirectives)
        {
            ReportUnused(_currentFile, directive);
        }

        _messageDirectives.Clear();
        if (_currentFile is null)
        {
            return;
        }

        foreach (var directive in _currentFile.Directives)
        {
            ReportUnused(_currentFile, directive);
        }

        _currentFile = null;
    }

    private static Directive? FindSuppression(LintItem item, RuleInfo? rule, string ruleId, int line) =>
        DirectiveParser.Covering(item.Suppress, rule, ruleId, line) ?? (item.File is { } file ? DirectiveParser.Covering(file.Directives, rule, ruleId, line) : null);

    private void ReportUnused(SourceFile? file, Directive directive)
    {
        if (!directive.Used)
        {
            problems.Add(new InputProblem(file?.DisplayPath ?? "-", directive.Line, directive.Column,
                $"{directive.Describe()} suppresses nothing; remove it (the finding it was written for is gone)", "CL0302", "warning"));
            directive.Used = true; // Report once, even when several parts share the directive.
        }
    }
}
