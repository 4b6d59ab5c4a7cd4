using CreepLint.Cli.Inputs;
using CreepLint.Text;

namespace CreepLint.Cli.Pipeline;

/// <summary>
/// Lints one message longer than the engine's <see cref="Limits.MaxMessageLength"/> (a JSON Lines record, a catalog
/// value, a Markdown or MJML file read whole) in overlapping windows (<see cref="TextWindows"/>) and merges them into one
/// result, so the limit is lifted rather than hit: every finding once, at its offset, line and column in the whole text.
/// </summary>
internal static class LongText
{
    /// <param name="engine">The engine for the item.</param>
    /// <param name="text">The whole text.</param>
    /// <param name="kind">Message or rationale.</param>
    /// <param name="format">How the text is marked up.</param>
    /// <param name="language">The item's language, or null to identify it (once, from the start of a long text, for every window).</param>
    public static LintResult Lint(CreepLintEngine engine, string text, MessageKind kind, TextFormat format, string? language)
    {
        if (text.Length <= Limits.MaxMessageLength)
        {
            return engine.Lint(new LintRequest(text, kind, format) { Language = language, IgnoreSuppressions = true });
        }

        if (format == TextFormat.Auto)
        {
            format = TextExtractor.LooksLikeHtml(text) ? TextFormat.Html : TextFormat.PlainText; // One reading for every window.
        }

        language ??= CreepLintEngine.IdentifyLanguage(text[..Limits.MaxMessageLength], format);

        var findings = new List<Finding>();
        var limits = LintLimits.None;
        LintResult? scored = null;
        foreach (var w in TextWindows.Read(new StringReader(text)))
        {
            var result = new TextPart(w.Index, w.OwnedFrom, w.OwnedTo).Keep(engine, engine.Lint(new LintRequest(w.Text, kind, format) { Language = language, IgnoreSuppressions = true, AskModel = true }));
            limits |= result.LimitsHit;

            // The model's opinion of the whole is its opinion of the window it finds creepiest, asked of every window (AskModel):
            // beside the other windows' findings it may count where it could not in its own window.
            if (scored is null || (result.Model?.Probability ?? 0) > (scored.Value.Model?.Probability ?? 0))
            {
                scored = result;
            }

            foreach (var f in result.Findings)
            {
                findings.Add(f with
                {
                    Offset = f.Offset + (int)w.Offset,
                    Line = w.Line + f.Line - 1,
                    Column = f.Line == 1 ? w.Column + f.Column - 1 : f.Column,
                });
            }
        }

        if (findings.Count > Limits.MaxFindingsPerMessage)
        {
            findings.RemoveRange(Limits.MaxFindingsPerMessage, findings.Count - Limits.MaxFindingsPerMessage);
            limits |= LintLimits.FindingsCapped;
        }

        // Windows own consecutive stretches, so the findings are already in offset order.
        return engine.Rescore(scored!.Value with { LimitsHit = limits }, findings);
    }
}
