using System.Collections.Immutable;

namespace CreepLint;

/// <summary>The outcome of linting one text.</summary>
/// <param name="Score">Message score 0–100: 0 for a clean message, higher with more independent evidence.</param>
/// <param name="Verdict">The verdict from <see cref="Score"/> and the engine's thresholds; at least <see cref="Verdict.Warn"/> when <see cref="LimitsHit"/> is set (see <see cref="Thresholds.PartialResultsMayPass"/>).</param>
/// <param name="Findings">Findings ordered by offset, then rule id. Empty, never default, for a clean message.</param>
/// <remarks>A clean result allocates nothing: <see cref="Findings"/> is the shared empty array.</remarks>
public readonly record struct LintResult(int Score, Verdict Verdict, ImmutableArray<Finding> Findings)
{
    /// <summary>Whether any rule fired.</summary>
    public bool HasFindings => !Findings.IsDefaultOrEmpty;

    /// <summary>The <see cref="LintRequest.Id"/> of the request this is the result of; <see langword="null"/> when it had none.</summary>
    public string? Id { get; init; }

    /// <summary>Findings a <c>creeplint-disable…</c> comment in the text silenced, ordered as <see cref="Findings"/>; they
    /// do not count in <see cref="Score"/>. Empty, never default, when nothing was silenced.</summary>
    public ImmutableArray<Finding> Suppressed { get; init; } = [];

    /// <summary>The limits reached while linting; <see cref="LintLimits.None"/> when the whole text was linted and every finding kept.</summary>
    public LintLimits LimitsHit { get; init; }

    /// <summary>The language the text was read as: a language code such as <c>en</c> or <c>de</c>, given by the request or
    /// identified from the text (<c>und-Cyrl</c> and the like for a script no pack reads).</summary>
    /// <remarks>Empty only on a <see langword="default"/> result.</remarks>
    public string Language { get; init; } = string.Empty;

    /// <summary>Whether the engine has no rule pack for <see cref="Language"/>: the text was not linted, so its
    /// <see cref="Verdict.Pass"/> says nothing about it.</summary>
    public bool UnsupportedLanguage { get; init; }

    /// <summary>The learned model's opinion of the message; <see langword="null"/> when the engine has no model for
    /// <see cref="Language"/>, after a re-score dropped the model's own finding, or when the model could not have had a say and
    /// was not asked: no rule finding counts and no sentence has the shape of a claim about the reader (docs/model.md, "Blending").</summary>
    /// <remarks>When <see cref="ModelOpinion.Counts"/>, the model's part is in <see cref="Score"/> whether or not a rule
    /// matched; it shows as a finding of its own (<c>CL0001</c>) only when no rule did. A result without an opinion is
    /// re-scored (<see cref="CreepLintEngine.Rescore"/>) by its rules alone.</remarks>
    public ModelOpinion? Model { get; init; }
}
