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

    /// <summary>The language the source gives the message (a JSONL or catalog <c>lang</c>, else the configuration's
    /// <c>language:</c>); null to identify it from the text.</summary>
    public string? Language { get; init; }

    /// <summary>For one window of a text too long to lint whole: the stretch of <see cref="Text"/> whose findings this item reports.</summary>
    public TextPart? Part { get; init; }

    /// <summary>Suppressions written on the message itself (a catalog's <c>suppress:</c> list).</summary>
    public IReadOnlyList<Suppressions.Directive> Suppress { get; init; } = [];

    /// <summary>Values of the message's catalog keys that <c>personal-fields</c> marks (a customer's name in sample data): <c>--redact</c> masks them.</summary>
    public IReadOnlyList<string> PersonalValues { get; init; } = [];

    /// <summary>
    /// The template as the user wrote it, when <see cref="Text"/> is its rewrite into the library's placeholder syntax
    /// (ERB, Razor, Go templates, Pug); findings are placed back in it before they are reported.
    /// </summary>
    public Templates.RewrittenText? Rewrite { get; init; }

    /// <summary>The source position of a finding.</summary>
    public (int Line, int Column) Position(Finding finding) =>
        Map?.Map(this, finding) ?? (finding.Line == 1 ? (Line, Column + finding.Column - 1) : (Line + finding.Line - 1, finding.Column));

    /// <summary>
    /// The source position just past the last character of a finding that is not white space (a SARIF region's end, exclusive),
    /// never before its start; <paramref name="finding"/> is positioned in <see cref="Text"/>.
    /// </summary>
    public (int Line, int Column) EndPosition(Finding finding)
    {
        var start = Position(finding);
        var last = Math.Min(finding.Offset + finding.Length, Text.Length) - 1;
        while (last > finding.Offset && char.IsWhiteSpace(Text[last]))
        {
            last--;
        }

        if (last < finding.Offset)
        {
            return start;
        }

        // Walk from the finding's own line and column to its last character, then ask the map where that lies.
        var (line, column) = (finding.Line, finding.Column);
        for (var i = finding.Offset; i < last; i++)
        {
            var c = Text[i];
            if (c == '\n' || (c == '\r' && Text[i + 1] != '\n'))
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        var (endLine, endColumn) = Position(finding with { Offset = last, Length = 1, Line = line, Column = column });
        var width = char.IsHighSurrogate(Text[last]) ? 2 : 1;
        return endLine < start.Line || (endLine == start.Line && endColumn < start.Column) ? start : (endLine, endColumn + width);
    }
}

/// <summary>
/// Which findings of a window (<see cref="TextWindows"/>) are its own: those starting in [<paramref name="OwnedFrom"/>,
/// <paramref name="OwnedTo"/>). The others lie in an overlap and are reported by the neighbouring window.
/// </summary>
/// <param name="Index">Zero-based window number in the file.</param>
/// <param name="OwnedFrom">First offset in the item's text whose findings this window reports.</param>
/// <param name="OwnedTo">Offset from which findings belong to the next window.</param>
internal sealed record TextPart(int Index, int OwnedFrom, int OwnedTo)
{
    /// <summary>The window's result with only its own findings, re-scored by <paramref name="engine"/> when any were dropped.</summary>
    public LintResult Keep(CreepLintEngine engine, LintResult result)
    {
        if (!result.HasFindings || result.Findings.All(Owns))
        {
            return result;
        }

        return engine.Rescore(result, result.Findings.Where(Owns));
    }

    private bool Owns(Finding finding) => finding.Offset >= OwnedFrom && finding.Offset < OwnedTo;
}

/// <summary>A problem reading an input or a note about it; the input is skipped or read as well as possible, the others are still linted.</summary>
/// <param name="Source">The file.</param>
/// <param name="Line">One-based line, 0 when the problem is about the whole file.</param>
/// <param name="Column">One-based column, 0 when the problem is about the whole file.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Code">A stable code such as <c>CL0204</c>.</param>
/// <param name="Level"><c>error</c>, <c>warning</c> or <c>note</c>.</param>
internal sealed record InputProblem(string Source, int Line, int Column, string Message, string Code = "CL0200", string Level = "error")
{
    /// <summary>Codes of errors that leave an input, or part of one, unread or unlinted: the run cannot pass while any is reported.</summary>
    private static readonly string[] s_unreadCodes = ["CL0201", "CL0208", "CL0210", "CL0211", "CL0214"];

    /// <summary>
    /// Whether the problem means something the user gave was not fully read or linted (the summary counts these; exit 2):
    /// one of those errors, or a file skipped as binary (CL0202, a note, since a binary file is rarely a mistake, but
    /// a template made to look binary must not pass unread).
    /// </summary>
    public bool IsUnread => (Level == "error" && Array.IndexOf(s_unreadCodes, Code) >= 0) || Code == "CL0202";
}
