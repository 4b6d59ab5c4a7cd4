namespace CreepLint;

/// <summary>Named limits that keep one hostile or accidental input from exhausting the engine.</summary>
public static class Limits
{
    /// <summary>Longest text linted as one message (4 Mi UTF-16 chars ≈ 8 MB); longer texts are linted up to this length only. Large enough for any real email, small enough to bound per-message memory.</summary>
    public const int MaxMessageLength = 4 * 1024 * 1024;

    /// <summary>Most findings reported for one message; a message with more is already unambiguous.</summary>
    public const int MaxFindingsPerMessage = 100;

    /// <summary>Longest excerpt copied into a finding, so reports never carry more customer text than a finding needs.</summary>
    public const int MaxExcerptLength = 120;

    /// <summary>Largest rule file accepted (1 MiB); the whole default pack is far smaller.</summary>
    public const int MaxRuleFileBytes = 1024 * 1024;

    /// <summary>
    /// Time a rule regex that needs the backtracking engine (lookarounds, backreferences) may run per message before it is
    /// abandoned and <see cref="LintLimits.RegexTimedOut"/> is reported. Every other pattern runs on the linear-time
    /// NonBacktracking engine, which needs no timeout.
    /// </summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(50);
}
