using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using CreepLint.Cli.Inputs;

namespace CreepLint.Cli.Pipeline;

/// <summary>
/// Lints a stream of inputs on several threads and hands the results back in input order. One thread reads (cutting
/// JSON Lines into chunks of raw lines), the linting threads parse and lint whole batches, and the caller's thread
/// takes the batches in order and reports them. Queues are bounded, so memory is flat whatever the corpus size.
/// </summary>
internal static class LintPipeline
{
    /// <summary>Parsed items (catalog parts, whole files) per batch: enough to keep a thread busy for a while, few enough to spread them out.</summary>
    private const int MaxBatchItems = 256;

    /// <summary>Bytes of UTF-16 text per batch of parsed items, so a batch of large HTML files stays small too.</summary>
    private const long MaxBatchBytes = 2 * 1024 * 1024;

    /// <summary>Batches read ahead of the report per linting thread: one being linted and one waiting, so no thread idles.</summary>
    private const int BatchesPerThread = 2;

    /// <summary>
    /// Input read ahead of the report (32 MiB), whatever the number of batches: a few chunks of huge lines cannot pile up.
    /// Parsed into UTF-16 strings that is about three times as much memory.
    /// </summary>
    private const long MaxBytesInFlight = 32L * 1024 * 1024;

    /// <summary>
    /// Reads, parses and lints <paramref name="entries"/> and yields the batches in input order. Problems the reader
    /// reports to <paramref name="readerProblems"/> travel in the batch they precede, so the caller sees every problem
    /// in input order. With one thread everything runs on the caller's thread.
    /// </summary>
    public static IEnumerable<LintBatch> Run(EngineSet engines, IEnumerable<InputEntry> entries, ProblemSink readerProblems, int threads)
    {
        var batches = Batches(entries, readerProblems);
        if (threads <= 1)
        {
            foreach (var batch in batches)
            {
                batch.Lint(engines);
                yield return batch;
            }

            yield break;
        }

        using var run = new ParallelRun(engines, batches, threads);
        foreach (var batch in run.Results())
        {
            yield return batch;
        }
    }

    /// <summary>Lints parsed items on every core and yields them with their results in input order.</summary>
    public static IEnumerable<(LintItem Item, LintResult Result)> Run(EngineSet engines, IEnumerable<LintItem> items) =>
        Run(engines, items.Select(item => new InputEntry(item)), new ProblemSink(), Environment.ProcessorCount).SelectMany(batch => batch.Results);

    private static IEnumerable<LintBatch> Batches(IEnumerable<InputEntry> entries, ProblemSink readerProblems)
    {
        var batch = new LintBatch();
        foreach (var entry in entries)
        {
            readerProblems.MoveTo(batch.Problems);
            if (entry.Lines is { } lines)
            {
                if (batch.ItemCount > 0)
                {
                    yield return batch;
                    batch = new LintBatch();
                }

                batch.Add(lines);
                yield return batch;
                batch = new LintBatch();
            }
            else
            {
                batch.Add(entry.Item!);
                if (batch.ItemCount >= MaxBatchItems || batch.Size >= MaxBatchBytes)
                {
                    yield return batch;
                    batch = new LintBatch();
                }
            }
        }

        readerProblems.MoveTo(batch.Problems);
        if (!batch.IsEmpty)
        {
            yield return batch;
        }
    }

    /// <summary>The threads of one parallel run; disposing stops them if the caller stopped early.</summary>
    private sealed class ParallelRun : IDisposable
    {
        // Cancelled but never disposed: threads still winding down may touch them, and they hold no unmanaged resources.
        private readonly CancellationTokenSource _stop = new();
        private readonly BlockingCollection<LintBatch> _work = [];
        private readonly BlockingCollection<LintBatch> _ordered;
        private readonly object _gate = new();
        private long _bytesInFlight;
        private Exception? _readError;

        public ParallelRun(EngineSet engines, IEnumerable<LintBatch> batches, int threads)
        {
            _ordered = new BlockingCollection<LintBatch>(new ConcurrentQueue<LintBatch>(), threads * BatchesPerThread);
            Start("creeplint reader", () => Read(batches));
            for (var i = 0; i < threads; i++)
            {
                Start("creeplint linter", () => Lint(engines));
            }
        }

        /// <summary>The batches in input order, each once it is linted; rethrows a reading or linting failure.</summary>
        public IEnumerable<LintBatch> Results()
        {
            foreach (var batch in _ordered.GetConsumingEnumerable(_stop.Token))
            {
                batch.Wait(_stop.Token);
                yield return batch;
                lock (_gate)
                {
                    _bytesInFlight -= batch.Size;
                    Monitor.PulseAll(_gate);
                }
            }

            if (_readError is not null)
            {
                ExceptionDispatchInfo.Throw(_readError);
            }
        }

        public void Dispose() => _stop.Cancel();

        private static void Start(string name, Action body) => new Thread(() => body()) { IsBackground = true, Name = name }.Start();

        private void Read(IEnumerable<LintBatch> batches)
        {
            try
            {
                foreach (var batch in batches)
                {
                    WaitForRoom(batch.Size);
                    _ordered.Add(batch, _stop.Token);
                    _work.Add(batch, _stop.Token);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                _readError = ex; // Rethrown on the reporting thread after the batches read before it.
            }
            finally
            {
                _work.CompleteAdding();
                _ordered.CompleteAdding();
            }
        }

        private void Lint(EngineSet engines)
        {
            try
            {
                foreach (var batch in _work.GetConsumingEnumerable(_stop.Token))
                {
                    batch.LintAndSignal(engines);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        /// <summary>Waits while the input read ahead would pass <see cref="MaxBytesInFlight"/> (one batch always fits).</summary>
        private void WaitForRoom(long size)
        {
            lock (_gate)
            {
                while (_bytesInFlight > 0 && _bytesInFlight + size > MaxBytesInFlight)
                {
                    _stop.Token.ThrowIfCancellationRequested();
                    Monitor.Wait(_gate, millisecondsTimeout: 100); // The timeout only matters when the run is stopped.
                }

                _bytesInFlight += size;
            }
        }
    }
}
