using System.Collections.Frozen;
using CreepLint.Language;

namespace CreepLint.Model;

/// <summary>An engine's learned scorers, one per language: a message is scored by the model of its language, or by its
/// rules alone when that language has none.</summary>
/// <remarks>Immutable and thread-safe. The embedded models of languages other than English are read on the first message
/// in that language, so an engine that only ever sees English never reads them.</remarks>
internal sealed class LanguageModels
{
    /// <summary>No model for any language: rules only.</summary>
    public static readonly LanguageModels None = new(null, FrozenDictionary<string, Lazy<ICreepScorer>>.Empty);

    private readonly FrozenDictionary<string, Lazy<ICreepScorer>> _others;

    private LanguageModels(ICreepScorer? english, FrozenDictionary<string, Lazy<ICreepScorer>> others)
    {
        English = english;
        _others = others;
    }

    /// <summary>The scorer of English messages, or null.</summary>
    public ICreepScorer? English { get; }

    /// <summary>The given scorers by language; with <paramref name="embedded"/>, the embedded model of every language in
    /// <paramref name="languages"/> that has none given.</summary>
    public static LanguageModels Of(IReadOnlyDictionary<string, ICreepScorer> given, bool embedded, IEnumerable<string> languages)
    {
        var english = given.GetValueOrDefault(LanguageTag.Default) ?? (embedded ? LinearCreepModel.Default : null);
        var others = new Dictionary<string, Lazy<ICreepScorer>>(StringComparer.Ordinal);
        foreach (var (language, scorer) in given)
        {
            if (language != LanguageTag.Default)
            {
                others[language] = new Lazy<ICreepScorer>(() => scorer);
            }
        }

        if (embedded)
        {
            foreach (var language in languages.Intersect(LinearCreepModel.EmbeddedLanguageKeys, StringComparer.Ordinal))
            {
                others.TryAdd(language, new Lazy<ICreepScorer>(() => LinearCreepModel.Embedded(language)!));
            }
        }

        return english is null && others.Count == 0 ? None : new(english, others.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The scorer of messages in <paramref name="language"/> (a pack key), or null for rules alone.</summary>
    public ICreepScorer? For(string language) =>
        ReferenceEquals(language, LanguageTag.Default) || language == LanguageTag.Default ? English
        : _others.Count != 0 && _others.TryGetValue(language, out var scorer) ? scorer.Value : null;
}
