namespace CreepLint;

/// <summary>One text to lint.</summary>
/// <param name="Text">The source text: plain text, HTML or a template.</param>
/// <param name="Kind">Whether the text is a message or an offer rationale.</param>
/// <param name="Format">How the text is marked up.</param>
public readonly record struct LintRequest(string Text, MessageKind Kind = MessageKind.Message, TextFormat Format = TextFormat.Auto)
{
    /// <summary>The caller's name for the message (a template path, a campaign or offer id); carried to <see cref="LintResult.Id"/> and never linted.</summary>
    public string? Id { get; init; }

    /// <summary>Where the message is shown; picks the engine's thresholds for that channel if it has any.</summary>
    public MessageChannel Channel { get; init; }

    /// <summary>Leaves <c>creeplint-disable…</c> comments in <see cref="Text"/> without effect. By default they silence
    /// findings as in <c>creeplint lint</c>; a tool that reports suppressed findings itself turns this on.</summary>
    public bool IgnoreSuppressions { get; init; }
}
