using System.Collections.Frozen;
using System.Collections.Immutable;
using CreepLint.Configuration;
using CreepLint.Language;
using CreepLint.Matching;
using CreepLint.Model;
using CreepLint.Scoring;
using CreepLint.Suppressions;

namespace CreepLint;

/// <summary>
/// A frozen set of compiled rules that lints messages and offer rationales. Build one with
/// <see cref="CreateBuilder"/> (or use <see cref="Default"/>) and reuse it for every message.
/// </summary>
/// <remarks>
/// <para>Three ways to get one, from least to most said: <see cref="Default"/> (the embedded rule pack and model, default
/// thresholds; what <see cref="CreepLinter"/> and the NUnit constraints use), <see cref="FromConfiguration"/> (exactly the
/// engine <c>creeplint lint</c> builds from a <c>.creeplint.yaml</c>), and <see cref="CreateBuilder"/> (starts from
/// <see cref="Default"/>'s settings).</para>
/// <para>Immutable and thread-safe: one instance may be used from any number of threads at once, and gives every thread
/// the same results it gives on one. Each message is scanned once whatever the number of rules; linting a clean message
/// allocates nothing after warm-up.</para>
/// </remarks>
public sealed class CreepLintEngine
{
    private static readonly Lazy<CreepLintEngine> s_default = new(() => CreateBuilder().Build());

    private readonly LanguagePacks _packs;
    private readonly FrozenDictionary<MessageChannel, Thresholds> _channels;
    private KnownRules? _known;

    internal CreepLintEngine(LanguagePacks packs, Thresholds thresholds, LanguageModels models, FrozenDictionary<MessageChannel, Thresholds>? channels = null)
    {
        _packs = packs;
        Thresholds = thresholds;
        Models = models;
        _channels = channels ?? FrozenDictionary<MessageChannel, Thresholds>.Empty;
    }

    /// <summary>An engine with the embedded default rule pack, the embedded default model and default thresholds, built on
    /// first use; the same as <c>CreateBuilder().Build()</c>.</summary>
    public static CreepLintEngine Default => s_default.Value;

    /// <summary>The loaded, enabled rules of every language's pack, ordered by id.</summary>
    public ImmutableArray<RuleInfo> Rules => _packs.Infos;

    /// <summary>The languages with a rule pack (<c>en</c> for the default pack's top-level files, <c>de</c>, <c>fr</c>, <c>es</c> …),
    /// in ordinal order. A message in any other language is not linted: its result has <see cref="LintResult.UnsupportedLanguage"/>.</summary>
    public ImmutableArray<string> Languages => _packs.Languages;

    /// <summary>The thresholds that turn scores into verdicts.</summary>
    public Thresholds Thresholds { get; }

    /// <summary>The learned scorer blended with the rules for English messages, or <see langword="null"/> for rules only
    /// (<see cref="ScorerFor"/> gives another language's).</summary>
    public ICreepScorer? Scorer => Models.English;

    /// <summary>The learned scorers by language: a message is scored by its language's only.</summary>
    internal LanguageModels Models { get; }

    /// <summary>The English pack (or, without one, the first).</summary>
    internal CompiledRuleSet RuleSet => _packs.Primary;

    /// <summary>The learned scorer of messages in <paramref name="language"/> (a language code such as <c>de</c> or
    /// <c>de-AT</c>), or <see langword="null"/> when they are scored by their rules alone.</summary>
    public ICreepScorer? ScorerFor(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return LanguageTag.Normalise(language) is { } key ? Models.For(key) : null;
    }

    internal LanguagePacks Packs => _packs;

    /// <summary>
    /// This engine with more rule settings layered over the builder's and other thresholds: the same compiled rules and
    /// model, derived in a pass over the rules (no file is read again). The CLI builds one per distinct per-path setting.
    /// </summary>
    internal CreepLintEngine With(RuleSettings settings, Thresholds thresholds) =>
        settings.IsEmpty && thresholds == Thresholds ? this : new CreepLintEngine(_packs.Then(settings), thresholds, Models, _channels);

    /// <summary>Starts configuring a new engine from <see cref="Default"/>'s settings: the default rule pack, the default model, default thresholds.</summary>
    public static CreepLintEngineBuilder CreateBuilder() => new();

    /// <summary>
    /// The engine <c>creeplint lint</c> builds from a configuration: rules, model, <c>disable</c>, <c>severity</c>,
    /// <c>thresholds</c>, <c>channels</c> and <c>fields</c> of <c>.creeplint.yaml</c>, found as the CLI finds it.
    /// </summary>
    /// <param name="pathOrDirectory">A configuration file, or a directory to look for <c>.creeplint.yaml</c> (or <c>.yml</c>)
    /// in and then in each parent, as <c>creeplint lint</c> does from the paths it lints. Relative paths are resolved
    /// against <see cref="AppContext.BaseDirectory"/>. A directory with no configuration above it gives an engine equal to
    /// <see cref="Default"/>, as the CLI lints without one.</param>
    /// <exception cref="ConfigurationLoadException">The configuration cannot be read, has problems, or names rules no loaded rule set has (every problem is listed with file, line and column).</exception>
    /// <exception cref="RuleLoadException">A rule directory the configuration names has problems.</exception>
    /// <exception cref="ModelLoadException">The model cannot be loaded.</exception>
    public static CreepLintEngine FromConfiguration(string pathOrDirectory) => ConfiguredEngine.Build(pathOrDirectory);

    /// <summary>The thresholds a message on <paramref name="channel"/> is judged by: the channel's own, else <see cref="Thresholds"/>.</summary>
    public Thresholds ThresholdsFor(MessageChannel channel) => _channels.TryGetValue(channel, out var thresholds) ? thresholds : Thresholds;

    /// <summary>The channels with thresholds of their own.</summary>
    public IReadOnlyDictionary<MessageChannel, Thresholds> ChannelThresholds => _channels;

    /// <summary>Lints a message or template; <c>creeplint-disable…</c> comments in it silence findings as in <c>creeplint lint</c>.</summary>
    /// <param name="text">Plain text, HTML or a template.</param>
    /// <param name="kind">Whether the text is a message or an offer rationale.</param>
    /// <param name="format">How the text is marked up; <see cref="TextFormat.Auto"/> detects HTML.</param>
    public LintResult Lint(string text, MessageKind kind = MessageKind.Message, TextFormat format = TextFormat.Auto) =>
        Lint(new LintRequest(text, kind, format));

    /// <summary>Lints one request with the rule pack of its language (<see cref="LintRequest.Language"/>, else identified from
    /// the text) and the thresholds of its channel; <c>creeplint-disable…</c> comments in its text
    /// silence findings as in <c>creeplint lint</c> (they move to <see cref="LintResult.Suppressed"/>) unless
    /// <see cref="LintRequest.IgnoreSuppressions"/> is set.</summary>
    public LintResult Lint(LintRequest request)
    {
        ArgumentNullException.ThrowIfNull(request.Text, nameof(request));
        var thresholds = ThresholdsFor(request.Channel);
        var result = MessagePipeline.Lint(_packs, thresholds, request, Models);
        if (!request.IgnoreSuppressions && result.HasFindings && DirectiveParser.MayContain(request.Text))
        {
            result = Suppress(request, result, thresholds);
        }

        return request.Id is null ? result : result with { Id = request.Id };
    }

    /// <summary>The language a text would be linted as when its request names none (see docs/languages.md).</summary>
    /// <param name="text">Plain text, HTML or a template.</param>
    /// <param name="format">How the text is marked up.</param>
    public static string IdentifyLanguage(string text, TextFormat format = TextFormat.Auto) => MessagePipeline.Identify(text, format);

    /// <summary>Lints one request, and when the model counts gives its own finding even beside rule findings (for a caller that may remove every rule finding).</summary>
    internal LintResult LintExplained(LintRequest request) =>
        MessagePipeline.Lint(_packs, ThresholdsFor(request.Channel), request, Models, explainModel: true);

    /// <summary>Every loaded rule id, rule name and category id: what a suppression may name.</summary>
    internal KnownRules Known => _known ??= new KnownRules(_packs.Enabled);

    /// <summary>Whether any rule of any language is enabled (without compiling the packs <see cref="Rules"/> would).</summary>
    internal bool HasRules => _packs.Enabled.Any();

    /// <summary>The enabled rule with this id, as <see cref="Rules"/> has it up to its language; compiles only the pack that defines it.</summary>
    internal RuleInfo? RuleById(string id) => _packs.RuleById(id);

    /// <summary>
    /// Re-scores <paramref name="result"/> of <paramref name="request"/> after some findings were silenced (suppressions, a
    /// baseline), keeping <paramref name="kept"/>. When no kept finding counts but the model's part of the score stays, the
    /// model's own finding (<c>CL0001</c>) is made and handed to <paramref name="modelFinding"/>, which adds it to
    /// <paramref name="kept"/> unless that too is silenced: the one place this rule lives, for the library and the CLI.
    /// </summary>
    internal LintResult RescoreSilenced(LintRequest request, LintResult result, List<Finding> kept, Action<Finding> modelFinding, Thresholds thresholds)
    {
        if (result.Model is { } model && !kept.Exists(Counts) && !result.Findings.Any(IsModelFinding) && ModelBlend.Speaks(model, alone: true))
        {
            var explained = MessagePipeline.Lint(_packs, thresholds, request, Models, explainModel: true);
            if (explained.Findings.FirstOrDefault(IsModelFinding) is { RuleId: not null } own)
            {
                modelFinding(own);
                return MessageScore.Rescore(explained, [.. kept.OrderBy(f => f.Offset).ThenBy(f => f.RuleId, StringComparer.Ordinal)], thresholds);
            }
        }

        return MessageScore.Rescore(result, [.. kept], thresholds);
    }

    private static bool IsModelFinding(Finding finding) => finding.RuleId == ModelBlend.RuleId;

    private static bool Counts(Finding finding) => finding.Severity != Severity.Info && !IsModelFinding(finding);

    private LintResult Suppress(LintRequest request, LintResult result, Thresholds thresholds)
    {
        var directives = DirectiveParser.Parse(request.Text, Known, problems: null);
        if (directives.Count == 0)
        {
            return result;
        }

        var kept = new List<Finding>(result.Findings.Length);
        var suppressed = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in result.Findings)
        {
            var rule = _packs.RuleById(finding.RuleId);
            (DirectiveParser.Covering(directives, rule, finding.RuleId, finding.Line) is null ? (ICollection<Finding>)kept : suppressed).Add(finding);
        }

        if (suppressed.Count == 0)
        {
            return result;
        }

        var rescored = RescoreSilenced(request, result, kept, own =>
        {
            (DirectiveParser.Covering(directives, null, own.RuleId, own.Line) is null ? (ICollection<Finding>)kept : suppressed).Add(own);
        }, thresholds);
        return rescored with { Suppressed = suppressed.ToImmutable() };
    }

    /// <summary>
    /// Re-scores a result of this engine after findings were removed or their severity changed (suppressions, a baseline,
    /// a reviewer's decision), with this engine's thresholds. Rule findings combine as in <see cref="Lint(LintRequest)"/>
    /// and the model's part stays: it goes only when <paramref name="result"/> had the model's own finding (<c>CL0001</c>)
    /// and <paramref name="findings"/> leave it out or make it <see cref="Severity.Info"/>.
    /// </summary>
    /// <param name="result">A result of this engine (or of one with the same model and thresholds); judged by <see cref="Thresholds"/>.</param>
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
