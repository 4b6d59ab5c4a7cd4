namespace CreepLint;

/// <summary>One-line shortcuts over <see cref="CreepLintEngine.Default"/>.</summary>
public static class CreepLinter
{
    /// <summary>Lints a message or template with the default rule pack.</summary>
    public static LintResult Lint(string text, MessageKind kind = MessageKind.Message) => CreepLintEngine.Default.Lint(text, kind);
}
