namespace CreepLint;

/// <summary>What the learned model said about a message: its calibrated probability and the threshold it must reach to count.</summary>
/// <remarks>Carried by <see cref="LintResult.Model"/> so that a result can be re-scored (<see cref="CreepLintEngine.Rescore"/>) without its text.</remarks>
/// <param name="Probability">The calibrated probability, 0–1, that the message is creepy.</param>
/// <param name="Threshold">The model's probability threshold: below it the model adds nothing to the score.</param>
public readonly record struct ModelOpinion(double Probability, double Threshold)
{
    /// <summary>Whether the model reached its threshold (<see cref="Probability"/> at or above <see cref="Threshold"/>). It adds to the
    /// message score when it also has rule evidence beside it, or, standing alone (no rule finding counts), when the text has the
    /// shape of a claim about the reader and it reaches 0.90 (0.97 where that claim is thin; docs/model.md, "Blending").</summary>
    public bool Counts => Probability >= Threshold;

    /// <summary>
    /// How firmly the text claims something about the reader: a sentence with the reader in it together with one, or two or
    /// more, of a logged act, a number or time, an attribute and an observer (see <c>SentenceRoles</c>). Only read when the
    /// model stands alone; the firmest unless the engine found otherwise.
    /// </summary>
    internal Model.Grounding Grounding { get; init; } = Model.Grounding.TwoRoles;
}
