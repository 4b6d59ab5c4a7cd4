namespace CreepLint;

/// <summary>One text to lint.</summary>
/// <param name="Text">The source text: plain text, HTML or a template.</param>
/// <param name="Kind">Whether the text is a message or an offer rationale.</param>
/// <param name="Format">How the text is marked up.</param>
public readonly record struct LintRequest(string Text, MessageKind Kind = MessageKind.Message, TextFormat Format = TextFormat.Auto)
{
    /// <summary>The language to lint the text as (<c>de</c>, <c>fr-CA</c>: the primary subtag picks the rule pack), or
    /// <see langword="null"/> (or <c>auto</c>) to identify it from the text.</summary>
    public string? Language { get; init; }
}
