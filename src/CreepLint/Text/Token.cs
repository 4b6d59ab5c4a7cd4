namespace CreepLint.Text;

/// <summary>What a token is; token classes such as <c>&lt;number&gt;</c> in rule terms match on these.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Time,
    Percent,
    Money,
    Placeholder,

    /// <summary>A word that names the person addressed ("Hi Anna,", "…, Mr Okafor."): see <see cref="Vocatives"/>.</summary>
    Name,

    /// <summary>
    /// A word of a full name that opens a sentence and names someone other than the reader ("Tom Becker bought…",
    /// "Jane Doe, 34, of Bristol viewed…"): see <see cref="Vocatives"/>.
    /// </summary>
    Person,
}

/// <summary>One token of normalised text.</summary>
/// <param name="Start">Start of the token's text in <see cref="TextBuffer.Chars"/>.</param>
/// <param name="Length">Length of the token's text.</param>
/// <param name="SourceStart">Source offset of the first character.</param>
/// <param name="SourceEnd">Source offset one past the last character.</param>
/// <param name="Kind">The token class.</param>
/// <param name="Sentence">Zero-based sentence index.</param>
internal readonly record struct Token(int Start, int Length, int SourceStart, int SourceEnd, TokenKind Kind, int Sentence);
