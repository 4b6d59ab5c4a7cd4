namespace CreepLint;

/// <summary>A problem in a rule or configuration file, with where it is and what to do.</summary>
/// <param name="File">The file (or source name) the problem is in.</param>
/// <param name="Line">One-based line.</param>
/// <param name="Column">One-based column.</param>
/// <param name="Code">A stable diagnostic code such as <c>CL0010</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public readonly record struct RuleDiagnostic(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>The diagnostic in the <c>file:line:column: error CODE: message</c> form that editors and CI logs link to.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: error {Code}: {Message}";
}
