using CreepLint.Cli.Inputs;

namespace CreepLint.Cli.Reporting;

/// <summary>One linted text and its result.</summary>
internal sealed record LintedItem(LintItem Item, LintResult Result);

/// <summary>Everything a reporter needs: results in input order, input problems and counts.</summary>
internal sealed record LintRun(IReadOnlyList<LintedItem> Items, IReadOnlyList<InputProblem> Problems, int FileCount, CreepLintEngine Engine)
{
    public int Count(Verdict verdict) => Items.Count(i => i.Result.Verdict == verdict);
}

/// <summary>Writes a lint run in one output format.</summary>
internal interface IReporter
{
    void Write(LintRun run, TextWriter output);
}
