namespace CreepLint.Training.Evaluation;

/// <summary>One line of a labelled corpus: a text, whether it is creepy and, when it is, its expected category.</summary>
/// <param name="Id">The item's id, unique within the corpus.</param>
/// <param name="Text">The message or rationale.</param>
/// <param name="Kind">How the text is linted.</param>
/// <param name="Creepy">The label.</param>
/// <param name="Category">The expected category of a creepy item; null for clean items.</param>
/// <param name="Source">The corpus file.</param>
/// <param name="Line">The one-based line in <paramref name="Source"/>.</param>
internal sealed record LabelledItem(string Id, string Text, MessageKind Kind, bool Creepy, CreepCategory? Category, string Source, int Line)
{
    /// <summary>The language the item is written in (its <c>lang</c>), when labelled: <c>eval</c> groups by it and checks identification against it.</summary>
    public string? Language { get; init; }
}

/// <summary>A malformed corpus line, reported as <c>file:line:column: message</c>.</summary>
internal readonly record struct CorpusProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message}";
}
