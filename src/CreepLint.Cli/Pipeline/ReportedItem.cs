using System.Collections.Immutable;
using CreepLint.Cli.Inputs;
using CreepLint.Suppressions;

namespace CreepLint.Cli.Pipeline;

/// <summary>A finding as reported: positioned in the user's file, fingerprinted, and suppressed or not.</summary>
/// <param name="Finding">The engine's finding (severity after configuration adjustments).</param>
/// <param name="Line">One-based line in the user's file.</param>
/// <param name="Column">One-based column in the user's file.</param>
/// <param name="Fingerprint">The stable identity used by baselines and SARIF.</param>
/// <param name="Suppression">The suppression that silenced it, if any.</param>
/// <param name="EndLine">One-based line of the span's last character in the user's file.</param>
/// <param name="EndColumn">One-based column just past the span's last character (exclusive, as SARIF's <c>endColumn</c>).</param>
internal sealed record ReportedFinding(Finding Finding, int Line, int Column, string Fingerprint, Directive? Suppression, int EndLine = 0, int EndColumn = 0)
{
    public bool IsSuppressed => Suppression is not null;
}

/// <summary>One linted message with its score and verdict after suppressions, baseline and per-path settings.</summary>
internal sealed record ReportedItem(LintItem Item, int Score, Verdict Verdict, ImmutableArray<ReportedFinding> Findings)
{
    /// <summary>The language the message was read as (<see cref="LintResult.Language"/>).</summary>
    public string Language { get; init; } = string.Empty;

    /// <summary>Whether no rule pack reads <see cref="Language"/>, so the message was not linted (<see cref="LintResult.UnsupportedLanguage"/>).</summary>
    public bool UnsupportedLanguage { get; init; }

    /// <summary>"file" or "file#id", as every format names a message.</summary>
    public string Label => Item.Id is null ? Item.Source : $"{Item.Source}#{Item.Id}";

    /// <summary>Findings the baseline accepted: left out of <see cref="Findings"/>, the score and every format but the report page, which shows them struck through.</summary>
    public ImmutableArray<ReportedFinding> Baselined { get; init; } = [];
}

/// <summary>Counts for the summary line and the exit code, accumulated as items stream past.</summary>
internal sealed class RunSummary
{
    public int Files { get; set; }

    public int Messages { get; set; }

    public int Pass { get; set; }

    public int Warn { get; set; }

    public int Fail { get; set; }

    public int Findings { get; set; }

    public int Suppressed { get; set; }

    public int Baselined { get; set; }

    public int MaxScore { get; set; }

    /// <summary>Messages not linted because no rule pack reads their language.</summary>
    public int UnsupportedLanguage { get; set; }

    /// <summary>Messages per language they were read as, in order of first appearance.</summary>
    public Dictionary<string, int> Languages { get; } = new(StringComparer.Ordinal);

    /// <summary>"en 12, de 3", or empty when nothing was linted.</summary>
    public string LanguageCounts() => string.Join(", ", Languages.Select(l => $"{l.Key} {l.Value}"));

    public IReadOnlyList<InputProblem> Problems { get; set; } = [];

    public int ProblemCount { get; set; }

    /// <summary>Files a directory walk left out, by reason: every format that has a summary shows them.</summary>
    public IReadOnlyList<SkippedFiles> Skipped { get; set; } = [];

    /// <summary>How many files a walk left out, whatever the reason.</summary>
    public int SkippedCount => Skipped.Sum(s => s.Count);

    /// <summary>"14 files skipped: unsupported extension .pug; add it to `formats:`", one line per reason.</summary>
    public IEnumerable<string> SkippedLines() =>
        Skipped.Select(s => $"{Reporting.TextReporter.Quantity(s.Count, "file")} skipped: {s.Reason} (e.g. {s.Example})");
    /// <summary>Inputs or messages not fully read or linted (files skipped, lines too long, limits reached): a run with any does not pass.</summary>
    public int Unread { get; set; }

    public void Add(ReportedItem item)
    {
        Messages++;
        MaxScore = Math.Max(MaxScore, item.Score);
        if (item.Language.Length > 0)
        {
            Languages[item.Language] = Languages.GetValueOrDefault(item.Language) + 1;
        }

        if (item.UnsupportedLanguage)
        {
            UnsupportedLanguage++;
        }

        switch (item.Verdict)
        {
            case Verdict.Pass: Pass++; break;
            case Verdict.Warn: Warn++; break;
            default: Fail++; break;
        }

        foreach (var f in item.Findings)
        {
            if (f.IsSuppressed)
            {
                Suppressed++;
            }
            else
            {
                Findings++;
            }
        }
    }
}
