using System.Collections.Frozen;
using System.Runtime.InteropServices;
using CreepLint.Text;

namespace CreepLint.Model;

/// <summary>Receives hashed features; a struct so that scoring, training and explaining share one extraction loop without allocating.</summary>
internal interface IFeatureSink
{
    /// <summary>A text feature (value 1 before length normalisation) anchored on tokens <paramref name="first"/>..<paramref name="last"/>;
    /// fields are anchored on <c>-1 - fieldIndex</c>.</summary>
    void AddText(int slot, int first, int last);

    /// <summary>A rule feature with its value (the strongest rule match of a category, 0–1), not length-normalised.</summary>
    void AddRule(int slot, float value);
}

/// <summary>Which features a model reads; stored in the model file's header flags.</summary>
internal enum FeatureSet
{
    /// <summary>The first models: every word alone and the rules' category hits as well as the text.</summary>
    WithRuleHits = 0,

    /// <summary>
    /// The text only, and a second-person word ("you", "your") only in a pair with its neighbour: being addressed is not
    /// evidence, what is said to the reader is. Without the rule hits the model learns the wording, not a copy of the rules.
    /// </summary>
    TextOnly = 1,
}

/// <summary>
/// Turns a message as the rules saw it into hashed features in one pass over its tokens: word unigrams and bigrams
/// (within a sentence), character n-grams of words, placeholder field names and their parts, and (for
/// <see cref="FeatureSet.WithRuleHits"/>) the rules' category hits.
/// </summary>
/// <remarks>Text features are later scaled by 1/√n (n = their count) so long and short messages weigh alike; the
/// scaling is the caller's, from the count returned here.</remarks>
internal static class FeatureExtractor
{
    /// <summary>Words longer than this get no character n-grams: they are URLs or junk, and would dominate the count.</summary>
    private const int MaxCharGramWord = 24;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_secondPerson =
        FrozenSet.ToFrozenSet(["you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd", "u", "ur"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Extracts every feature into <paramref name="sink"/> and returns the number of text features.</summary>
    public static int Extract<TSink>(ScoringInput input, HashingOptions options, FeatureSet set, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var scratch = input.Scratch;
        var tokens = CollectionsMarshal.AsSpan(scratch.Tokens);
        var chars = scratch.Buffer.Chars;
        var seed = options.Seed;
        var mask = options.Mask;
        var count = 0;
        uint previous = 0;
        var previousSentence = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var text = chars.AsSpan(token.Start, token.Length);
            var h = token.Kind switch
            {
                TokenKind.Word => FeatureHash.Of(seed, FeatureHash.Word, text),
                TokenKind.Number => FeatureHash.Of(seed, FeatureHash.Word, "#number"),
                TokenKind.Time => FeatureHash.Of(seed, FeatureHash.Word, "#time"),
                TokenKind.Percent => FeatureHash.Of(seed, FeatureHash.Word, "#percent"),
                TokenKind.Money => FeatureHash.Of(seed, FeatureHash.Word, "#money"),
                _ => FeatureHash.Of(seed, FeatureHash.Word, "#placeholder"),
            };
            if (set == FeatureSet.WithRuleHits || token.Kind != TokenKind.Word || !s_secondPerson.Contains(text))
            {
                sink.AddText(FeatureHash.Slot(h, mask), i, i);
                count++;
            }

            if (token.Sentence == previousSentence)
            {
                sink.AddText(FeatureHash.Slot(FeatureHash.Pair(seed, previous, h), mask), i - 1, i);
                count++;
            }

            previous = h;
            previousSentence = token.Sentence;
            if (token.Kind == TokenKind.Word && text.Length <= MaxCharGramWord)
            {
                count += CharGrams(text, i, options, ref sink);
            }
        }

        var fields = scratch.Buffer.Fields;
        for (var f = 0; f < fields.Count; f++)
        {
            count += Field(input.Text.AsSpan(fields[f].Start, fields[f].Length), -1 - f, options, ref sink);
        }

        if (set == FeatureSet.TextOnly)
        {
            return count;
        }

        Span<int> best = stackalloc int[CreepCategories.All.Length];
        best.Clear();
        foreach (var candidate in scratch.Candidates)
        {
            var c = (int)input.RuleSet.Rules[candidate.Rule].Info.Category;
            best[c] = Math.Max(best[c], candidate.Score);
        }

        for (var c = 0; c < best.Length; c++)
        {
            if (best[c] > 0)
            {
                sink.AddRule(RuleSlot(c, options), best[c] / 100f);
            }
        }

        return count;
    }

    public static int RuleSlot(int category, HashingOptions options) =>
        FeatureHash.Slot(FeatureHash.Add(FeatureHash.Start(options.Seed, FeatureHash.Rule), (char)('0' + category)), options.Mask);

    /// <summary>Character n-grams of "^word$", hashed straight from the token's characters; the n-grams starting at one
    /// position share their hash prefix, so each character is hashed once per start.</summary>
    private static int CharGrams<TSink>(ReadOnlySpan<char> word, int token, HashingOptions options, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var padded = word.Length + 2;
        var count = 0;
        var start0 = FeatureHash.Start(options.Seed, FeatureHash.CharGram);
        for (var start = 0; start + options.CharGramMin <= padded; start++)
        {
            var h = start0;
            var end = Math.Min(padded, start + options.CharGramMax);
            for (var k = start; k < end; k++)
            {
                h = FeatureHash.Add(h, k == 0 ? '^' : k == padded - 1 ? '$' : word[k - 1]);
                if (k - start + 1 >= options.CharGramMin)
                {
                    sink.AddText(FeatureHash.Slot(h, options.Mask), token, token);
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>The whole field name (<c>predicted_due_date</c>) and its parts (<c>predicted</c>, <c>due</c>, <c>date</c>).</summary>
    private static int Field<TSink>(ReadOnlySpan<char> name, int anchor, HashingOptions options, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        sink.AddText(FeatureHash.Slot(FeatureHash.OfLower(options.Seed, FeatureHash.Field, name), options.Mask), anchor, anchor);
        var count = 1;
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] is '_' or '.' or '-' or ' ' || (i > start && char.IsUpper(name[i]) && char.IsLower(name[i - 1])))
            {
                if (i > start)
                {
                    sink.AddText(FeatureHash.Slot(FeatureHash.OfLower(options.Seed, FeatureHash.FieldPart, name[start..i]), options.Mask), anchor, anchor);
                    count++;
                }

                start = i < name.Length && char.IsUpper(name[i]) ? i : i + 1;
            }
        }

        return count;
    }
}
