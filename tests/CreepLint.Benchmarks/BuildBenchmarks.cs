using BenchmarkDotNet.Attributes;

namespace CreepLint.Benchmarks;

/// <summary>Building an engine from the embedded default pack: read YAML, validate, compile the phrase table.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    [Benchmark(Description = "build default engine")]
    public int BuildDefaultEngine() => CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build().Rules.Length;
}
