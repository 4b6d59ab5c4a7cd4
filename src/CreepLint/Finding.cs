namespace CreepLint;

/// <summary>One span of a message that a rule found creepy.</summary>
/// <param name="RuleId">The stable id of the rule, such as <c>CL1001</c>.</param>
/// <param name="Category">The category of creepiness.</param>
/// <param name="Severity">The rule author's judgement of harm.</param>
/// <param name="Score">Confidence 0–100 that this span makes the message creepy, after context.</param>
/// <param name="Offset">Zero-based UTF-16 offset of the span in the source text.</param>
/// <param name="Length">Length of the span in UTF-16 code units.</param>
/// <param name="Line">One-based line of the span start in the source text.</param>
/// <param name="Column">One-based column (UTF-16 code units) of the span start.</param>
/// <param name="Excerpt">The matched source text, whitespace collapsed and capped at <see cref="Limits.MaxExcerptLength"/> characters.</param>
/// <param name="Message">What the rule found.</param>
/// <param name="Suggestion">What to write instead.</param>
public readonly record struct Finding(
    string RuleId,
    CreepCategory Category,
    Severity Severity,
    int Score,
    int Offset,
    int Length,
    int Line,
    int Column,
    string Excerpt,
    string Message,
    string Suggestion);
