using System.Collections.Immutable;

namespace CreepLint;

/// <summary>Thrown when a configuration (<c>.creeplint.yaml</c>) cannot be read or has problems; each problem names file,
/// line and column. Loading is all-or-nothing: no engine is built from part of a configuration.</summary>
public sealed class ConfigurationLoadException : Exception
{
    /// <summary>Creates the exception from every problem found.</summary>
    public ConfigurationLoadException(ImmutableArray<RuleDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every problem found, in the order met.</summary>
    public ImmutableArray<RuleDiagnostic> Diagnostics { get; }

    internal static ConfigurationLoadException Single(string file, int line, int column, string code, string message) =>
        new([new RuleDiagnostic(file, line, column, code, message)]);
}
