using CreepLint;

namespace CampaignApp;

/// <summary>What the gate did with a message.</summary>
internal enum GateAction
{
    /// <summary>Clean: sent as rendered.</summary>
    Send,

    /// <summary>Creepy, but the flagged sentences could be dropped: the rest was sent.</summary>
    Rewrite,

    /// <summary>Creepy: the campaign's generic version was sent instead.</summary>
    Downgrade,

    /// <summary>Reveals something sensitive, or no safe version exists: nothing was sent, a person reviews it.</summary>
    Block,
}

/// <summary>The gate's decision: what it did, the text to send (null when blocked) and the lint result of the rendered message.</summary>
internal sealed record GateDecision(GateAction Action, string? TextToSend, LintResult Result);

/// <summary>
/// Lints every rendered message before it is sent. Policy: clean messages go out; anything that reveals a sensitive
/// trait, prediction or hardship is blocked; other creepy messages are downgraded to the campaign's generic version or,
/// without one, rewritten by dropping the flagged sentences.
/// </summary>
internal sealed class MessageGate(CreepLintEngine engine)
{
    private static readonly CreepCategory[] s_sensitive =
        [CreepCategory.InferredTrait, CreepCategory.SensitivePrediction, CreepCategory.Vulnerability, CreepCategory.SensitiveField];

    public GateDecision Decide(Campaign campaign, Customer customer)
    {
        var rendered = TemplateRenderer.Render(campaign.Template, customer);
        var result = engine.Lint(rendered);
        if (result.Verdict == Verdict.Pass)
        {
            return new GateDecision(GateAction.Send, rendered, result);
        }

        if (result.Findings.Any(f => s_sensitive.Contains(f.Category)))
        {
            return new GateDecision(GateAction.Block, null, result);
        }

        if (campaign.Fallback is not null)
        {
            var generic = TemplateRenderer.Render(campaign.Fallback, customer);
            return engine.Lint(generic).Verdict == Verdict.Pass
                ? new GateDecision(GateAction.Downgrade, generic, result)
                : new GateDecision(GateAction.Block, null, result);
        }

        var rewritten = SentenceEditor.DropSentencesWith(rendered, result.Findings);
        return rewritten.Length > 0 && engine.Lint(rewritten).Verdict == Verdict.Pass
            ? new GateDecision(GateAction.Rewrite, rewritten, result)
            : new GateDecision(GateAction.Block, null, result);
    }
}
