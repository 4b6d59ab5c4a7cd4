namespace CreepLint;

/// <summary>The rule author's judgement of harm.</summary>
public enum Severity
{
    /// <summary>Worth knowing; does not contribute to the message score.</summary>
    Info,

    /// <summary>Likely to unsettle readers.</summary>
    Warning,

    /// <summary>Reveals something a reader would not expect a brand to know or say.</summary>
    Error,
}
