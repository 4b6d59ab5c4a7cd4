using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CreepLint.DependencyInjection;

/// <summary>The registered <see cref="ICreepLintGate"/>: the engine's verdicts, logged by id and rule, never by text.</summary>
internal sealed partial class CreepLintGate(CreepLintEngine engine, ILogger<CreepLintGate>? logger = null) : ICreepLintGate
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public CreepLintEngine Engine => engine;

    public ValueTask<LintResult> CheckAsync(LintRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = Engine.Lint(request);
        Log(request, result);
        return ValueTask.FromResult(result);
    }

    public async Task<ImmutableArray<LintResult>> CheckAllAsync(IReadOnlyList<LintRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var engine = Engine;
        var results = await Task.Run(() => engine.LintBatch(requests, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < results.Length; i++)
        {
            Log(requests[i], results[i]);
        }

        return results;
    }

    private void Log(LintRequest request, LintResult result)
    {
        if (result.Verdict != Verdict.Pass)
        {
            Judged(_logger, request.Id ?? "(no id)", request.Channel, result.Verdict, result.Score, string.Join(", ", result.Findings.Select(f => f.RuleId).Distinct()));
        }
        else
        {
            Passed(_logger, request.Id ?? "(no id)", request.Channel, result.Score);
        }
    }

    [LoggerMessage(EventId = 2, EventName = "CreepLintMessageFlagged", Level = LogLevel.Warning,
        Message = "Message {MessageId} ({Channel}): {Verdict}, score {Score}, rules {RuleIds}")]
    private static partial void Judged(ILogger logger, string messageId, MessageChannel channel, Verdict verdict, int score, string ruleIds);

    [LoggerMessage(EventId = 3, EventName = "CreepLintMessagePassed", Level = LogLevel.Debug,
        Message = "Message {MessageId} ({Channel}): pass, score {Score}")]
    private static partial void Passed(ILogger logger, string messageId, MessageChannel channel, int score);
}
