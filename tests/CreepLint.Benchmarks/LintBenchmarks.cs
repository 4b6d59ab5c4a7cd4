using BenchmarkDotNet.Attributes;

namespace CreepLint.Benchmarks;

/// <summary>
/// The default engine (default pack and the embedded model, as <see cref="CreepLintEngine.Default"/> and the CLI run) on
/// the message shapes a pipeline sees; the short clean message is the baseline. ModelBenchmarks has rules alone beside it.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private const int BatchSize = 10_000;

    private readonly CreepLintEngine _engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseDefaultModel().Build();
    private readonly string _email = Messages.LongHtmlEmail;
    private readonly string[] _batch = Messages.Batch(BatchSize);
    private LintRequest[] _requests = [];

    [GlobalSetup]
    public void Setup() => _requests = [.. _batch.Select(m => new LintRequest(m))];

    [Benchmark(Baseline = true, Description = "short message (~150 chars)")]
    public LintResult ShortMessage() => _engine.Lint(Messages.Short);

    [Benchmark(Description = "long HTML email (~20 KB)")]
    public LintResult LongHtmlEmail() => _engine.Lint(_email);

    [Benchmark(Description = "10,000 messages, one thread", OperationsPerInvoke = BatchSize)]
    public int BatchOneThread()
    {
        var failing = 0;
        foreach (var message in _batch)
        {
            failing += _engine.Lint(message).Verdict == Verdict.Fail ? 1 : 0;
        }

        return failing;
    }

    [Benchmark(Description = "10,000 messages, LintBatch (all cores)", OperationsPerInvoke = BatchSize)]
    public int BatchAllCores() => _engine.LintBatch(_requests).Length;
}
