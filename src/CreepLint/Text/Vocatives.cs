using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace CreepLint.Text;

/// <summary>
/// Marks the words that name the person a message speaks to ("Hi Anna,", "Chemo days are long, Maria.", "Marcus, …") as
/// <see cref="TokenKind.Name"/>, so that rules can treat a vocative like "you": a sentence that names its reader binds
/// what it says to them as firmly as a second-person pronoun does.
/// </summary>
/// <remarks>
/// Names are told by their source capitals (the normalised text is lower case) and their place: after a greeting, between
/// a comma and the end of the sentence, or first in a sentence before a comma. A capitalised word in those places that is
/// a common sentence opener ("Today,", "However,") or a calendar word is not taken for a name. Whole-capital words
/// ("STOP") and single letters never are. The pass costs one source character read per word token.
/// </remarks>
internal static class Vocatives
{
    /// <summary>Most capitalised words one name may run to ("Mr Okafor", "Anna Maria Lopez").</summary>
    private const int MaxNameWords = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_greetings = FrozenSet.Create(StringComparer.Ordinal,
        "hi", "hey", "hello", "dear", "hiya", "heya", "howdy", "morning", "evening", "afternoon", "congrats", "congratulations",
        "thanks", "welcome", "cheers", "bye", "goodbye", "sorry", "psst", "yo", "ahoy").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Capitalised words that open a sentence or close a clause without naming anyone.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNames = FrozenSet.Create(StringComparer.Ordinal,
        "today", "tonight", "tomorrow", "yesterday", "now", "however", "also", "yes", "no", "yep", "nope", "ok", "okay", "oh", "well",
        "so", "plus", "please", "remember", "reminder", "note", "update", "good", "great", "finally", "firstly", "first", "second",
        "secondly", "third", "next", "last", "lastly", "meanwhile", "instead", "besides", "otherwise", "still", "yet", "again",
        "sadly", "luckily", "unfortunately", "fortunately", "honestly", "seriously", "basically", "actually", "anyway", "overall",
        "sometimes", "often", "recently", "lately", "here", "there", "then", "this", "that", "these", "those", "look", "listen",
        "friends", "folks", "everyone", "everybody", "guys", "team", "members", "customers", "shoppers", "subscribers", "all",
        "again", "indeed", "sure", "absolutely", "alright", "right", "wow", "hurry", "quick", "quickly", "psst", "attention",
        "urgent", "important", "warning", "notice", "ps", "p.s", "nb", "fyi", "btw", "hello", "hi", "hey", "dear", "thanks",
        "thank", "welcome", "congratulations", "congrats", "cheers", "sorry", "soon", "later", "earlier", "currently", "usually",
        "normally", "typically", "generally", "naturally", "of", "in", "on", "at", "for", "with", "by", "from", "after", "before",
        "since", "until", "if", "when", "while", "because", "but", "and", "or", "as", "like", "just", "only", "even", "free",
        // Prepositions of place that open a question about where the reader is ("Near Westfield three days in a row?"): a
        // sentence they open with a name is not a person's full name.
        "near", "outside", "inside", "around", "across", "behind", "beside", "opposite", "past", "through", "along", "towards",
        "toward", "into", "onto", "within", "over", "under", "between", "beyond", "off",
        "new", "more", "less", "save", "shop", "buy", "get", "book", "order", "join", "sign", "click", "tap", "reply", "text",
        "call", "visit", "subject", "preheader", "sms", "push", "email", "in-app", "banner", "headline", "ad", "inc", "ltd", "llc",
        "plc", "co", "uk", "us", "usa", "eu", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "weekday", "weekend", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "spring", "summer", "autumn", "winter", "fall", "christmas", "easter", "ramadan", "diwali",
        "eid", "hanukkah", "thanksgiving", "halloween", "valentine's", "morning", "evening", "afternoon", "night", "daily",
        "weekly", "monthly", "yearly", "annually", "love", "best", "regards", "sincerely", "yours", "xo", "xx", "x", "lol",
        "omg", "what", "why", "how", "who", "where", "which", "whatever", "wherever", "whenever", "ready", "done", "sold",
        "limited", "exclusive", "final", "sale", "offer", "deal", "deals", "discount", "bonus", "gift", "gifts", "prize",
        // The role a formal letter addresses ("Dear Customer,", "Dear Patient,", "Dear Account Holder,"): a salutation, not
        // the reader's name, so a sensitive word in the letter is not bound to a name.
        "customer", "member", "student", "students", "patient", "patients", "resident", "residents", "tenant", "tenants",
        "policyholder", "policyholders", "colleague", "colleagues", "parent", "parents", "guardian", "applicant", "subscriber",
        "client", "clients", "supporter", "supporters", "donor", "donors", "neighbour", "neighbor", "homeowner", "householder",
        "occupier", "landlord", "employee", "employees", "candidate", "user", "users", "traveller", "traveler", "guest",
        "guests", "shopper", "reader", "readers", "sir", "madam", "sirs", "cardholder", "account", "holder", "bill", "payer",
        "valued", "friend", "alumnus", "alumni", "graduate", "pupil", "learner", "passenger", "passengers", "driver", "rider",
        "owner", "investor", "shareholder", "taxpayer", "claimant", "beneficiary", "recipient", "partner", "partners",
        "volunteer", "volunteers", "staff", "owners").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a clause after a vocative's comma: a list never goes on with them.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_clauseOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "you", "your", "you're", "you've", "you'll", "you'd", "u", "ur", "we", "we're", "we've", "we'll", "i", "i'm", "i've", "it's",
        "it", "here's", "there's", "this", "that", "these", "let's", "don't", "thanks", "welcome", "please").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a noun phrase rather than a name ("The Ember trail shoes…", "Our Oslo phone…").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners = FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "our", "my", "his", "her", "their", "its", "every", "each", "some", "any", "one", "two", "three",
        "most", "many", "few", "both", "another", "other", "top", "new", "big").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words in a field's path that show it names someone other than the reader.</summary>
    private static readonly string[] s_notPersonOwners =
        ["product", "item", "store", "shop", "brand", "company", "merchant", "plan", "event", "venue", "sender", "from", "agent",
         "rep", "doctor", "restaurant", "hotel", "category", "campaign", "list", "file", "app", "team", "org", "business", "course",
         "class", "coach", "trainer", "driver", "host", "author", "artist", "friend", "partner", "referr", "pet", "child", "kid", "baby",
         // The same owners in the packs' languages ("{{ produkt.name }}", "{{ tienda.nombre }}", "{{ produit.nom }}").
         "produkt", "artikel", "produit", "producto", "articulo", "laden", "tienda", "magasin", "boutique", "filiale", "sucursal", "marke",
         "marque", "marca", "veranstaltung", "evenement", "evento", "empresa", "entreprise", "freund", "amigo"];

    /// <summary>
    /// Re-marks as <see cref="TokenKind.Name"/> the word tokens that name the person addressed and the placeholders for their
    /// name, and the placeholders for a quantity or a clock time as the number or time they print (<see cref="PlaceholderValues"/>).
    /// </summary>
    /// <param name="buffer">The normalised text (lower case, punctuation kept) and its placeholders and fields.</param>
    /// <param name="source">The source text, for capitals and field names.</param>
    /// <param name="tokens">The tokens, rewritten in place.</param>
    /// <param name="allTokens">Look at every token rather than the tokenizer's <see cref="TextBuffer.NameCandidates"/> (after tokens moved).</param>
    public static void Mark(TextBuffer buffer, string source, List<Token> tokens, bool allTokens)
    {
        var chars = buffer.Chars;
        var length = buffer.Length;
        var span = CollectionsMarshal.AsSpan(tokens);
        if (buffer.Fields.Count > 0)
        {
            var field = 0;
            for (var t = 0; t < span.Length; t++)
            {
                if (span[t].Kind == TokenKind.Placeholder && FieldAt(buffer.Fields, ref field, span[t].SourceStart, span[t].SourceEnd) is var at && at >= 0)
                {
                    // The reader's name reads as a name; a quantity or a clock time as the number or time it prints.
                    var path = source.AsSpan(buffer.Fields[at].Start, buffer.Fields[at].Length);
                    span[t] = span[t] with { Kind = IsNamePath(path) ? TokenKind.Name : PlaceholderValues.KindOf(path) };
                }
            }
        }

        var candidates = CollectionsMarshal.AsSpan(buffer.NameCandidates);
        var count = allTokens ? span.Length : candidates.Length;
        var next = 0;
        for (var c = 0; c < count; c++)
        {
            var t = allTokens ? c : candidates[c];
            if (t < next || span[t].Kind != TokenKind.Word || !IsCapitalised(span[t], source) || !MayStartVocative(span, t, chars, length))
            {
                continue;
            }

            var words = NameLength(span, t, chars, source);
            if (words == 0 || !IsVocative(span, t, words, chars, length))
            {
                continue;
            }

            for (var k = t; k < t + words; k++)
            {
                span[k] = span[k] with { Kind = TokenKind.Name };
            }

            next = t + words;
        }
    }

    /// <summary>
    /// Re-marks as <see cref="TokenKind.Name"/> the placeholders for the reader's name in a pack's own words
    /// (<c>{{ vorname }}</c>, <c>{{ prénom }}</c>, <c>{{ nombre }}</c>, <c>{{ apellido }}</c>): called by the matcher for a
    /// pack of a language other than English, after the language is known, so the English pack and model read such a
    /// field as they always have (a placeholder).
    /// </summary>
    /// <param name="buffer">The normalised text and its placeholders and fields.</param>
    /// <param name="source">The source text, for field names.</param>
    /// <param name="tokens">The tokens, rewritten in place.</param>
    public static void MarkPackNames(TextBuffer buffer, string source, List<Token> tokens)
    {
        if (buffer.Fields.Count == 0)
        {
            return;
        }

        var span = CollectionsMarshal.AsSpan(tokens);
        var field = 0;
        for (var t = 0; t < span.Length; t++)
        {
            if (span[t].Kind == TokenKind.Placeholder && FieldAt(buffer.Fields, ref field, span[t].SourceStart, span[t].SourceEnd) is var at && at >= 0
                && IsNamePath(source.AsSpan(buffer.Fields[at].Start, buffer.Fields[at].Length), packWords: true))
            {
                span[t] = span[t] with { Kind = TokenKind.Name };
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="t"/> is a word capitalised inside its sentence ("Back from Tenerife?", "working from
    /// the Café Luna again?"): the name of a place, venue or shop, which a term calls <c>&lt;proper&gt;</c>. The matcher asks
    /// only for the word after a phrase under way that may go on with a name, so capitals are never read for every word.
    /// </summary>
    /// <remarks>
    /// Not the first word of a sentence, nor a word of a title-case sentence (four words or more, at least three in five
    /// capitalised, a name of several capitalised words counting as one: "Back In Stock At Every Store" is title case,
    /// "Leaving the Marriott Downtown?" is not; three or more capitalised words straight after a capitalised opener always
    /// are), nor a calendar word, a common opener or the pronoun "I" ("New" only where it opens "New York"); capitalised
    /// means an upper-case letter followed by a lower-case one, so "STOP" and "LIS" are not. The token keeps its kind, so it
    /// still matches its own word and every other reader of the tokens sees it as before.
    /// </remarks>
    /// <param name="source">The source text, for capitals.</param>
    /// <param name="chars">The normalised text.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="t">The token asked about.</param>
    public static bool IsProper(string source, char[] chars, ReadOnlySpan<Token> tokens, int t)
    {
        var sentence = tokens[t].Sentence;
        if (t == 0 || tokens[t - 1].Sentence != sentence || !IsCapitalised(tokens[t], source)
            || (s_notNames.Contains(WithoutPossessive(Text(chars, tokens[t]))) && !OpensAName(source, chars, tokens, t)))
        {
            return false;
        }

        var start = t;
        while (start > 0 && tokens[start - 1].Sentence == sentence)
        {
            start--;
        }

        // The name the word begins or goes on ("the Marriott Downtown", "New York", "Canary Wharf") counts as one word: a
        // place of two capitalised words in a short question is not title case. A run of three or more capitalised words
        // straight after a capitalised opener is ("Back In Stock At Every Store").
        var (runStart, runEnd) = CapitalisedRun(source, chars, tokens, t);
        runStart = Math.Max(runStart, start + 1);
        if (runStart == start + 1 && runEnd - runStart >= 2 && IsCapitalised(tokens[start], source))
        {
            return false;
        }

        var words = 0;
        var capitals = 0;
        for (var k = start; k < tokens.Length && tokens[k].Sentence == sentence; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && (k <= runStart || k > runEnd))
            {
                words++;
                capitals += IsCapitalised(tokens[k], source) ? 1 : 0;
            }
        }

        return !(words >= 4 && capitals * 5 >= words * 3);
    }

    /// <summary>
    /// Whether "New", which alone names nothing ("New arrivals"), opens a place's name with the capitalised word after it
    /// ("New York", "New Forest"). Calendar words do not ("Spring Referral Challenge" is a campaign, not a place).
    /// </summary>
    private static bool OpensAName(string source, char[] chars, ReadOnlySpan<Token> tokens, int t) =>
        Text(chars, tokens[t]) is "new" && t + 1 < tokens.Length && JoinedByASpace(chars, tokens, t, tokens[t].Sentence)
        && IsCapitalised(tokens[t + 1], source) && !s_notNames.Contains(WithoutPossessive(Text(chars, tokens[t + 1])));

    /// <summary>
    /// The first and last token of the capitalised words around <paramref name="t"/> in its sentence, each next to the one
    /// before it with only a space between them.
    /// </summary>
    private static (int Start, int End) CapitalisedRun(string source, char[] chars, ReadOnlySpan<Token> tokens, int t)
    {
        var sentence = tokens[t].Sentence;
        var first = t;
        while (first > 0 && JoinedByASpace(chars, tokens, first - 1, sentence) && IsCapitalised(tokens[first - 1], source))
        {
            first--;
        }

        var last = t;
        while (last + 1 < tokens.Length && JoinedByASpace(chars, tokens, last, sentence) && IsCapitalised(tokens[last + 1], source))
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>Whether token <paramref name="k"/> and the next are words of one sentence with one space between them.</summary>
    private static bool JoinedByASpace(char[] chars, ReadOnlySpan<Token> tokens, int k, int sentence)
    {
        ref readonly var a = ref tokens[k];
        ref readonly var b = ref tokens[k + 1];
        return a.Sentence == sentence && b.Sentence == sentence && a.Kind == TokenKind.Word && b.Kind == TokenKind.Word
            && b.Start == a.Start + a.Length + 1 && chars[a.Start + a.Length] == ' ';
    }

    /// <summary>A word without its possessive "'s" ("friday's" is "friday").</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^2] == '\'' && word[^1] == 's' ? word[..^2] : word;

    /// <summary>
    /// Re-marks as <see cref="TokenKind.Person"/> a first name and a surname that open a sentence ("Tom Becker bought…",
    /// "Jane Doe, 34, of Bristol…"): someone other than the reader, whose doings a message may broadcast. Called by the
    /// matcher for a pack whose terms say <c>&lt;person&gt;</c> (English: in German every noun is capitalised).
    /// </summary>
    /// <remarks>
    /// Two capitalised words (a title counts as the first: "Mrs Lee"), neither a common opener, a greeting, a determiner
    /// or a calendar word, and the word after them not capitalised (title-case copy, "Summer Styles Just Dropped",
    /// capitalises it too) nor a colon (a sender's name: "Beacon Digital: …"). Only the tokenizer's name candidates are
    /// read (the capitalised first words of sentences), so a message whose sentences open in lower case costs nothing.
    /// </remarks>
    /// <param name="buffer">The normalised text and the tokenizer's name candidates.</param>
    /// <param name="source">The source text, for capitals.</param>
    /// <param name="tokens">The tokens, rewritten in place.</param>
    public static void MarkPersons(TextBuffer buffer, string source, List<Token> tokens)
    {
        var chars = buffer.Chars;
        var span = CollectionsMarshal.AsSpan(tokens);
        var candidates = CollectionsMarshal.AsSpan(buffer.NameCandidates);
        var moved = buffer.NameCandidatesMoved;
        var count = moved ? span.Length : candidates.Length - 1;
        for (var c = 0; c < count; c++)
        {
            // Both words are candidates (capitalised, first and second in the sentence): most candidates stop here.
            var t = moved ? c : candidates[c];
            if ((!moved && candidates[c + 1] != t + 1) || t + 2 >= span.Length || span[t].Kind != TokenKind.Word || span[t + 1].Kind != TokenKind.Word
                || !(t == 0 || span[t - 1].Sentence != span[t].Sentence)
                || span[t + 1].Sentence != span[t].Sentence || span[t + 2].Sentence != span[t].Sentence
                || !IsCapitalised(span[t], source) || !IsCapitalised(span[t + 1], source) || !OnlySpaceBetween(chars, span[t], span[t + 1])
                || Tokenizer.IsUpperAt(source, span[t + 2].SourceStart) || NextNonSpace(chars, span[t + 1].Start + span[t + 1].Length, buffer.Length) == ':')
            {
                continue;
            }

            var first = Text(chars, span[t]);
            var second = Text(chars, span[t + 1]);
            if ((s_notNames.Contains(first) && !IsTitle(chars, span[t])) || s_greetings.Contains(first) || s_clauseOpeners.Contains(first)
                || s_determiners.Contains(first) || s_notNames.Contains(second) || IsTitle(chars, span[t + 1]) || s_clauseOpeners.Contains(second))
            {
                continue;
            }

            span[t] = span[t] with { Kind = TokenKind.Person };
            span[t + 1] = span[t + 1] with { Kind = TokenKind.Person };
        }
    }

    /// <summary>The index of the first field the placeholder at <paramref name="start"/> outputs, or -1 for none.</summary>
    /// <param name="fields">The message's fields in source order.</param>
    /// <param name="next">The first field not yet passed; placeholders come in source order, so it only moves forward.</param>
    /// <param name="start">The placeholder's source offset.</param>
    /// <param name="end">The source offset just past the placeholder: a field from there on belongs to a later one.</param>
    private static int FieldAt(List<FieldRef> fields, ref int next, int start, int end)
    {
        while (next < fields.Count && fields[next].Start < start)
        {
            next++;
        }

        return next >= fields.Count || (end > start && fields[next].Start >= end) ? -1 : next;
    }

    /// <summary>
    /// Whether a field path is a person's name (<c>first_name</c>, <c>FNAME</c>, <c>customer.firstName</c>, <c>name</c>, <c>vorname</c>),
    /// not a product's or a shop's (<c>product.name</c>).
    /// </summary>
    private static bool IsNamePath(ReadOnlySpan<char> path, bool packWords = false)
    {
        var dot = path.LastIndexOf('.');
        var last = dot < 0 ? path : path[(dot + 1)..];
        if (!IsNameSegment(last, packWords))
        {
            return false;
        }

        // "product.name", "store.name", "sender_name" are not the reader.
        var owner = dot < 0 ? default : path[..dot];
        foreach (var word in s_notPersonOwners)
        {
            if (owner.Contains(word, StringComparison.OrdinalIgnoreCase) || last.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A field name that holds a person's name: name, first_name, firstName, FNAME, given-name, full_name, nickname…, and
    /// with <paramref name="packWords"/> the same fields named in the packs' languages (<c>vorname</c>, <c>nachname</c>,
    /// <c>prenom</c>, <c>prénom</c>, <c>nom</c>, <c>nombre</c>, <c>apellido</c>): a template's field names follow the
    /// language its copy is written in.
    /// </summary>
    private static bool IsNameSegment(ReadOnlySpan<char> segment, bool packWords)
    {
        Span<char> folded = stackalloc char[32];
        var n = 0;
        foreach (var c in segment)
        {
            if (c is '_' or '-' or ' ')
            {
                continue;
            }

            if (n == folded.Length)
            {
                return false;
            }

            // "prénom" is "prenom": the only accented letter these field names have.
            folded[n++] = c is 'é' or 'É' ? 'e' : char.ToLowerInvariant(c);
        }

        return folded[..n] is "name" or "firstname" or "fname" or "first" or "givenname" or "fullname" or "nickname" or "customername"
            or "displayname" or "preferredname" or "recipientname" or "contactname" or "membername" or "username" or "lastname"
            or "lname" or "surname"
            || (packWords && folded[..n] is "vorname" or "nachname" or "familienname" or "rufname" or "prenom" or "nom" or "nomdefamille"
                or "nombre" or "apellido" or "apellidos");
    }

    /// <summary>A word token whose source starts with a capital followed by a lower-case letter ("Anna", not "STOP" or "I").</summary>
    private static bool IsCapitalised(in Token token, string source)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2 || token.SourceStart + 1 >= source.Length)
        {
            return false;
        }

        var first = source[token.SourceStart];
        var second = source[token.SourceStart + 1];
        return (char.IsAsciiLetterUpper(first) || (first > 127 && char.IsUpper(first))) && (char.IsAsciiLetterLower(second) || (second > 127 && char.IsLower(second)));
    }

    /// <summary>How many capitalised words from <paramref name="t"/> make one name (a title and up to two more), 0 if the first is no name.</summary>
    private static int NameLength(ReadOnlySpan<Token> tokens, int t, char[] chars, string source)
    {
        var words = 0;
        while (t + words < tokens.Length && words < MaxNameWords && IsCapitalised(tokens[t + words], source)
               && tokens[t + words].Sentence == tokens[t].Sentence
               && (words == 0 || OnlySpaceBetween(chars, tokens[t + words - 1], tokens[t + words])))
        {
            var text = Text(chars, tokens[t + words]);
            if (s_notNames.Contains(text) && !(words > 0 && IsTitle(chars, tokens[t])))
            {
                break;
            }

            words++;
        }

        // A title alone ("Dear Sir,") still names the reader; a title is never the last of a longer name.
        return words;
    }

    /// <summary>
    /// Whether a capitalised word stands where a name of the reader can start, decided from the characters and tokens
    /// around it alone (no lookups): after a comma, first in its sentence before a comma or a title, or second in its
    /// sentence (after a greeting). Most capitalised words (a sentence's first word, title-case copy) stop here.
    /// </summary>
    private static bool MayStartVocative(ReadOnlySpan<Token> tokens, int t, char[] chars, int length)
    {
        var token = tokens[t];
        if (PreviousNonSpace(chars, token.Start - 1) == ',')
        {
            return true;
        }

        var opens = t == 0 || tokens[t - 1].Sentence != token.Sentence;
        if (opens)
        {
            // A title is two to five letters ("Mr", "Prof"): most sentence openers are ruled out without a lookup.
            return NextNonSpace(chars, token.Start + token.Length, length) == ',' || (token.Length <= 5 && IsTitle(chars, token));
        }

        // Second in its sentence, after a greeting ("Hi Anna,", "Dear Mr Okafor"): the greeting is short and adjacent.
        var previous = tokens[t - 1];
        return (t == 1 || tokens[t - 2].Sentence != token.Sentence) && previous.Length <= 15
            && s_greetings.Contains(Text(chars, previous));
    }

    private static bool IsVocative(ReadOnlySpan<Token> tokens, int t, int words, char[] chars, int length)
    {
        var first = tokens[t];
        var last = tokens[t + words - 1];
        var after = NextNonSpace(chars, last.Start + last.Length, length);
        var before = PreviousNonSpace(chars, first.Start - 1);

        // After a greeting: "Hi Anna,", "Dear Mr Okafor", "Congratulations Sam!".
        if (t > 0 && tokens[t - 1].Sentence == first.Sentence && s_greetings.Contains(Text(chars, tokens[t - 1]))
            && before == chars[tokens[t - 1].Start + tokens[t - 1].Length - 1])
        {
            return after is ',' or '!' or ':' or '.' or '-' or '\n' or '\0' or CharFolding.BreakMark;
        }

        // Between a comma and the end of the sentence: "…, Maria.", "…, Mr Okafor?". One word, or a title and a name:
        // two capitalised words there are more often a place ("…, United Kingdom.").
        if (before == ',' && after is '.' or '!' or '?' or ':' or '\n' or '\0' or CharFolding.BreakMark)
        {
            return words == 1 || IsTitle(chars, first);
        }

        // First in its sentence, before a comma: "Marcus, gout flare-ups…". Not the head of a list ("Halal, kosher and vegan
        // meals…", "Red, white or rosé?"): a vocative's comma opens a clause, a list's is followed by its next items.
        var opensSentence = t == 0 || tokens[t - 1].Sentence != first.Sentence;
        return opensSentence && after == ',' && !OpensList(tokens, t + words, chars);
    }

    /// <summary>Whether the words after a sentence's first comma continue a list: "and"/"or" or another comma within three words,
    /// unless a clause starts there ("Priya, you and your partner…").</summary>
    private static bool OpensList(ReadOnlySpan<Token> tokens, int from, char[] chars)
    {
        if (from < tokens.Length && s_clauseOpeners.Contains(Text(chars, tokens[from])))
        {
            return false;
        }

        for (var k = from; k < tokens.Length && k < from + 3 && tokens[k].Sentence == tokens[from - 1].Sentence; k++)
        {
            var text = Text(chars, tokens[k]);
            if (text is "and" or "or" or "&" || (k > from && chars[tokens[k].Start - 1] == ',') || (k > from && tokens[k].Start >= 2 && chars[tokens[k].Start - 2] == ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title ("Mr", "Dr", "Prof"): asked of most sentence openers, so compared in place (by length, then
    /// characters) rather than hashed for a set lookup.</summary>
    private static bool IsTitle(char[] chars, in Token token)
    {
        var text = Text(chars, token);
        return IsShortTitle(text) || text is "miss" or "mx" or "sir" or "madam";
    }

    /// <summary>The titles the tokenizer reads a dot after as an abbreviation, not a sentence's end ("Mr.", "Dr.").</summary>
    internal static bool IsShortTitle(ReadOnlySpan<char> word) => word is "mr" or "mrs" or "ms" or "dr" or "prof";

    private static bool OnlySpaceBetween(char[] chars, in Token a, in Token b)
    {
        for (var k = a.Start + a.Length; k < b.Start; k++)
        {
            if (chars[k] is not (' ' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Text(char[] chars, in Token token) => chars.AsSpan(token.Start, token.Length);

    private static char NextNonSpace(char[] chars, int from, int length)
    {
        for (var k = from; k < length; k++)
        {
            if (chars[k] is not (' ' or '\t' or '\r'))
            {
                return chars[k];
            }
        }

        return '\0';
    }

    private static char PreviousNonSpace(char[] chars, int from)
    {
        for (var k = from; k >= 0; k--)
        {
            if (chars[k] is not (' ' or '\t' or '\r'))
            {
                return chars[k];
            }
        }

        return '\0';
    }
}
