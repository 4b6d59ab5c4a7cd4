using BenchmarkDotNet.Attributes;
using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Benchmarks;

/// <summary>
/// Where the time of one long HTML email goes: extraction, extraction plus tokenising, the phrase scan on ready tokens,
/// and the whole lint (the rest is evaluation and findings). The full lint is the baseline.
/// </summary>
/// <remarks>
/// One email repeated keeps caches and branch predictors warm, so these are lower bounds; <c>creeplint bench</c> streams
/// hundreds of different emails. Tokenising rewrites leetspeak in the buffer it reads, so it is timed with the extraction
/// that refills the buffer.
/// </remarks>
[MemoryDiagnoser]
public class PhaseBenchmarks
{
    private readonly CreepLintEngine _engine = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();
    private readonly string _email = Messages.LongHtmlEmail;
    private readonly LintScratch _scratch = new();
    private CompiledRuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = _engine.RuleSet;
        _scratch.Begin(_rules.SetCount, _rules.Rules.Length);
        TextExtractor.Extract(_email, _email.Length, html: true, _scratch.Buffer);
        Tokenizer.Tokenize(_scratch.Buffer, _email, _scratch.Tokens, _scratch.Questions);
    }

    [Benchmark(Baseline = true, Description = "whole lint")]
    public LintResult Lint() => _engine.Lint(_email, format: TextFormat.Html);

    [Benchmark(Description = "extract")]
    public int Extract()
    {
        TextExtractor.Extract(_email, _email.Length, html: true, _scratch.Buffer);
        return _scratch.Buffer.Length;
    }

    [Benchmark(Description = "extract + tokenize")]
    public int ExtractAndTokenize()
    {
        TextExtractor.Extract(_email, _email.Length, html: true, _scratch.Buffer);
        return Tokenizer.Tokenize(_scratch.Buffer, _email, _scratch.Tokens, _scratch.Questions);
    }

    [Benchmark(Description = "scan (tokens ready)")]
    public int Scan()
    {
        _scratch.Hits.Clear();
        _rules.Table.Scan(_scratch.Buffer.Chars, _scratch.Tokens, _scratch.Match, _scratch.Hits, _email);
        return _scratch.Hits.Count;
    }
}
