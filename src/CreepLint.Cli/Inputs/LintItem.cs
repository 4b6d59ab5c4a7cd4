namespace CreepLint.Cli.Inputs;

/// <summary>One text to lint and where it came from.</summary>
/// <param name="Source">The file path (or "-" for standard input) as reports show it.</param>
/// <param name="Id">The message id inside the source (a JSONL id or catalog path such as <c>spring-sale/subject</c>), if any.</param>
/// <param name="Kind">Message or rationale.</param>
/// <param name="Text">The text.</param>
/// <param name="Format">How the text is marked up.</param>
/// <param name="Line">One-based line in the source file where <see cref="Text"/> starts.</param>
/// <param name="Column">One-based column in the source file where <see cref="Text"/> starts.</param>
internal sealed record LintItem(string Source, string? Id, MessageKind Kind, string Text, TextFormat Format, int Line = 1, int Column = 1)
{
    /// <summary>The file the item came from: suppressions, overrides and paths shared by its items.</summary>
    public SourceFile? File { get; init; }

    /// <summary>Maps positions in <see cref="Text"/> to positions in the user's file.</summary>
    public SourceMap? Map { get; init; }

    /// <summary>The channel (subject, preheader, body, sms, push, rationale), when the source says.</summary>
    public string? Channel { get; init; }

    /// <summary>Suppressions written on the message itself (a catalog's <c>suppress:</c> list).</summary>
    public IReadOnlyList<Suppressions.Directive> Suppress { get; init; } = [];

    /// <summary>The source position of a finding.</summary>
    public (int Line, int Column) Position(Finding finding) =>
        Map?.Map(this, finding) ?? (finding.Line == 1 ? (Line, Column + finding.Column - 1) : (Line + finding.Line - 1, finding.Column));
}

/// <summary>A problem reading an input or a note about it; the input is skipped or read as well as possible, the others are still linted.</summary>
/// <param name="Source">The file.</param>
/// <param name="Line">One-based line, 0 when the problem is about the whole file.</param>
/// <param name="Column">One-based column, 0 when the problem is about the whole file.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Code">A stable code such as <c>CL0204</c>.</param>
/// <param name="Level"><c>error</c>, <c>warning</c> or <c>note</c>.</param>
internal sealed record InputProblem(string Source, int Line, int Column, string Message, string Code = "CL0200", string Level = "error");
