namespace CreepLint;

/// <summary>How the source text is marked up. Template placeholders are recognised in every format.</summary>
public enum TextFormat
{
    /// <summary>HTML when the text contains markup tags, plain text otherwise.</summary>
    Auto,

    /// <summary>Plain text (SMS, push, subject lines, rationales).</summary>
    PlainText,

    /// <summary>HTML: only visible text is linted; tags, comments, scripts and styles are skipped and entities decoded.</summary>
    Html,
}
