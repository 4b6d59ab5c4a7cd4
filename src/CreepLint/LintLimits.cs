namespace CreepLint;

/// <summary>Which of the engine's named <see cref="Limits"/> were reached while linting one text.</summary>
/// <remarks>A result with any flag set is still valid, but partial: its verdict is at least <see cref="Verdict.Warn"/> unless the
/// engine's <see cref="Thresholds.PartialResultsMayPass"/> is set, so nothing passes unread.</remarks>
[Flags]
public enum LintLimits
{
    /// <summary>No limit was reached: the whole text was linted and every finding reported.</summary>
    None = 0,

    /// <summary>The text was longer than <see cref="Limits.MaxMessageLength"/>; only its start was linted.</summary>
    TextTruncated = 1,

    /// <summary>More than <see cref="Limits.MaxFindingsPerMessage"/> findings were found; only the first were reported.</summary>
    FindingsCapped = 2,

    /// <summary>A rule's backtracking regex ran past <see cref="Limits.RegexTimeout"/> and that pattern was skipped for this text.</summary>
    RegexTimedOut = 4,

    /// <summary>
    /// The text holds bidirectional controls (U+202A–U+202E, U+2066–U+2069), which can display words in another order
    /// than the one stored and matched (a reversed word shown the right way round); the text was matched in stored order.
    /// </summary>
    BidiControls = 8,
}
