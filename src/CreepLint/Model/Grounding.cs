namespace CreepLint.Model;

/// <summary>
/// How firmly a text claims something about the reader (<see cref="SentenceRoles.GroundingOf"/>): what a learned model that
/// stands alone must have under it to speak (<see cref="Scoring.ModelBlend.Bar"/>). Ordered: a firmer claim compares greater.
/// </summary>
internal enum Grounding : byte
{
    /// <summary>No sentence has the reader together with an act, an observer, a specific or an attribute: a model alone never speaks.</summary>
    None,

    /// <summary>A sentence has the reader and one of those roles ("you're on a 15-day streak", "we think you'd like").</summary>
    OneRole,

    /// <summary>A sentence has the reader and two or more of them ("you used 66% more", "we detected that you are using").</summary>
    TwoRoles,
}
