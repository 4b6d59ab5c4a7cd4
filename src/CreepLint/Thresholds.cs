namespace CreepLint;

/// <summary>Score thresholds (0–100) that turn a message score into a <see cref="Verdict"/>.</summary>
/// <param name="WarnAt">Scores at or above this value warn. Default 35.</param>
/// <param name="FailAt">Scores at or above this value fail. Default 70.</param>
public readonly record struct Thresholds(int WarnAt, int FailAt)
{
    /// <summary>The documented defaults: warn at 35, fail at 70.</summary>
    public static Thresholds Default { get; } = new(35, 70);

    /// <summary>
    /// Whether a result that reached a named limit (<see cref="LintResult.LimitsHit"/>) may still pass. Off by default:
    /// such a result is at least <see cref="Verdict.Warn"/>, because part of the text went unread or unreported and a
    /// clean pass would vouch for text nobody checked. Turn it on only when the caller reports the limits itself.
    /// </summary>
    public bool PartialResultsMayPass { get; init; }

    /// <summary>The verdict for a score.</summary>
    public Verdict Classify(int score) => score >= FailAt ? Verdict.Fail : score >= WarnAt ? Verdict.Warn : Verdict.Pass;

    /// <summary>The verdict for a score reached with <paramref name="limits"/>: at least <see cref="Verdict.Warn"/> when a limit
    /// was reached, unless <see cref="PartialResultsMayPass"/>. The one place a result's verdict is decided.</summary>
    public Verdict Classify(int score, LintLimits limits)
    {
        var verdict = Classify(score);
        return verdict == Verdict.Pass && limits != LintLimits.None && !PartialResultsMayPass ? Verdict.Warn : verdict;
    }

    internal void Validate()
    {
        if (WarnAt is < 1 or > 100 || FailAt is < 1 or > 100 || WarnAt > FailAt)
        {
            throw new ArgumentOutOfRangeException(nameof(WarnAt), $"Thresholds must satisfy 1 <= warn ({WarnAt}) <= fail ({FailAt}) <= 100.");
        }
    }
}
