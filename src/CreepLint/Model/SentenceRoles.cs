using System.Runtime.InteropServices;
using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Model;

/// <summary>
/// The roles a sentence's words and lexicon hits play in how it is built (docs/taxonomy.md: who is addressed, what logged
/// act, how specific, which attribute, and what frames it as ordinary). The model reads each sentence's combination of
/// roles as a feature (<see cref="FeatureSet.Roles"/>), and a model that stands alone speaks only on text that has the
/// shape of a claim about the reader (<see cref="IsGrounded(ScoringInput)"/>, docs/model.md).
/// </summary>
internal static class SentenceRoles
{
    /// <summary>
    /// The roles are read for the English pack (from English second-person words and the roles its rule files give their
    /// lexicons, <c>roles:</c>, <see cref="Matching.CompiledRuleSet.SetRoles"/>) and for a pack of another language whose
    /// files name a <c>reader</c> lexicon (<see cref="CompiledRuleSet.DeclaresReader"/>). A model of a language whose pack does
    /// not reads no role features (<see cref="FeaturesFor"/>), and no grounding test applies to its messages.
    /// </summary>
    public static bool AppliesTo(CompiledRuleSet set) => set.Language == Language.LanguageTag.Default || set.DeclaresReader;

    /// <summary>The features a model trained now with the pack <paramref name="set"/> reads.</summary>
    public static FeatureSet FeaturesFor(CompiledRuleSet set) => AppliesTo(set) ? FeatureSet.Current : FeatureSet.Current & ~FeatureSet.Roles;

    /// <summary>The reader: a second-person word, the reader's name, "you are", "as a", a crowd called out.</summary>
    public const int Reader = 1;

    /// <summary>A logged act: a lexicon's (bought, watched, deleted, browsing, in your basket) or a past form right after the reader ("you lingered").</summary>
    public const int Act = 2;

    /// <summary>An observer: our system, our records, a partner, "saw you", a source reporting on the reader ("your watch data says you").</summary>
    public const int Observer = 4;

    /// <summary>A specific: a number (not "one", SMS shorthand's "2" or "4", a phone number) or a time, a date, a count of days, an elapsed time, "haven't … since", a place named after "in", "at" or "near".</summary>
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

    /// <summary>The role names of a rule file's <c>roles:</c> key (docs/rule-format.md), in order, with their bits.</summary>
    public static IReadOnlyList<(string Name, byte Role)> Named { get; } =
        [("reader", Reader), ("act", Act), ("observer", Observer), ("specific", Specific), ("attribute", Attribute), ("frame", Frame)];

    /// <summary>The bit of the role called <paramref name="name"/> in a rule file, or false.</summary>
    public static bool TryParse(string name, out byte role)
    {
        foreach (var (known, bit) in Named)
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                role = bit;
                return true;
            }
        }

        role = 0;
        return false;
    }

    /// <summary>Words after which a past form describes the reader rather than an act of theirs ("you've been selected", "you were gone").</summary>
    private static readonly string[] s_notActing = ["been", "was", "were", "be", "being", "are", "is", "get", "got"];

    /// <summary>Words that follow SMS shorthand's "2" (to) or "4" (for) and never a count: verbs and pronouns ("2 make", "4 u").</summary>
    private static readonly string[] s_afterShorthand =
            ["make", "get", "go", "be", "b", "see", "c", "u", "ur", "you", "your", "me", "my", "us", "him", "her", "them", "win", "claim", "call", "txt",
             "text", "meet", "chat", "find", "know", "do", "say", "talk", "play", "join", "receive", "collect", "reply", "send", "enter", "start",
             "keep", "help", "take", "hear", "contact", "come", "show", "try", "use", "buy", "pay", "book", "order", "watch", "read", "listen",
             "the", "this", "that", "all", "every", "each", "ever", "sale"];

    /// <summary>Verbs by which a source reports on someone ("says", "suggests", "indicates", "tells us"; after a plural source
    /// "your searches suggest", but not "show", "tell" or "say", which the sender also says of itself: "let us show you"): followed by the reader, an observer.</summary>
    private static readonly string[] s_reporting =
            ["says", "said", "shows", "showed", "suggests", "suggested", "indicates", "indicated", "reports", "reported", "reveals", "revealed",
             "tells", "told", "confirms", "confirmed", "predicts", "predicted", "estimates", "estimated", "infers", "inferred", "detected",
             "flagged", "noticed", "notices", "suggest", "indicate", "reveal", "confirm", "predict", "estimate", "infer", "detect"];

    /// <summary>
    /// Whether the reader word at <paramref name="index"/> is what a source reports on: a reporting verb
    /// (<see cref="s_reporting"/>) right before it, or before "that" or "us" before it ("data suggests that you", "tells us you").
    /// </summary>
    private static bool IsReportedOn(ReadOnlySpan<Token> tokens, int index, char[] chars)
    {
        for (var j = index - 1; j >= 0 && j >= index - 2 && tokens[j].Sentence == tokens[index].Sentence && tokens[j].Kind == TokenKind.Word; j--)
        {
            if ((Flags(chars, tokens[j]) & ReportingWord) != 0)
            {
                return true;
            }

            if (chars.AsSpan(tokens[j].Start, tokens[j].Length) is not ("that" or "us"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Prepositions of place: a capitalised word right after one names a place ("you were in Milan", "near La Rambla", "back from Crete").</summary>
    private static readonly string[] s_locative = ["in", "at", "near", "around", "outside", "inside", "from", "across"];

    /// <summary>What the role tests ask of a word, a bit each (<see cref="s_words"/>).</summary>
    private const int SecondPersonWord = 1, NotActingWord = 2, AfterShorthandWord = 4, ReportingWord = 8, LocativeWord = 16, IrregularPastWord = 32, NotPastWord = 64;

    /// <summary>
    /// Every word a role test asks about, with its bits, looked up by its packed characters (<see cref="WordTable"/>): one
    /// look-up answers what took up to three frozen-set look-ups (a word after the reader: not acting? an irregular past
    /// form? an exception to the regular ones?), and each is cheaper than hashing the word's characters.
    /// </summary>
    private static readonly WordTable s_words = WordsWithFlags();

    private static WordTable WordsWithFlags()
    {
        var flags = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, int flag)
        {
            foreach (var word in words)
            {
                flags[word] = flags.GetValueOrDefault(word) | flag;
            }
        }

        Add(FeatureExtractor.SecondPersonWords, SecondPersonWord);
        Add(s_notActing, NotActingWord);
        Add(s_afterShorthand, AfterShorthandWord);
        Add(s_reporting, ReportingWord);
        Add(s_locative, LocativeWord);
        Add(PastForms.Irregular, IrregularPastWord);
        Add(PastForms.NotPast, NotPastWord);
        return new WordTable(flags);
    }

    /// <summary>The bits of <paramref name="token"/>'s word in <see cref="s_words"/> (0 for any other word).</summary>
    private static int Flags(char[] chars, in Token token) => s_words.TryGet(chars, token.Start, token.Length, out var flags) ? flags : 0;

    /// <summary>Whether the word <paramref name="token"/> is a second-person word (<see cref="FeatureExtractor.SecondPersonWords"/>).</summary>
    private static bool IsSecondPerson(char[] chars, in Token token) =>
        chars.AsSpan(token.Start, token.Length) is ['y' or 'u', ..] && (Flags(chars, token) & SecondPersonWord) != 0; // every second-person word starts so

    /// <summary>
    /// Whether the word at <paramref name="index"/> names a place: capitalised in the source right after a locative
    /// preposition that is not (so a title-case heading, "Save Big At Our Sale", names none).
    /// </summary>
    private static bool IsPlaceAfter(ReadOnlySpan<Token> tokens, int index, char[] chars, string source)
    {
        if (index == 0)
        {
            return false;
        }

        ref readonly var token = ref tokens[index];
        ref readonly var before = ref tokens[index - 1];
        return before.Kind == TokenKind.Word && before.Sentence == token.Sentence
            && (uint)token.SourceStart < (uint)source.Length && char.IsUpper(source[token.SourceStart])
            && (uint)before.SourceStart < (uint)source.Length && char.IsLower(source[before.SourceStart])
            && (Flags(chars, before) & LocativeWord) != 0;
    }

    /// <summary>Whether a number token is seven digits or more with nothing else: a phone, account or order number.</summary>
    private static bool IsIdentifier(ReadOnlySpan<char> text) => text.Length >= 7 && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Whether the "2" or "4" at <paramref name="index"/> is shorthand: a word comes right before it and one of <see cref="s_afterShorthand"/> right after.</summary>
    private static bool IsShorthandBefore(ReadOnlySpan<Token> tokens, int index, char[] chars) =>
        index > 0 && index + 1 < tokens.Length && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].Sentence == tokens[index].Sentence
        && tokens[index + 1].Kind == TokenKind.Word && tokens[index + 1].Sentence == tokens[index].Sentence
        && (Flags(chars, tokens[index + 1]) & AfterShorthandWord) != 0;

    /// <summary>
    /// Fills <see cref="ConstructionScratch.RoleMasks"/> and <see cref="ConstructionScratch.RoleAnchors"/> with each sentence's
    /// roles and the last token that gave it one; returns the number of sentences.
    /// </summary>
    /// <remarks>
    /// A lint asks for the roles up to three times (the grounding test, the model's role features, the grounding of the
    /// window it speaks on); they are worked out once per message and set roles, and read from the scratch after that.
    /// </remarks>
    public static int Fill(ScoringInput input, ConstructionScratch scratch, byte[] setRoles)
    {
        if (scratch.TryGetFilled(input.Scratch.Generation, setRoles, out var filled))
        {
            return filled;
        }

        var sentences = FillAnew(input, scratch, setRoles);
        scratch.Filled(input.Scratch.Generation, setRoles, sentences);
        return sentences;
    }

    private static int FillAnew(ScoringInput input, ConstructionScratch scratch, byte[] setRoles)
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
        var others = scratch.FitOthers(tokens.Length);
        var language = input.RuleSet.Language;
        var english = language == Language.LanguageTag.Default; // the word tests below are English; another pack's reader is its lexicon's
        var verbs = !english && ReaderVerbs.Reads(language); // German, French and Spanish verb forms (ReaderVerbs)
        var readers = scratch.RoleReaders;
        readers.Clear();
        var (reader, lastReader, other, anyOther) = (-1, -1, false, false);
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            var text = chars.AsSpan(token.Start, token.Length);
            var role = 0;
            if (i > 0 && tokens[i - 1].Sentence != token.Sentence)
            {
                other = false;
            }

            switch (token.Kind)
            {
                case TokenKind.Name:
                    (role, reader, lastReader, other) = (Reader, i, i, false);
                    break;
                case TokenKind.Person:
                    // "Tom Becker bought…": what follows is someone else's act, until the reader comes back.
                    (reader, other, anyOther) = (-1, true, true);
                    break;
                case TokenKind.Number or TokenKind.Time:
                    // "one of our…" is not a count, nor SMS shorthand's "2" and "4" for "to" and "for" ("looking 2 make contact"),
                    // nor a run of seven digits or more: a phone, account or order number names a line, not how specific the sender is.
                    role = text is "one" || (text is "2" or "4" && IsShorthandBefore(tokens, i, chars)) || IsIdentifier(text) ? 0 : Specific;
                    break;
                case TokenKind.Word when !english:
                    if (verbs && ReaderVerbs.ReaderRoles(language, text) is var verbRoles and not 0)
                    {
                        role = verbRoles; // "pasaste", "elegiste", "has"
                        readers.Add(i);
                    }

                    break;
                case TokenKind.Word when IsSecondPerson(chars, token):
                    // The reader as what a source reports on ("your watch data says you", "records suggest that you're"): an observer.
                    role = IsReportedOn(tokens, i, chars) ? Reader | Observer : Reader;
                    (reader, lastReader, other) = (i, i, false);
                    break;
                case TokenKind.Word when IsPlaceAfter(tokens, i, chars, input.Text):
                    role = Specific; // a place the reader is put in ("you were in Milan")
                    break;
                case TokenKind.Word when text is "who" && lastReader != i - 1:
                    // "a secret admirer who is looking": what follows is someone else's act, until the reader comes back.
                    (other, anyOther) = (true, true);
                    break;
                case TokenKind.Word when reader >= 0:
                    // Only in the few words after the reader: the look-ups are skipped for every other word.
                    // One look-up of the word for both questions (PastForms.IsPast's, then whether it ends the reader's reach).
                    var flags = i - reader > ActReach || tokens[reader].Sentence != token.Sentence ? NotActingWord : Flags(chars, token);
                    if ((flags & NotActingWord) != 0)
                    {
                        reader = -1;
                    }
                    else if (PastForms.IsPast(text, irregular: (flags & IrregularPastWord) != 0, notPast: (flags & NotPastWord) != 0))
                    {
                        role = Act;
                    }

                    break;
            }

            others[i] = other;
            if (role != 0)
            {
                masks[token.Sentence] |= role;
                anchors[token.Sentence] = i;
            }
        }

        var hits = CollectionsMarshal.AsSpan(input.Scratch.Hits);
        if (anyOther)
        {
            // A crowd the reader is in ("the 53 people who", "to the person who") makes the clause after it the reader's again.
            foreach (ref readonly var hit in hits)
            {
                if ((uint)hit.Set < (uint)setRoles.Length && (setRoles[hit.Set] & Reader) != 0)
                {
                    for (var j = hit.First; j < tokens.Length && tokens[j].Sentence == hit.Sentence && (j <= hit.Last + 1 || others[j]); j++)
                    {
                        others[j] = false;
                    }
                }
            }
        }

        if (verbs)
        {
            // The reader's act said with a verb no lexicon lists: a participle after the reader and a perfect auxiliary.
            ReaderVerbs.ReaderStarts(hits, setRoles, readers);
            ReaderVerbs.MarkActs(language, tokens, chars, input.Text, CollectionsMarshal.AsSpan(readers), masks, anchors);
            ReaderVerbs.MarkPlaces(language, tokens, chars, input.Text, CollectionsMarshal.AsSpan(readers), masks, anchors);
            if (language == "es")
            {
                ReaderVerbs.MarkUstedPerfect(tokens, chars, input.Text, masks, anchors);
            }
        }

        foreach (ref readonly var hit in hits)
        {
            if ((uint)hit.Set < (uint)setRoles.Length && setRoles[hit.Set] is var role and not 0 && (uint)hit.Sentence < (uint)sentences)
            {
                if (anyOther && (role & Act) != 0 && others[hit.First])
                {
                    role = (byte)(role & ~Act); // someone else's act ("an admirer who is looking"), not the reader's
                    if (role == 0)
                    {
                        continue;
                    }
                }

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
    public static bool IsGrounded(ScoringInput input) => GroundingOf(input, 0, int.MaxValue) != Grounding.None;

    /// <summary>Per sentence, whether it has the reader with an act, a specific, an attribute or an observer (a scratch array,
    /// valid until the next call on this thread).</summary>
    public static bool[] GroundedSentences(ScoringInput input)
    {
        var scratch = input.Scratch.Roles;
        var sentences = Fill(input, scratch, input.RuleSet.SetRoles);
        var grounded = scratch.FitGrounded(sentences);
        for (var sentence = 0; sentence < sentences; sentence++)
        {
            grounded[sentence] = IsClaim(scratch.RoleMasks[sentence]);
        }

        return grounded;
    }

    /// <summary>
    /// Whether <see cref="Fill"/> may give a sentence the <see cref="Reader"/> role: the message has a name, an English
    /// second-person word or a hit of a lexicon with the reader role (a pack of another language: always, its verbs are
    /// read by <see cref="Fill"/>). Every source of the role in <see cref="Fill"/> is one of these.
    /// </summary>
    internal static bool MayHaveReader(ScoringInput input, byte[] setRoles)
    {
        if (input.RuleSet.Language != Language.LanguageTag.Default)
        {
            return true;
        }

        // The hits first: the second-person lexicon plays the reader, so most messages with the reader are told by a byte
        // read per hit, before any word is looked up.
        foreach (ref readonly var hit in CollectionsMarshal.AsSpan(input.Scratch.Hits))
        {
            if ((uint)hit.Set < (uint)setRoles.Length && (setRoles[hit.Set] & Reader) != 0)
            {
                return true;
            }
        }

        var chars = input.Scratch.Buffer.Chars;
        foreach (ref readonly var token in CollectionsMarshal.AsSpan(input.Scratch.Tokens))
        {
            if (token.Kind == TokenKind.Name
                || (token.Kind == TokenKind.Word && IsSecondPerson(chars, token)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClaim(int mask) => ClaimOf(mask) != Grounding.None;

    /// <summary>How firmly a sentence with role mask <paramref name="mask"/> claims something about the reader.</summary>
    private static Grounding ClaimOf(int mask)
    {
        var claims = (mask & Reader) == 0 ? 0 : mask & (Act | Observer | Specific | Attribute);
        return claims == 0 ? Grounding.None : (claims & (claims - 1)) == 0 ? Grounding.OneRole : Grounding.TwoRoles;
    }

    /// <summary>
    /// How firmly the sentences of the tokens from <paramref name="firstToken"/> up to <paramref name="endToken"/> (a long
    /// message's best window, so that a claim in one paragraph does not let the model speak on chat in another) claim
    /// something about the reader: the firmest of them (<see cref="Grounding"/>).
    /// </summary>
    public static Grounding GroundingOf(ScoringInput input, int firstToken, int endToken)
    {
        if (!MayHaveReader(input, input.RuleSet.SetRoles))
        {
            return Grounding.None; // no sentence has the reader, so none is a claim: most messages, decided without their roles
        }

        var scratch = input.Scratch.Roles;
        var sentences = Fill(input, scratch, input.RuleSet.SetRoles);
        var tokens = input.Scratch.Tokens;
        var (from, to) = tokens.Count == 0 ? (0, 0)
            : (tokens[Math.Clamp(firstToken, 0, tokens.Count - 1)].Sentence, tokens[Math.Clamp(endToken, 1, tokens.Count) - 1].Sentence + 1);
        var firmest = Grounding.None;
        for (var sentence = from; sentence < Math.Min(to, sentences); sentence++)
        {
            var claim = ClaimOf(scratch.RoleMasks[sentence]);
            if (claim > firmest)
            {
                firmest = claim;
            }
        }

        return firmest;
    }
}
