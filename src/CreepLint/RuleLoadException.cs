using System.Collections.Immutable;

namespace CreepLint;

/// <summary>Thrown when rule files cannot be loaded. Loading is all-or-nothing: no partial rule set is ever used.</summary>
public sealed class RuleLoadException : Exception
{
    /// <summary>Creates the exception from every problem found.</summary>
    public RuleLoadException(ImmutableArray<RuleDiagnostic> diagnostics)
        : base(FormatMessage(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every problem found across all files, ordered by file, line and column.</summary>
    public ImmutableArray<RuleDiagnostic> Diagnostics { get; }

    private static string FormatMessage(ImmutableArray<RuleDiagnostic> diagnostics) =>
        diagnostics.Length == 1
            ? $"The rules could not be loaded: {diagnostics[0]}"
            : $"The rules could not be loaded ({diagnostics.Length} problems):{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}";
}
