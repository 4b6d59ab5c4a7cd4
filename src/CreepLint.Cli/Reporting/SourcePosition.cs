using CreepLint.Cli.Inputs;

namespace CreepLint.Cli.Reporting;

/// <summary>Maps a finding's position inside an item's text to a position in the user's file.</summary>
internal static class SourcePosition
{
    public static (int Line, int Column) Map(LintItem item, Finding finding) =>
        finding.Line == 1 ? (item.Line, item.Column + finding.Column - 1) : (item.Line + finding.Line - 1, finding.Column);
}
