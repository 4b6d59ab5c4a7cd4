namespace CreepLint.Model;

/// <summary>
/// A learned scorer that rates a whole message, run after the rules on the same normalised tokens. The built-in one is
/// <see cref="LinearCreepModel"/>; another implementation (an ML.NET model, say) can be plugged in with
/// <see cref="CreepLintEngineBuilder.UseModel(ICreepScorer)"/>.
/// </summary>
/// <remarks>
/// Implementations must be immutable and thread-safe: one instance scores messages from many threads at once.
/// <see cref="Predict"/> runs for every message and should not allocate; <see cref="Explain"/> runs only when the
/// model alone lifts a message, so it may.
/// </remarks>
public interface ICreepScorer
{
    /// <summary>Probabilities below this (0–1) are ignored: the message score is the rules' score alone.</summary>
    double Threshold { get; }

    /// <summary>The calibrated probability (0–1) that the message is creepy.</summary>
    /// <param name="input">The message as the rules saw it: tokens, placeholder fields and rule hits.</param>
    double Predict(ScoringInput input);

    /// <summary>The most likely category and the words and phrases that weighed most towards "creepy".</summary>
    /// <param name="input">The message as the rules saw it.</param>
    ModelExplanation Explain(ScoringInput input);
}
