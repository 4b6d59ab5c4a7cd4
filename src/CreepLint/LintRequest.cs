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

    /// <summary>The caller's name for the message (a template path, a campaign or offer id); carried to <see cref="LintResult.Id"/> and never linted.</summary>
    public string? Id { get; init; }

    /// <summary>Where the message is shown; picks the engine's thresholds for that channel if it has any.</summary>
    public MessageChannel Channel { get; init; }

    /// <summary>Leaves <c>creeplint-disable…</c> comments in <see cref="Text"/> without effect. By default they silence
    /// findings as in <c>creeplint lint</c>; a tool that reports suppressed findings itself turns this on.</summary>
    public bool IgnoreSuppressions { get; init; }

    /// <summary>
    /// Asks the model for its opinion (<see cref="LintResult.Model"/>) even when it could not have a say in this result: no
    /// rule finding counts and no sentence has the shape of a claim about the reader. A caller that blends the opinion with
    /// findings from elsewhere (the windows of a long text) sets it; by default such a message is not scored by the model.
    /// </summary>
    internal bool AskModel { get; init; }

    /// <summary>The format <c>creeplint lint</c> reads a one-message file in: HTML for <c>.html</c>/<c>.htm</c> (only
    /// visible text is linted), plain text for <c>.txt</c>, otherwise detected (Liquid, Handlebars and other templates).</summary>
    public static TextFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? TextFormat.Html
            : path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? TextFormat.PlainText
            : TextFormat.Auto;
    }

    /// <summary>A template or message file as <c>creeplint lint</c> reads it (<see cref="FormatOf"/>), with the path as given for its <see cref="Id"/>.</summary>
    /// <param name="path">The file; a relative path is resolved against the working directory, as a file the user names is.</param>
    public static LintRequest FromFile(string path) => new(File.ReadAllText(path), MessageKind.Message, FormatOf(path)) { Id = path };
}
