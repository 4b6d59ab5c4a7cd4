using System.Collections.Immutable;

namespace CreepLint.Cli.Config;

/// <summary>The configuration (or another user-supplied control file) has problems; each names file, line and column.</summary>
internal sealed class ConfigException(ImmutableArray<RuleDiagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public ImmutableArray<RuleDiagnostic> Diagnostics { get; } = diagnostics;

    public static ConfigException Single(string file, int line, int column, string code, string message) =>
        new([new RuleDiagnostic(file, line, column, code, message)]);
}
