using System.Runtime.ExceptionServices;
using CreepLint.Cli.Inputs;

namespace CreepLint.Cli.Pipeline;

/// <summary>
/// A unit of work: parsed items, or one chunk of JSON Lines, with the input problems met while reading it. A linting
/// thread parses and lints it; the reporting thread then takes its results in input order.
/// </summary>
internal sealed class LintBatch
{
    private readonly List<LintItem> _items = [];
    private readonly object _gate = new();
    private JsonLinesChunk? _lines;
    private bool _done;
    private Exception? _error;

    /// <summary>Input problems in input order: those met reading up to this batch, then those met parsing its lines.</summary>
    public ProblemSink Problems { get; } = new();

    /// <summary>The linted items in input order, once <see cref="Lint"/> has run.</summary>
    public List<(LintItem Item, LintResult Result)> Results { get; } = [];

    /// <summary>Input held, in bytes (the chunk, or the items' UTF-16 text), to bound what is read ahead.</summary>
    public long Size { get; private set; }

    public int ItemCount => _items.Count;

    public bool IsEmpty => _items.Count == 0 && _lines is null && Problems.Count == 0;

    public void Add(LintItem item)
    {
        _items.Add(item);
        Size += 2L * item.Text.Length;
    }

    public void Add(JsonLinesChunk lines)
    {
        if (_lines is not null || _items.Count > 0)
        {
            throw new InvalidOperationException("a batch holds parsed items or one chunk of lines, not both");
        }

        _lines = lines;
        Size += lines.Length;
    }

    /// <summary>Parses and lints everything in the batch, on the calling thread.</summary>
    public void Lint(EngineSet engines)
    {
        foreach (var item in _items)
        {
            var engine = engines.For(item);
            var result = LongText.Lint(engine, item.Text, item.Kind, item.Format, engines.LanguageFor(item.Language));
            Results.Add((item, item.Part is { } part ? part.Keep(engine, result) : result));
        }

        if (_lines is { } chunk)
        {
            foreach (var line in chunk)
            {
                if (!JsonLinesReader.TryParse(line.Bytes, line.Number, chunk.Source, out var record, out var problem))
                {
                    if (problem is not null)
                    {
                        Problems.Add(problem);
                    }

                    continue;
                }

                var result = LongText.Lint(engines.For(chunk.File, channel: null), record.Text, record.Kind, TextFormat.Auto, engines.LanguageFor(record.Language));
                Results.Add((record.ToItem(line.Bytes, line.Number, chunk.File, chunk.Source, withSourceMap: result.HasFindings), result));
            }

            chunk.Release();
        }
    }

    /// <summary>Runs <see cref="Lint"/> on a linting thread; a failure is kept for <see cref="Wait"/> to rethrow on the reporting thread.</summary>
    public void LintAndSignal(EngineSet engines)
    {
        try
        {
            Lint(engines);
        }
        catch (Exception ex)
        {
            _error = ex;
        }
        finally
        {
            lock (_gate)
            {
                _done = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Blocks until a linting thread has run the batch.</summary>
    public void Wait(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (!_done)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, millisecondsTimeout: 100); // The timeout only matters when the run is stopped.
            }
        }

        if (_error is not null)
        {
            ExceptionDispatchInfo.Throw(_error);
        }
    }
}
