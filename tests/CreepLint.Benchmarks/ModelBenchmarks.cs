using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace CreepLint.Benchmarks;

/// <summary>
/// What the learned model adds per message: the same ~150-character messages linted by the rules alone (the baseline of
/// each group) and by the rules plus the embedded model. The model runs after the rules on the same tokens, so the
/// difference is feature extraction and one dot product; it must stay under 2 µs and allocate nothing.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ModelBenchmarks
{
    /// <summary>A creepy message of about 150 characters (the rules find it; the model still scores it).</summary>
    public const string Creepy =
        "Hi {{ first_name }}, we noticed you were up at 2am again. Managing your diabetes just got easier: our new meal plans are 20% off this week.";

    private readonly CreepLintEngine _rules = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();
    private readonly CreepLintEngine _withModel = CreepLintEngine.CreateBuilder().AddDefaultRules().UseDefaultModel().Build();

    [BenchmarkCategory("clean"), Benchmark(Baseline = true, Description = "rules only, clean ~150 chars")]
    public LintResult CleanRules() => _rules.Lint(Messages.Short);

    [BenchmarkCategory("clean"), Benchmark(Description = "rules + model, clean ~150 chars")]
    public LintResult CleanWithModel() => _withModel.Lint(Messages.Short);

    [BenchmarkCategory("creepy"), Benchmark(Baseline = true, Description = "rules only, creepy ~150 chars")]
    public LintResult CreepyRules() => _rules.Lint(Creepy);

    [BenchmarkCategory("creepy"), Benchmark(Description = "rules + model, creepy ~150 chars")]
    public LintResult CreepyWithModel() => _withModel.Lint(Creepy);
}
