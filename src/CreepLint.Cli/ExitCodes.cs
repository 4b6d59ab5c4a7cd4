namespace CreepLint.Cli;

/// <summary>Process exit codes, stable for CI scripts.</summary>
internal static class ExitCodes
{
    /// <summary>No message failed.</summary>
    public const int Success = 0;

    /// <summary>At least one message reached the failing verdict.</summary>
    public const int Findings = 1;

    /// <summary>A usage, configuration or rule error: nothing was linted, or the result cannot be trusted.</summary>
    public const int UsageOrConfig = 2;
}
