using System.Collections.Immutable;
using CreepLint.Cli.Baselines;
using CreepLint.Cli.Config;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Suppressions;
using CreepLint.Scoring;

namespace CreepLint.Cli.Pipeline;

/// <summary>
/// Turns engine results into reported items, in input order on one thread: maps positions to the user's file, applies
/// per-path rule settings, suppressions and the baseline, then re-scores what is left with the channel's thresholds.
/// </summary>
internal sealed class ResultProcessor(CreepLintEngine engine, CreepLintConfig config, Baseline? baseline, ProblemSink problems)
{
    private readonly Dictionary<string, RuleInfo> _rules = engine.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    private readonly HashSet<Directive> _messageDirectives = new(ReferenceEqualityComparer.Instance);
    private SourceFile? _currentFile;

    public ReportedItem Process(LintItem item, LintResult result)
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

        var thresholds = Thresholds(item);
        if (!result.HasFindings)
        {
            return new ReportedItem(item, 0, thresholds.Classify(0), []);
        }

        var adjustments = item.File?.Adjustments ?? config.Adjustments;

        var reported = ImmutableArray.CreateBuilder<ReportedFinding>(result.Findings.Length);
        var active = new List<Finding>(result.Findings.Length);
        foreach (var original in result.Findings)
        {
            _rules.TryGetValue(original.RuleId, out var rule);
            if (rule is not null && adjustments.IsDisabled(rule))
            {
                continue;
            }

            var finding = rule is null ? original : original with { Severity = adjustments.SeverityOf(rule, original.Severity) };
            var (line, column) = item.Position(finding);
            var fingerprint = Fingerprint.Compute(finding.RuleId, finding.Excerpt, item.File?.FingerprintPath ?? item.Source, item.Id);
            var suppression = FindSuppression(item, rule, finding.RuleId, line);
            if (suppression is null && baseline?.Consume(fingerprint) == true)
            {
                continue;
            }

            if (suppression is null)
            {
                active.Add(finding);
            }

            reported.Add(new ReportedFinding(finding, line, column, fingerprint, suppression));
        }

        var score = active.Count == 0 ? 0 : MessageScore.Combine(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(active));
        return new ReportedItem(item, score, thresholds.Classify(score), reported.ToImmutable());
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

    private Thresholds Thresholds(LintItem item)
    {
        var channel = item.File?.Channel ?? item.Channel;
        if (channel is not null && config.Channels.TryGetValue(channel, out var byChannel))
        {
            return byChannel;
        }

        return item.File?.Thresholds ?? config.Thresholds;
    }

    private static Directive? FindSuppression(LintItem item, RuleInfo? rule, string ruleId, int line)
    {
        foreach (var directive in item.Suppress)
        {
            if (directive.Covers(rule, ruleId, line))
            {
                directive.Used = true;
                return directive;
            }
        }

        if (item.File is { } file)
        {
            foreach (var directive in file.Directives)
            {
                if (directive.Covers(rule, ruleId, line))
                {
                    directive.Used = true;
                    return directive;
                }
            }
        }

        return null;
    }

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
