using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CreepLint.Language;

namespace CreepLint.Model;

/// <summary>
/// The built-in learned scorer: a regularised logistic regression over hashed features of the normalised tokens,
/// with Platt-scaled probabilities, plus one-vs-rest category models used to name the most likely category.
/// Load one with <see cref="Load(string)"/> or use <see cref="Default"/>, the English model shipped inside this assembly
/// (the German, French and Spanish ones are used by <see cref="CreepLintEngine.Default"/> and every new builder).
/// </summary>
/// <remarks>Immutable and thread-safe. Scoring a message allocates nothing; see docs/model.md for the file format.</remarks>
public sealed class LinearCreepModel : ICreepScorer
{
    private const string ResourceName = "CreepLint.Model.default.clm";

    /// <summary>The embedded model of each language other than English: <c>CreepLint.Model.&lt;language&gt;.clm</c>.</summary>
    private static readonly FrozenDictionary<string, Lazy<LinearCreepModel>> s_embedded = EmbeddedLanguages();

    /// <summary>Most phrases an explanation lists: enough to see why, few enough to read.</summary>
    private const int MaxPhrases = 3;

    private static readonly Lazy<LinearCreepModel> s_default = new(LoadDefault);

    private static long s_stamps;

    /// <summary>Built on the first explanation (most messages never need one).</summary>
    private readonly Lazy<CategoryTable> _categoryTable;

    /// <summary>Per rule set this model has scored with, the tables of the summed scoring path.</summary>
    private readonly ConditionalWeakTable<Matching.CompiledRuleSet, ScoringTables> _tables = [];

    private readonly ConditionalWeakTable<Matching.CompiledRuleSet, ScoringTables>.CreateValueCallback _computeTables;

    internal LinearCreepModel(
        HashingOptions hashing, float[] weights, double bias, double plattA, double plattB, double threshold, SparseWeights[] categories, ModelMetadata metadata)
    {
        Hashing = hashing;
        Weights = weights;
        Bias = bias;
        PlattA = plattA;
        PlattB = plattB;
        Threshold = threshold;
        Categories = categories;
        Metadata = metadata;
        _categoryTable = new Lazy<CategoryTable>(() => BuildCategoryTable(categories));
        var classHashes = FeatureExtractor.ClassHashes(hashing);
        var roleSlots = FeatureExtractor.RoleSlots(hashing);
        _computeTables = rules => new ScoringTables(FeatureExtractor.LexiconSlots(rules, hashing), classHashes, FeatureExtractor.LexiconHashes(rules, hashing))
        {
            SetRoles = rules.SetRoles,
            RoleSlots = roleSlots,
        };
    }

    /// <summary>The English model trained on the project's labelled corpus and embedded in this assembly.</summary>
    public static LinearCreepModel Default => s_default.Value;

    /// <summary>The language this model was trained for (<c>en</c>, <c>de</c>, <c>fr</c>, <c>es</c> …), recorded in its file:
    /// an engine applies it to messages in that language only.</summary>
    public string Language { get; internal init; } = LanguageTag.Default;

    /// <summary>Whether <see cref="Default"/> has been read already.</summary>
    internal static bool IsDefaultLoaded => s_default.IsValueCreated;

    /// <inheritdoc/>
    public double Threshold { get; }

    internal HashingOptions Hashing { get; }

    /// <summary>Unique per instance in this process: which model a thread's <see cref="WordCache"/> holds.</summary>
    internal long Stamp { get; } = Interlocked.Increment(ref s_stamps);

    /// <summary>The features the model reads; <see cref="FeatureSet.Current"/> for every model trained now.</summary>
    internal FeatureSet Features { get; init; } = FeatureSet.Current;

    internal float[] Weights { get; }

    internal double Bias { get; }

    internal double PlattA { get; }

    internal double PlattB { get; }

    internal SparseWeights[] Categories { get; }

    internal ModelMetadata Metadata { get; }

    /// <summary>Loads a <c>.clm</c> model file.</summary>
    /// <exception cref="ModelLoadException">The file is missing, unreadable, of an unknown version or damaged.</exception>
    public static LinearCreepModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            // Read whole (after a size check) rather than through a FileStream: the library only ever reads files.
            var info = new FileInfo(path);
            if (info.Exists && info.Length > ModelFile.MaxBytes)
            {
                throw new ModelLoadException($"{path}: the file is {info.Length:N0} bytes, more than any model ({ModelFile.MaxBytes:N0}); is it really a .clm model?");
            }

            using var stream = new MemoryStream(File.ReadAllBytes(path), writable: false);
            return ModelFile.Read(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"{path}: the model file cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Loads a model from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="ModelLoadException">The data is not a model, of an unknown version or damaged.</exception>
    public static LinearCreepModel Load(Stream stream, string sourceName = "model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Read(stream, sourceName);
    }

    /// <inheritdoc/>
    /// <remarks>A message longer than 64 tokens is scored in windows of one to three sentences: its probability is its best
    /// window's, with the calibrated log-odds lowered by ln k for the k message-sized stretches it had to look through
    /// (see docs/model.md).</remarks>
    public double Predict(ScoringInput input) => Calibrate(Score(input).Finish(), LookElsewhere(input.TokenCount));

    /// <inheritdoc/>
    public ModelExplanation Explain(ScoringInput input)
    {
        // A message of one window is its own best window: it is not scored again to find that out.
        var (first, end) = input.TokenCount <= WindowSink.WindowTokens ? (0, input.TokenCount) : BestWindow(input);
        var tokens = input.Scratch.Tokens;
        var scratch = t_explainScratch ??= new ExplainScratch();
        scratch.Clear();
        var sink = new CollectSink(scratch.Text, scratch.Rules, first, end);
        FeatureExtractor.Extract(input, Hashing, Features, ref sink,
            first <= 0 ? int.MinValue : tokens[first].SourceStart, end >= tokens.Count ? int.MaxValue : tokens[end].SourceStart);
        var scale = 1 / Math.Sqrt(Math.Max(sink.Text.Count, 1));
        var explanation = new ModelExplanation(MostLikelyCategory(sink, scale), Phrases(input, sink, scale, scratch));
        scratch.Trim();
        return explanation;
    }

    /// <summary>This thread's buffers for <see cref="Explain"/>: a message the model speaks on alone has hundreds of features.</summary>
    [ThreadStatic]
    private static ExplainScratch? t_explainScratch;

    /// <summary>The tokens of the window the probability comes from: the whole message up to 64 tokens, else its best window.</summary>
    internal (int First, int End) BestWindow(ScoringInput input)
    {
        var window = Score(input);
        window.Finish();
        return (window.BestFirstToken, window.BestEndToken);
    }

    internal void Save(Stream output) => ModelFile.Write(this, output);

    internal double Calibrate(double margin, double penalty = 0) => 1 / (1 + Math.Exp(-((PlattA * margin) + PlattB - penalty)));

    /// <summary>
    /// ln k, with k = ⌈tokens / 64⌉ message-sized stretches (0 for a message of one window). The best of k windows of clean
    /// text lands above the threshold about k times as often as one message does; with calibrated log-odds whose tail is
    /// logistic, asking ln k more of the best window keeps a long message's false-alarm rate at a short one's.
    /// </summary>
    internal static double LookElsewhere(int tokens) => tokens <= WindowSink.WindowTokens ? 0 : Math.Log(Math.Ceiling(tokens / (double)WindowSink.WindowTokens));

    /// <summary>Runs the message's text features through a <see cref="WindowSink"/>; rule hits (older models) count in every window.</summary>
    private WindowSink Score(ScoringInput input)
    {
        var rules = new RuleSink(Weights);
        if ((Features & FeatureSet.TextOnly) == 0)
        {
            FeatureExtractor.RuleHits(input, Hashing, ref rules);
        }

        // A long message (of a pack that reads roles) is scored as its creepiest stretch that is shaped like a claim about the reader, if it has
        // one: a claim in one paragraph does not make chat in another speak, nor chat drown the claim.
        var grounded = input.TokenCount > WindowSink.WindowTokens && (Features & FeatureSet.Roles) != 0 && SentenceRoles.AppliesTo(input.RuleSet)
            ? SentenceRoles.GroundedSentences(input) : null;
        var windows = new WindowSink(Bias + rules.Sum, input.TokenCount, grounded);
        FeatureExtractor.Summed(input, Hashing, Features, Weights, _tables.GetValue(input.RuleSet, _computeTables), WordCache.For(Stamp), ref windows);
        return windows;
    }

    /// <summary>The model embedded in this assembly for <paramref name="language"/> (a pack key), or null when there is none.</summary>
    internal static LinearCreepModel? Embedded(string language) =>
        language == LanguageTag.Default ? Default : s_embedded.TryGetValue(language, out var model) ? model.Value : null;

    /// <summary>The languages other than English with an embedded model.</summary>
    internal static IEnumerable<string> EmbeddedLanguageKeys => s_embedded.Keys;

    private static FrozenDictionary<string, Lazy<LinearCreepModel>> EmbeddedLanguages()
    {
        const string prefix = "CreepLint.Model.";
        var assembly = typeof(LinearCreepModel).Assembly;
        var result = new Dictionary<string, Lazy<LinearCreepModel>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".clm", StringComparison.Ordinal) && name != ResourceName)
            {
                var language = name[prefix.Length..^".clm".Length];
                result[language] = new Lazy<LinearCreepModel>(() => LoadEmbedded(name, language));
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static LinearCreepModel LoadEmbedded(string resource, string language)
    {
        using var stream = typeof(LinearCreepModel).Assembly.GetManifestResourceStream(resource)!;
        var model = ModelFile.Read(stream, $"embedded {language} model");
        return model.Language == language ? model
            : throw new ModelLoadException($"{resource}: the embedded model is for '{model.Language}', not '{language}'; retrain it with 'creeplint train --language {language}'.");
    }

    private static LinearCreepModel LoadDefault()
    {
        using var stream = typeof(LinearCreepModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelLoadException($"{ResourceName}: the default model is missing from the CreepLint assembly.");
        return ModelFile.Read(stream, "default model");
    }

    private CreepCategory MostLikelyCategory(CollectSink sink, double scale)
    {
        var table = _categoryTable.Value;
        var count = Categories.Length;
        Span<double> z = stackalloc double[count];
        for (var c = 0; c < count; c++)
        {
            z[c] = Categories[c].Bias;
        }

        foreach (var (slot, _, _) in sink.Text)
        {
            Add(z, table, slot, scale);
        }

        foreach (var (slot, value) in sink.Rules)
        {
            Add(z, table, slot, value);
        }

        var best = 0;
        for (var c = 1; c < count; c++)
        {
            best = z[c] > z[best] ? c : best;
        }

        return (CreepCategory)best;

        static void Add(Span<double> z, CategoryTable table, int slot, double factor)
        {
            if ((uint)slot < (uint)table.RowOfSlot.Length && table.RowOfSlot[slot] is var row and >= 0)
            {
                for (var c = 0; c < z.Length; c++)
                {
                    z[c] += table.Weights[(row * z.Length) + c] * factor;
                }
            }
        }
    }

    /// <summary>The category models side by side: one lookup per feature gives its weight in every category.</summary>
    /// <remarks>The row of a slot is read from an array over the slots (-1 for a slot no category weighs; 2^16 slots, 256 KB,
    /// built on the first explanation), not a dictionary: an explanation looks up every one of its hundreds of features.</remarks>
    private static CategoryTable BuildCategoryTable(SparseWeights[] categories)
    {
        var rows = new Dictionary<int, int>();
        foreach (var slot in categories.SelectMany(c => c.Slots).Distinct().Order())
        {
            rows[slot] = rows.Count;
        }

        var rowOfSlot = new int[rows.Count == 0 ? 0 : rows.Keys.Max() + 1];
        Array.Fill(rowOfSlot, -1);
        foreach (var (slot, row) in rows)
        {
            rowOfSlot[slot] = row;
        }

        var weights = new float[rows.Count * categories.Length];
        for (var c = 0; c < categories.Length; c++)
        {
            for (var k = 0; k < categories[c].Slots.Length; k++)
            {
                weights[(rows[categories[c].Slots[k]] * categories.Length) + c] = categories[c].Weights[k];
            }
        }

        return new CategoryTable(rowOfSlot, weights);
    }

    /// <summary>
    /// Adds up the weight each token, token pair and field brought, then picks the strongest non-overlapping units
    /// (a pair counts with both of its words) and joins picks that touch into one phrase.
    /// </summary>
    private ImmutableArray<ModelPhrase> Phrases(ScoringInput input, CollectSink sink, double scale, ExplainScratch scratch)
    {
        var units = scratch.Units;
        foreach (var (slot, first, last) in sink.Text)
        {
            units[(first, last)] = units.GetValueOrDefault((first, last)) + (Weights[slot] * scale);
        }

        // A phrase stays inside one sentence (and so one text block): a unit or a join that crosses one is never shown.
        var tokens = input.Scratch.Tokens;
        var candidates = scratch.Candidates;
        foreach (var ((first, last), weight) in units)
        {
            if (first >= 0 && tokens[first].Sentence != tokens[last].Sentence)
            {
                continue;
            }

            var total = first == last ? weight : weight + units.GetValueOrDefault((first, first)) + units.GetValueOrDefault((last, last));
            if (total > 0)
            {
                candidates.Add((first, last, total));
            }
        }

        candidates.Sort(static (a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.First != b.First ? a.First.CompareTo(b.First) : a.Last.CompareTo(b.Last));
        var picked = scratch.Picked;
        foreach (var c in candidates)
        {
            if (picked.Count == MaxPhrases * 2)
            {
                break;
            }

            if (!Overlaps(picked, c))
            {
                picked.Add(c);
            }
        }

        // Join touching token picks ("bun in" + "the oven"), keeping the order of strength.
        picked.Sort(static (a, b) => a.First.CompareTo(b.First));
        var joined = scratch.Joined;
        foreach (var p in picked)
        {
            if (joined.Count > 0 && p.First >= 0 && joined[^1].First >= 0 && joined[^1].Last + 1 == p.First && tokens[joined[^1].First].Sentence == tokens[p.Last].Sentence)
            {
                joined[^1] = (joined[^1].First, p.Last, joined[^1].Weight + p.Weight);
            }
            else
            {
                joined.Add(p);
            }
        }

        joined.Sort(static (a, b) => b.Weight.CompareTo(a.Weight));
        var phrases = ImmutableArray.CreateBuilder<ModelPhrase>(Math.Min(joined.Count, MaxPhrases));
        foreach (var (first, last, weight) in joined.Take(MaxPhrases))
        {
            var (start, end) = SourceSpan(input, first, last);
            phrases.Add(new ModelPhrase(start, end - start, Math.Round(weight, 3)));
        }

        return phrases.DrainToImmutable();

        // Whether a pick of the same kind (tokens or a field) overlaps c.
        static bool Overlaps(List<(int First, int Last, double Weight)> picked, (int First, int Last, double Weight) c)
        {
            foreach (var p in picked)
            {
                if (p.First <= c.Last && c.First <= p.Last && (p.First >= 0) == (c.First >= 0))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The lists and table an explanation is worked out in, kept per thread and cleared before each use.</summary>
    private sealed class ExplainScratch
    {
        /// <summary>Buffers that grew past this many entries (a huge message) are dropped after use rather than kept.</summary>
        private const int Retained = 1 << 14;

        public List<(int Slot, int First, int Last)> Text { get; private set; } = [];

        public List<(int Slot, float Value)> Rules { get; } = [];

        public Dictionary<(int First, int Last), double> Units { get; private set; } = [];

        public List<(int First, int Last, double Weight)> Candidates { get; private set; } = [];

        public List<(int First, int Last, double Weight)> Picked { get; } = [];

        public List<(int First, int Last, double Weight)> Joined { get; } = [];

        public void Clear()
        {
            Text.Clear();
            Rules.Clear();
            Units.Clear();
            Candidates.Clear();
            Picked.Clear();
            Joined.Clear();
        }

        public void Trim()
        {
            if (Text.Capacity > Retained)
            {
                (Text, Units, Candidates) = ([], [], []);
            }
        }
    }

    private static (int Start, int End) SourceSpan(ScoringInput input, int first, int last)
    {
        if (first < 0)
        {
            var field = input.Scratch.Buffer.Fields[-1 - first];
            return (field.Start, field.Start + field.Length);
        }

        var tokens = input.Scratch.Tokens;
        return (tokens[first].SourceStart, Math.Max(tokens[last].SourceEnd, tokens[first].SourceStart));
    }

    /// <summary>Adds up the weighted rule hits of one of the <see cref="FeatureSet.FirstModels"/>.</summary>
    private struct RuleSink(float[] weights) : IFeatureSink
    {
        public double Sum;

        public readonly void AddText(int slot, int first, int last) => throw new NotSupportedException();

        public void AddRule(int slot, float value) => Sum += weights[slot] * value;
    }

    /// <summary>Per slot of any category model, its row; per row, the weight of each category in turn.</summary>
    private sealed record CategoryTable(int[] RowOfSlot, float[] Weights);

    /// <summary>Keeps every feature anchored on tokens in [<paramref name="firstToken"/>, <paramref name="endToken"/>), every field
    /// feature and every rule hit.</summary>
    internal readonly struct CollectSink(
        List<(int Slot, int First, int Last)> text, List<(int Slot, float Value)> rules, int firstToken = 0, int endToken = int.MaxValue) : IFeatureSink
    {
        public List<(int Slot, int First, int Last)> Text => text;

        public List<(int Slot, float Value)> Rules => rules;

        public void AddText(int slot, int first, int last)
        {
            if (last < 0 || (last >= firstToken && last < endToken))
            {
                text.Add((slot, first, last));
            }
        }

        public void AddRule(int slot, float value) => rules.Add((slot, value));
    }
}
