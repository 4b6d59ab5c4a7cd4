namespace CreepLint.Cli.Inputs;

/// <summary>One text to lint and where it came from.</summary>
/// <param name="Source">The file path (or "-" for standard input) as the user gave it.</param>
/// <param name="Id">The message id inside the source (a JSONL id or catalog path), if any.</param>
/// <param name="Kind">Message or rationale.</param>
/// <param name="Text">The text.</param>
/// <param name="Format">How the text is marked up.</param>
/// <param name="Line">One-based line in the source file where <see cref="Text"/> starts.</param>
/// <param name="Column">One-based column in the source file where <see cref="Text"/> starts.</param>
internal sealed record LintItem(string Source, string? Id, MessageKind Kind, string Text, TextFormat Format, int Line = 1, int Column = 1);

/// <summary>A problem reading an input; the input is skipped and counted, the others are still linted.</summary>
internal sealed record InputProblem(string Source, int Line, int Column, string Message);
