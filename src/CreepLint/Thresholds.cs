namespace CreepLint;

/// <summary>Score thresholds (0–100) that turn a message score into a <see cref="Verdict"/>.</summary>
/// <param name="WarnAt">Scores at or above this value warn. Default 35.</param>
/// <param name="FailAt">Scores at or above this value fail. Default 70.</param>
public readonly record struct Thresholds(int WarnAt, int FailAt)
{
    /// <summary>The documented defaults: warn at 35, fail at 70.</summary>
    public static Thresholds Default { get; } = new(35, 70);

    /// <summary>The verdict for a score.</summary>
    public Verdict Classify(int score) => score >= FailAt ? Verdict.Fail : score >= WarnAt ? Verdict.Warn : Verdict.Pass;

    internal void Validate()
    {
        if (WarnAt is < 1 or > 100 || FailAt is < 1 or > 100 || WarnAt > FailAt)
        {
            throw new ArgumentOutOfRangeException(nameof(WarnAt), $"Thresholds must satisfy 1 <= warn ({WarnAt}) <= fail ({FailAt}) <= 100.");
        }
    }
}
