namespace CreepLint;

/// <summary>The outcome for one message, from its score and the engine's <see cref="Thresholds"/>.</summary>
public enum Verdict
{
    /// <summary>Below the warning threshold.</summary>
    Pass,

    /// <summary>At or above the warning threshold and below the failure threshold.</summary>
    Warn,

    /// <summary>At or above the failure threshold.</summary>
    Fail,
}
