using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace CreepLint.Benchmarks;

/// <summary>
/// Cost per message as the rule count grows, against the naive baseline of one compiled regex per rule. The ratio
/// column is the naive loop's time over CreepLint's: how many times faster the single scan is at each size.
/// </summary>
[MemoryDiagnoser]
public class RuleScalingBenchmarks
{
    private CreepLintEngine _engine = null!;
    private Regex[] _regexes = [];

    [Params(10, 100, 1_000, 5_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pack = SyntheticPack.Create(Rules);
        var builder = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel();
        for (var f = 0; f < pack.Files.Length; f++)
        {
            builder.AddRules(pack.Files[f], $"synthetic-{f + 1}.yaml");
        }

        _engine = builder.Build();
        _regexes = pack.NaiveRegexes();
        if (_engine.Lint(SyntheticPack.Message).HasFindings || _regexes.Any(r => r.IsMatch(SyntheticPack.Message)))
        {
            throw new InvalidOperationException("the scaling message must be clean for both matchers, or the comparison measures findings");
        }
    }

    [Benchmark(Baseline = true, Description = "naive: one compiled Regex per rule")]
    public int NaiveRegexLoop()
    {
        var matched = 0;
        foreach (var regex in _regexes)
        {
            matched += regex.IsMatch(SyntheticPack.Message) ? 1 : 0;
        }

        return matched;
    }

    [Benchmark(Description = "CreepLint: one scan")]
    public LintResult CreepLint() => _engine.Lint(SyntheticPack.Message);
}
