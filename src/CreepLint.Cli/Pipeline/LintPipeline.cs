using System.Collections.Immutable;
using CreepLint.Cli.Inputs;

namespace CreepLint.Cli.Pipeline;

/// <summary>
/// Lints a stream of items in parallel batches and yields results in input order. While one batch is linted on every
/// core, the next is read and the previous one reported, so memory holds at most two batches whatever the corpus size.
/// </summary>
internal static class LintPipeline
{
    /// <summary>Most items per batch: large enough to amortise the parallel fan-out, small enough to keep memory flat.</summary>
    private const int MaxBatchItems = 2048;

    /// <summary>Most characters per batch (about 4 MB of UTF-16), so a batch of long HTML emails stays small too.</summary>
    private const int MaxBatchChars = 2 * 1024 * 1024;

    public static IEnumerable<(LintItem Item, LintResult Result)> Run(CreepLintEngine engine, IEnumerable<LintItem> items, CancellationToken cancellationToken = default)
    {
        Task<ImmutableArray<LintResult>>? pending = null;
        List<LintItem>? pendingItems = null;
        foreach (var batch in Batches(items))
        {
            var requests = new LintRequest[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                requests[i] = new LintRequest(batch[i].Text, batch[i].Kind, batch[i].Format);
            }

            var started = Task.Run(() => engine.LintBatch(requests, cancellationToken: cancellationToken), cancellationToken);
            if (pending is not null)
            {
                var results = pending.GetAwaiter().GetResult();
                for (var i = 0; i < pendingItems!.Count; i++)
                {
                    yield return (pendingItems[i], results[i]);
                }
            }

            pending = started;
            pendingItems = batch;
        }

        if (pending is not null)
        {
            var results = pending.GetAwaiter().GetResult();
            for (var i = 0; i < pendingItems!.Count; i++)
            {
                yield return (pendingItems[i], results[i]);
            }
        }
    }

    private static IEnumerable<List<LintItem>> Batches(IEnumerable<LintItem> items)
    {
        var batch = new List<LintItem>();
        var chars = 0;
        foreach (var item in items)
        {
            batch.Add(item);
            chars += item.Text.Length;
            if (batch.Count >= MaxBatchItems || chars >= MaxBatchChars)
            {
                yield return batch;
                batch = [];
                chars = 0;
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
