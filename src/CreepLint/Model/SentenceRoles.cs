using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Model;

/// <summary>
/// The roles a sentence's words and lexicon hits play in how it is built (docs/taxonomy.md: who is addressed, what logged
/// act, how specific, which attribute, and what frames it as ordinary). The model reads each sentence's combination of
/// roles as a feature (<see cref="FeatureSet.Roles"/>), and a model that stands alone speaks only on text that has the
/// shape of a claim about the reader (<see cref="IsGrounded"/>, docs/model.md).
/// </summary>
internal static class SentenceRoles
{
    /// <summary>
    /// The roles are read from the English pack's lexicon names and English second-person words: a model of another language
    /// reads no role features (<see cref="FeaturesFor"/>), and no grounding test applies to its messages.
    /// </summary>
    public static bool AppliesTo(string language) => language == Language.LanguageTag.Default;

    /// <summary>The features a model trained now for <paramref name="language"/> reads.</summary>
    public static FeatureSet FeaturesFor(string language) => AppliesTo(language) ? FeatureSet.Current : FeatureSet.Current & ~FeatureSet.Roles;

    /// <summary>The reader: a second-person word, the reader's name, "you are", "as a", a crowd called out.</summary>
    public const int Reader = 1;

    /// <summary>A logged act: a lexicon's (bought, watched, deleted, browsing, in your basket) or a past form right after the reader ("you lingered").</summary>
    public const int Act = 2;

    /// <summary>An observer: we noticed, we can see (the <c>sender-observer</c> lexicon; a lexicon no rule uses is not scanned,
    /// so in the default pack today no hit plays this role).</summary>
    public const int Observer = 4;

    /// <summary>A specific: a number (not "one") or a time, a date, a count of days, an elapsed time, "haven't … since".</summary>
    public const int Specific = 8;

    /// <summary>An attribute: a condition, a belief, an age, a life event, a segment.</summary>
    public const int Attribute = 16;

    /// <summary>A frame that makes it ordinary: aggregate, declared preference, conditional, transactional, service, other people.</summary>
    public const int Frame = 32;

    /// <summary>Set on a role feature when its sentence is a question.</summary>
    public const int Question = 0x100;

    /// <summary>How many role combinations there are, with <see cref="Question"/> (the bits in between are unused).</summary>
    public const int Combinations = 0x200;

    /// <summary>How many tokens after the reader a past form counts as the reader's act ("you then quietly lingered").</summary>
    private const int ActReach = 3;

    private static readonly FrozenDictionary<string, byte> s_lexiconRoles = new Dictionary<string, byte>(StringComparer.Ordinal)
    {
        ["second-person"] = Reader, ["reader-name"] = Reader, ["you-are"] = Reader, ["like-you"] = Reader, ["as-a"] = Reader,
        ["crowd-callout"] = Reader, ["crowd-who"] = Reader,
        ["logged-activity"] = Act, ["logged-acts"] = Act, ["logged-acts-ongoing"] = Act, ["purchase-log"] = Act, ["list-making"] = Act,
        ["tally"] = Act | Specific,
        ["sender-observer"] = Observer,
        ["specifics"] = Specific, ["elapsed"] = Specific, ["elapsed-ago"] = Specific, ["since-month"] = Specific, ["tally-period"] = Specific,
        ["negated-aux"] = Specific,
        ["segment-nouns"] = Attribute,
        ["aggregate-framing"] = Frame, ["conditional-framing"] = Frame, ["declared-preference"] = Frame, ["recommendation-wording"] = Frame,
        ["service-framing"] = Frame, ["transactional"] = Frame, ["other-people"] = Frame,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words after which a past form describes the reader rather than an act of theirs ("you've been selected", "you were gone").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notActing =
        FrozenSet.ToFrozenSet(["been", "was", "were", "be", "being", "are", "is", "get", "got"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly ConditionalWeakTable<string?[], byte[]> s_setRoles = [];

    /// <summary>The role bits of the lexicon called <paramref name="lexicon"/>: those listed above, and an attribute for every
    /// lexicon named like the attribute lists (<c>*-terms</c>, <c>*-conditions</c>, <c>*-attributes</c>, <c>*-hardship</c>, <c>*-practices</c>).</summary>
    public static byte OfLexicon(string lexicon) =>
        s_lexiconRoles.TryGetValue(lexicon, out var role) ? role
        : lexicon.EndsWith("-terms", StringComparison.Ordinal) || lexicon.EndsWith("-conditions", StringComparison.Ordinal)
          || lexicon.EndsWith("-attributes", StringComparison.Ordinal) || lexicon.EndsWith("-hardship", StringComparison.Ordinal)
          || lexicon.EndsWith("-practices", StringComparison.Ordinal) ? (byte)Attribute
        : (byte)0;

    /// <summary>
    /// Fills <see cref="ConstructionScratch.RoleMasks"/> and <see cref="ConstructionScratch.RoleAnchors"/> with each sentence's
    /// roles and the last token that gave it one; returns the number of sentences.
    /// </summary>
    public static int Fill(ScoringInput input, ConstructionScratch scratch, byte[] setRoles)
    {
        var tokens = CollectionsMarshal.AsSpan(input.Scratch.Tokens);
        if (tokens.Length == 0)
        {
            return 0;
        }

        var chars = input.Scratch.Buffer.Chars;
        var sentences = tokens[^1].Sentence + 1;
        scratch.FitRoles(sentences);
        var (masks, anchors) = (scratch.RoleMasks, scratch.RoleAnchors);
        Array.Clear(masks, 0, sentences);
        Array.Clear(anchors, 0, sentences);
        var reader = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            var text = chars.AsSpan(token.Start, token.Length);
            var role = 0;
            switch (token.Kind)
            {
                case TokenKind.Name:
                    (role, reader) = (Reader, i);
                    break;
                case TokenKind.Number or TokenKind.Time:
                    role = text is "one" ? 0 : Specific; // "one of our…" is not a count.
                    break;
                case TokenKind.Word when text is ['y' or 'u', ..] && FeatureExtractor.IsSecondPerson(token.Kind, text): // every second-person word starts so
                    (role, reader) = (Reader, i);
                    break;
                case TokenKind.Word when reader >= 0:
                    // Only in the few words after the reader: the look-ups are skipped for every other word.
                    if (i - reader > ActReach || tokens[reader].Sentence != token.Sentence || s_notActing.Contains(text))
                    {
                        reader = -1;
                    }
                    else if (PastForms.IsPast(text))
                    {
                        role = Act;
                    }

                    break;
            }

            if (role != 0)
            {
                masks[token.Sentence] |= role;
                anchors[token.Sentence] = i;
            }
        }

        foreach (ref readonly var hit in CollectionsMarshal.AsSpan(input.Scratch.Hits))
        {
            if (setRoles[hit.Set] is var role and not 0 && (uint)hit.Sentence < (uint)sentences)
            {
                masks[hit.Sentence] |= role;
                anchors[hit.Sentence] = Math.Max(anchors[hit.Sentence], hit.Last);
            }
        }

        return sentences;
    }

    /// <summary>
    /// Whether the message has the shape of a claim about the reader: a sentence with the reader in it together with a
    /// logged act, a specific, an attribute or an observer. The learned model that stands alone
    /// (no rule finding counts) speaks only on such text (<see cref="Scoring.ModelBlend"/>).
    /// </summary>
    public static bool IsGrounded(ScoringInput input)
    {
        var scratch = input.Scratch.Roles;
        var sentences = Fill(input, scratch, LexiconRoles(input.RuleSet));
        var masks = scratch.RoleMasks;
        for (var sentence = 0; sentence < sentences; sentence++)
        {
            var mask = masks[sentence];
            if ((mask & Reader) != 0 && (mask & (Act | Observer | Specific | Attribute)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per term set of <paramref name="rules"/>, the role bits of its lexicon (0 for a rule's own phrases); computed once per rule set.</summary>
    public static byte[] LexiconRoles(CompiledRuleSet rules) =>
        s_setRoles.GetValue(rules.SetLexicons, static lexicons => [.. lexicons.Select(name => name is null ? (byte)0 : OfLexicon(name))]);
}
