using System.Collections.Immutable;
using CreepLint.Language;
using CreepLint.Matching;
using CreepLint.Model;
using CreepLint.Scoring;

namespace CreepLint;

/// <summary>
/// A frozen set of compiled rules that lints messages and offer rationales. Build one with
/// <see cref="CreateBuilder"/> (or use <see cref="Default"/>) and reuse it for every message.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance may be used from any number of threads at once, and gives every thread the
/// same results it gives on one. Each message is scanned once whatever the number of rules; linting a clean message
/// allocates nothing after warm-up.
/// </remarks>
public sealed class CreepLintEngine
{
    private static readonly Lazy<CreepLintEngine> s_default = new(() => CreateBuilder().AddDefaultRules().UseDefaultModel().Build());

    private readonly LanguagePacks _packs;

    internal CreepLintEngine(CompiledRuleSet rules, Thresholds thresholds, ICreepScorer? scorer = null)
        : this(new LanguagePacks([rules]), thresholds, scorer)
    {
    }

    internal CreepLintEngine(LanguagePacks packs, Thresholds thresholds, ICreepScorer? scorer = null)
    {
        _packs = packs;
        Thresholds = thresholds;
        Scorer = scorer;
    }

    /// <summary>An engine with the embedded default rule pack, the embedded default model and default thresholds, built on first use.</summary>
    public static CreepLintEngine Default => s_default.Value;

    /// <summary>The loaded, enabled rules of every language's pack, ordered by id.</summary>
    public ImmutableArray<RuleInfo> Rules => _packs.Infos;

    /// <summary>The languages with a rule pack (<c>en</c> for the default pack's top-level files, <c>de</c>, <c>fr</c>, <c>es</c> …),
    /// in ordinal order. A message in any other language is not linted: its result has <see cref="LintResult.UnsupportedLanguage"/>.</summary>
    public ImmutableArray<string> Languages => _packs.Languages;

    /// <summary>The thresholds that turn scores into verdicts.</summary>
    public Thresholds Thresholds { get; }

    /// <summary>The learned scorer blended with the rules, or <see langword="null"/> for rules only.</summary>
    public ICreepScorer? Scorer { get; }

    /// <summary>The English pack (or, without one, the first): the one the learned model reads.</summary>
    internal CompiledRuleSet RuleSet => _packs.Primary;

    internal LanguagePacks Packs => _packs;

    /// <summary>
    /// This engine with more rule settings layered over the builder's and other thresholds: the same compiled rules and
    /// model, derived in a pass over the rules (no file is read again). The CLI builds one per distinct per-path setting.
    /// </summary>
    internal CreepLintEngine With(RuleSettings settings, Thresholds thresholds) =>
        settings.IsEmpty && thresholds == Thresholds ? this : new CreepLintEngine(_packs.Select(p => p.With(p.Settings.Then(settings))), thresholds, Scorer);

    /// <summary>Starts configuring a new engine.</summary>
    public static CreepLintEngineBuilder CreateBuilder() => new();

    /// <summary>Lints a message or template.</summary>
    /// <param name="text">Plain text, HTML or a template.</param>
    /// <param name="kind">Whether the text is a message or an offer rationale.</param>
    /// <param name="format">How the text is marked up; <see cref="TextFormat.Auto"/> detects HTML.</param>
    public LintResult Lint(string text, MessageKind kind = MessageKind.Message, TextFormat format = TextFormat.Auto) =>
        MessagePipeline.Lint(_packs, Thresholds, new LintRequest(text, kind, format), Scorer);

    /// <summary>Lints one request, and when the model counts gives its own finding even beside rule findings (for a caller that may remove every rule finding).</summary>
    internal LintResult LintExplained(LintRequest request) => MessagePipeline.Lint(_packs, Thresholds, request, Scorer, explainModel: true);

    /// <summary>Lints one request, with the rule pack of its language (<see cref="LintRequest.Language"/>, else identified from the text).</summary>
    public LintResult Lint(LintRequest request) => MessagePipeline.Lint(_packs, Thresholds, request, Scorer);

    /// <summary>The language a text would be linted as when its request names none (see docs/languages.md).</summary>
    /// <param name="text">Plain text, HTML or a template.</param>
    /// <param name="format">How the text is marked up.</param>
    public static string IdentifyLanguage(string text, TextFormat format = TextFormat.Auto) => MessagePipeline.Identify(text, format);

    /// <summary>
    /// Re-scores a result of this engine after findings were removed or their severity changed (suppressions, a baseline,
    /// a reviewer's decision), with this engine's thresholds. Rule findings combine as in <see cref="Lint(LintRequest)"/>
    /// and the model's part stays: it goes only when <paramref name="result"/> had the model's own finding (<c>CL0001</c>)
    /// and <paramref name="findings"/> leave it out or make it <see cref="Severity.Info"/>.
    /// </summary>
    /// <param name="result">A result of this engine (or of one with the same model and thresholds).</param>
    /// <param name="findings">The findings to keep, in order; info findings do not count.</param>
    /// <returns><paramref name="result"/> with these findings and the score and verdict they give. Re-scoring with every
    /// finding gives the same score and verdict.</returns>
    public LintResult Rescore(LintResult result, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return MessageScore.Rescore(result, [.. findings], Thresholds);
    }

    /// <summary>Lints many requests in parallel; results are in input order.</summary>
    /// <param name="requests">The texts to lint.</param>
    /// <param name="maxDegreeOfParallelism">Most threads to use; -1 (the default) uses every core.</param>
    /// <param name="cancellationToken">Stops the batch early.</param>
    public ImmutableArray<LintResult> LintBatch(IReadOnlyList<LintRequest> requests, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var results = new LintResult[requests.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };

        // Ranges rather than single items: one delegate call per chunk keeps the per-message overhead negligible.
        var chunk = Math.Max(16, requests.Count / (Environment.ProcessorCount * 8));
        Parallel.For(0, (requests.Count + chunk - 1) / chunk, options, c =>
        {
            var end = Math.Min(requests.Count, (c + 1) * chunk);
            for (var i = c * chunk; i < end; i++)
            {
                results[i] = Lint(requests[i]);
            }
        });
        return ImmutableArray.Create(results);
    }
}
