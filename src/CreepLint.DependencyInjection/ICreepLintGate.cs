using System.Collections.Immutable;

namespace CreepLint.DependencyInjection;

/// <summary>
/// The app's checkpoint before a message goes out: lints with the one engine registered by <c>AddCreepLint</c>, honours
/// cancellation, and logs each verdict by the request's id (never the message text).
/// </summary>
public interface ICreepLintGate
{
    /// <summary>The engine every check uses (the one built from the app's configuration).</summary>
    CreepLintEngine Engine { get; }

    /// <summary>Lints one message; give <see cref="LintRequest.Id"/> and <see cref="LintRequest.Channel"/> so logs and channel thresholds can use them.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the message was linted.</exception>
    ValueTask<LintResult> CheckAsync(LintRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lints many messages in parallel off the caller's thread; results are in input order.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the batch stops early.</exception>
    Task<ImmutableArray<LintResult>> CheckAllAsync(IReadOnlyList<LintRequest> requests, CancellationToken cancellationToken = default);
}
