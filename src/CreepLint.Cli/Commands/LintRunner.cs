using CreepLint.Cli.Baselines;
using CreepLint.Configuration;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Pipeline;
using CreepLint.Suppressions;

namespace CreepLint.Cli.Commands;

/// <summary>Reads, lints and post-processes every input, handing each reported item to a callback in input order.</summary>
internal sealed class LintRunner(CreepLintConfig config, EngineSet engines, KnownRules known, CliContext context)
{
    public Baseline? Baseline { get; init; }

    public MessageKind DefaultKind { get; init; } = MessageKind.Message;

    public string? TextColumn { get; init; }

    public string? IdColumn { get; init; }

    /// <summary>Threads that parse and lint; 1 runs everything on the calling thread.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Texts of files open in an editor, read instead of the disk (<see cref="InputReader.Open"/>).</summary>
    public IReadOnlyDictionary<string, string>? Open { get; init; }

    /// <summary>Stops the run between messages (the language server drops a run a newer edit made stale).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Called after each message, with the number linted so far (drives the progress bar).</summary>
    public Action<int>? Progress { get; set; }

    public RunSummary Run(IReadOnlyList<string> paths, Action<ReportedItem> onItem)
    {
        var readerProblems = new ProblemSink();
        var reader = new InputReader(config, known, readerProblems, context.WorkingDirectory, context.In)
        {
            DefaultKind = DefaultKind,
            TextColumn = TextColumn,
            IdColumn = IdColumn,
            Open = Open,
        };

        // Input problems in input order, then the unused suppressions found while processing results.
        var problems = new ProblemSink();
        var unused = new ProblemSink();
        var processor = new ResultProcessor(engines, Baseline, unused);
        var summary = new RunSummary();
        foreach (var batch in LintPipeline.Run(engines, reader.Read(paths.Count == 0 ? ["."] : paths), readerProblems, Threads))
        {
            batch.Problems.MoveTo(problems);
            foreach (var (item, result) in batch.Results)
            {
                Cancellation.ThrowIfCancellationRequested();
                if ((result.LimitsHit & ~LintLimits.BidiControls) != LintLimits.None)
                {
                    problems.Add(LimitProblem(item, result.LimitsHit & ~LintLimits.BidiControls));
                }

                if (result.LimitsHit.HasFlag(LintLimits.BidiControls))
                {
                    problems.Add(BidiProblem(item));
                }

                if (result.UnsupportedLanguage)
                {
                    problems.Add(LanguageProblem(item, result.Language, config.FailOnUnsupportedLanguage, engines.All.Languages, identified: engines.LanguageFor(item.Language) is null));
                }

                var reported = processor.Process(item, result);
                summary.Add(reported);
                onItem(reported);
                Progress?.Invoke(summary.Messages);
            }
        }

        processor.FinishFile();
        unused.MoveTo(problems);
        summary.Files = reader.FileCount;
        summary.Skipped = reader.Skipped.Items;
        summary.Baselined = Baseline?.Matched ?? 0;
        summary.Problems = problems.Items;
        summary.ProblemCount = problems.Count;
        summary.Unread = problems.Unread;
        return summary;
    }

    /// <summary>
    /// CL0213: the message holds bidirectional controls, so readers may see its words in another order than the one linted.
    /// A warning naming the span from the first control to the last; the verdict is at least warn (the engine's limit flag).
    /// </summary>
    internal static InputProblem BidiProblem(LintItem item)
    {
        var text = item.Text;
        int first = -1, last = -1, count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                first = first < 0 ? i : first;
                last = i;
                count++;
            }
        }

        var label = item.Id is null ? "the message" : $"message '{item.Id}'";
        if (first < 0)
        {
            // Written as a character reference (&#8238;): the engine saw it decoded.
            return new InputProblem(item.Source, item.Line, item.Column,
                $"{label} holds bidirectional controls written as character references; readers may see its words in another order than the one linted (verdict at least warn)", "CL0213", "warning");
        }

        var (startLine, startColumn) = item.Position(At(text, first));
        var (endLine, endColumn) = item.Position(At(text, last));
        return new InputProblem(item.Source, startLine, startColumn,
            $"{label} holds {count} bidirectional control character{(count == 1 ? string.Empty : "s")} (U+{(int)text[first]:X4} … U+{(int)text[last]:X4}, {startLine}:{startColumn} to {endLine}:{endColumn}) " +
            "that can show its words in another order than the one linted; it may hide text (verdict at least warn)", "CL0213", "warning");
    }

    private static Finding At(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Finding(string.Empty, default, default, 0, offset, 1, line, offset - lineStart + 1, string.Empty, string.Empty, string.Empty);
    }

    /// <summary>
    /// CL0214: no rule pack reads the message's language, so it was not linted. A note, counted in the summary; an error
    /// that leaves the run unread (exit 2) with <c>--fail-on-unsupported-language</c>.
    /// </summary>
    internal static InputProblem LanguageProblem(LintItem item, string language, bool fail, IReadOnlyList<string> packs, bool identified)
    {
        var label = item.Id is null ? "the message" : $"message '{item.Id}'";
        var how = identified
            ? $"identified from its text; if that is wrong, give it 'lang' or set 'language:'"
            : "as its 'lang' or the configuration says";
        return new InputProblem(item.Source, item.Line, item.Column,
            $"not linted: language {language} has no rule pack ({label}, {how}; packs: {string.Join(", ", packs)})", "CL0214", fail ? "error" : "note");
    }

    /// <summary>CL0210: the engine reached a named limit on this message, so its verdict is partial (and at least warn).</summary>
    internal static InputProblem LimitProblem(LintItem item, LintLimits limits)
    {
        var what = new List<string>(3);
        if (limits.HasFlag(LintLimits.TextTruncated))
        {
            what.Add($"only its first {Limits.MaxMessageLength:N0} characters were linted (Limits.MaxMessageLength)"); // Long texts are windowed; kept should that change.
        }

        if (limits.HasFlag(LintLimits.FindingsCapped))
        {
            what.Add($"it has more than {Limits.MaxFindingsPerMessage} findings and only the first {Limits.MaxFindingsPerMessage} are reported");
        }

        if (limits.HasFlag(LintLimits.RegexTimedOut))
        {
            what.Add($"a rule's pattern ran past {Limits.RegexTimeout.TotalMilliseconds:N0} ms and was skipped for it");
        }

        var label = item.Id is null ? "the message" : $"message '{item.Id}'";
        return new InputProblem(item.Source, item.Line, item.Column, $"{label} was not linted in full: {string.Join("; ", what)}", "CL0210");
    }
}
