using System.Collections.Frozen;
using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Model;

/// <summary>
/// The reader's acts read from verb forms in the German, French and Spanish packs (the role pass's counterpart of the
/// English past-form test, which those packs do not get): a past participle after the reader and a perfect auxiliary
/// ("Sie haben … gesucht", "weil du … angesehen hast", "vous avez consulté", "usted ha iniciado sesión"), and the
/// Spanish forms that name the reader by their ending alone, the tú preterite ("pasaste", "cobraste", "superaste") and
/// the tú auxiliary "has"; since the eighth round also a French present form in a clause that states it or with a word of
/// habit ("que tu joues", "tu achètes souvent") and the Spanish usted perfect without "usted" (<see cref="MarkUstedPerfect"/>).
/// A pack's lexicons list the logged verbs its rules need; these tests read the verbs a writer uses that no list has
/// (docs/languages.md, sixth and eighth rounds).
/// </summary>
/// <remarks>
/// A participle counts only with an auxiliary of the perfect beside the reader, and not after a passive one ("Ihre
/// Bestellung wurde versendet", "vous avez été sélectionné", "ha sido enviado"): the reader's own act, not what was done
/// to their order; after a form of "to be" only a verb of going or staying counts (<see cref="s_moving"/>). A verb of
/// telling the sender something (<see cref="IsDeclaring"/>) is a frame instead. German participles are read from
/// lower-case source words only, so a noun ("Gesundheit") is none; French ones need the accent of the source
/// ("consulté", folded "consulte", is also a present form). The reader put in a place is read here too (<see cref="MarkPlaces"/>).
/// </remarks>
internal static class ReaderVerbs
{
    /// <summary>How many tokens after the reader a participle counts in German, whose participle ends the clause
    /// ("Sie haben am Sonntag drei Stunden lang nach Ferienhäusern gesucht").</summary>
    private const int GermanReach = 10;

    /// <summary>How many tokens after the reader a participle counts in French and Spanish ("vous avez déjà consulté").</summary>
    private const int RomanceReach = 4;

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.ToFrozenSet(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_deAuxiliary =
        Set("habe", "hast", "hat", "haben", "habt", "hatte", "hattest", "hatten", "hattet", "bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart");

    /// <summary>
    /// The forms of "to be" among the auxiliaries: with one, a participle is the reader's act only for a verb of going or
    /// staying ("Sie sind … gefahren", "vous êtes passé"); any other is a state or a passive ("Sie sind herzlich eingeladen",
    /// "vous êtes invité"), as English's role pass reads no act after "are".
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_being =
        Set("bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart", "etes", "es", "etiez", "etais");

    /// <summary>Participles of going and staying (German after a separable prefix; French folded, with the feminine and plural).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_moving =
        Set("gegangen", "gefahren", "gekommen", "gelaufen", "geflogen", "gereist", "gejoggt", "geradelt", "gewandert", "geblieben", "gewesen", "gezogen",
            "gestiegen", "gerannt", "geschwommen", "gesprungen", "gesegelt", "gerudert", "geschlafen",
            "passe", "passee", "passes", "passees", "alle", "allee", "alles", "allees", "venu", "venue", "venus", "venues", "revenu", "revenue", "sorti",
            "sortie", "sortis", "entre", "entree", "entres", "parti", "partie", "partis", "arrive", "arrivee", "arrives", "reste", "restee", "restes", "rentre",
            "rentree", "retourne", "retournee", "monte", "montee", "descendu", "descendue", "tombe", "tombee", "gare", "garee");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_dePassive =
        Set("wurde", "wurden", "wurdest", "worden", "werden", "wird", "wirst");

    /// <summary>Verbs whose infinitive starts with "ge" and ends in "-en", and other words shaped like a participle that are none.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_deNotParticiple =
        Set("gegen", "gehen", "geben", "genießen", "geniessen", "gewinnen", "gehoren", "gehören", "gelten", "gelingen", "geschehen", "gestalten",
            "gewähren", "gewahren", "gewöhnen", "gewohnen", "gestehen", "gebrauchen", "gedenken", "gesamt", "gerecht", "gewiss", "gelegen", "genügen", "genugen",
            "gefallen", "getrennt", "geschieden", "gestresst", "genervt", "geeignet", "gewohnt", "gespannt");

    /// <summary>Separable prefixes before "ge" in a German participle ("angesehen", "eingekauft", "abgebrochen").</summary>
    private static readonly string[] s_deSeparable =
        ["an", "ab", "auf", "aus", "ein", "vor", "zu", "nach", "mit", "zuruck", "um", "weg", "her", "hin", "durch", "los", "rein", "raus", "hoch", "runter", "vorbei", "wieder"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frAuxiliary =
        Set("avez", "as", "aviez", "avais", "etes", "es", "etiez", "etais");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frIrregular =
        Set("vu", "lu", "fait", "pris", "mis", "bu", "recu", "dit", "ouvert", "suivi", "choisi", "fini", "parcouru", "ecrit", "relu", "perdu", "vendu",
            "attendu", "entendu", "revu", "repris", "rempli", "dormi", "couru", "venu", "parti", "sorti", "revenu", "rendu", "tenu", "obtenu", "ouverte");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esAuxiliary = Set("has", "ha", "habeis", "habia", "habias", "hayas", "haya");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esIrregular =
        Set("visto", "hecho", "dicho", "puesto", "vuelto", "abierto", "escrito", "roto", "cubierto", "resuelto", "devuelto", "descubierto", "impreso", "frito");

    /// <summary>Words ending like a tú preterite that are none: third persons of "-sistir" verbs, nouns and adjectives.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esNotPreterite =
        Set("existe", "insiste", "consiste", "resiste", "asiste", "persiste", "desiste", "subsiste", "coexiste", "triste", "chiste", "quiste", "alpiste",
            "despiste", "embiste", "reviste", "contraste", "desgaste", "traste", "engaste", "baste", "canaste", "ajuste", "aste", "iste");

    /// <summary>
    /// Stems of the verbs by which the reader tells the sender something (chooses, subscribes, sets, says, allows): the
    /// reader's declared preference (docs/taxonomy.md), which frames a sentence as ordinary rather than logging an act
    /// ("weil du „vegan" ausgewählt hast", "vous avez indiqué", "porque elegiste"). Folded (no diacritics), matched as prefixes
    /// of the participle or the preterite, after a German separable prefix.
    /// </summary>
    private static readonly string[] s_deDeclaring =
        ["gewahlt", "ausgewahlt", "angegeben", "abonniert", "angemeldet", "aktiviert", "deaktiviert", "gespeichert", "gesetzt", "zugelassen", "gesagt",
         "mitgeteilt", "eingestellt", "gewunscht", "hinzugefugt", "markiert", "ausgesucht", "eingetragen", "registriert", "erlaubt", "bestatigt",
         "eingewilligt", "zugestimmt", "gefolgt", "geteilt", "hinterlegt", "festgelegt", "angefragt", "beantragt", "getippt"];

    private static readonly string[] s_frDeclaring =
        ["abonn", "inscri", "indiqu", "chois", "demand", "activ", "desactiv", "ajout", "enregistr", "selectionn", "coch", "accept", "renseign", "precis",
         "autoris", "souhait", "cree", "defini", "fixe", "dit", "donne", "confirm", "partag", "suivi", "signal", "repondu", "note"];

    private static readonly string[] s_esDeclaring =
        ["seleccion", "activ", "desactiv", "indic", "marc", "desmarc", "guard", "solicit", "cont", "configur", "registr", "crea", "apunt", "program",
         "vincul", "acept", "autoriz", "permit", "suscri", "eleg", "elig", "escog", "ped", "un", "respond", "dij", "comunic", "ajust", "actualiz",
         "compart", "valor", "calific", "segu", "sigu", "confirm", "agreg", "anad"];

    /// <summary>Whether the participle or preterite <paramref name="word"/> (folded) is a verb of the reader telling the sender something.</summary>
    internal static bool IsDeclaring(string language, ReadOnlySpan<char> word)
    {
        var stems = language switch { "de" => s_deDeclaring, "fr" => s_frDeclaring, "es" => s_esDeclaring, _ => [] };
        foreach (var stem in stems)
        {
            if (language == "de" ? word.EndsWith(stem) : word.StartsWith(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Forms of "to be" after which a preposition of place puts the reader somewhere ("du bist gerade im Fitnessstudio",
    /// "vous étiez au Salon de l'auto", "estás en el gimnasio"); folded.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_deBeing = Set("bist", "sind", "warst", "waren", "bin", "war");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frBeing = Set("es", "etes", "etiez", "etais", "t'es", "etait");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esBeing = Set("estas", "esta", "estabas", "estaba", "estuviste", "estuvo", "estais");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_deLocative =
        Set("in", "im", "bei", "beim", "am", "an", "auf", "vor", "neben", "nahe");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frLocative = Set("a", "au", "aux", "chez", "dans", "pres", "devant", "sur");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esLocative = Set("en", "cerca", "frente", "delante", "junto");

    /// <summary>Words after the preposition that make an idiom of state, not a place ("in guten Händen", "bei uns richtig",
    /// "à la recherche", "au courant", "en buenas manos", "en lo cierto").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notPlace =
        Set("uns", "dir", "ihnen", "euch", "guten", "besten", "sicherheit", "recht", "vorteil", "zug", "reihe", "laufenden", "lage", "ordnung", "eile",
            "begriff", "ruhe", "rente", "ruhestand", "urlaub", "suche", "spur", "stande", "kraften", "form",
            "recherche", "courant", "jour", "abri", "hauteur", "rendez", "bon", "bonne", "bons", "train", "mesure", "aise", "charge", "retard", "avance",
            "ligne", "securite", "attente", "vous", "toi", "nous",
            "buenas", "buen", "lo", "camino", "forma", "contacto", "linea", "condiciones", "riesgo", "espera", "casa",
            // the reader's own things: what is in the basket is not where the reader is
            "dein", "deinem", "deiner", "deinen", "ihrem", "ihrer", "ihren", "votre", "ton", "ta", "vos", "tes", "tu", "tus", "su", "sus");

    /// <summary>Subject pronouns before "vous" that make it an object ("nous vous offrons", "on vous écrit"): no reader's act follows.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frSubjects = Set("nous", "on", "je", "j", "il", "elle", "ils", "elles", "qui");

    /// <summary>Object pronouns and the negation between the subject and its verb ("tu ne joues", "vous les achetez", "tu t'inscris").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frClitics =
        Set("ne", "n", "me", "m", "te", "t", "se", "s", "le", "la", "les", "l", "lui", "leur", "en", "y", "nous", "vous");

    /// <summary>Words that open a clause stating what the reader does ("on sait que tu joues", "quand vous regardez", "comme vous achetez").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frStatingClause = Set("que", "qu", "quand", "lorsque", "lorsqu", "comme", "puisque", "puisqu");

    /// <summary>Words before "que" that make its clause a purpose or a concession, not a statement ("pour que vous profitiez", "avant que tu partes").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frNotStating = Set("pour", "afin", "avant", "sans", "bien", "jusqu", "moins", "ce");

    /// <summary>Words of habit or time after the verb that make a present form a report of what the reader does ("tu achètes souvent",
    /// "vous regardez tous les soirs", "tu joues encore la nuit").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frHabit =
        Set("souvent", "toujours", "chaque", "tous", "toutes", "regulierement", "encore", "beaucoup", "trop", "tard", "nuit", "soir", "soirs", "matin",
            "jamais", "rarement", "systematiquement", "quotidiennement", "frequemment", "habituellement", "d'habitude", "habitude", "plus", "moins", "depuis");

    /// <summary>Present forms that say what the reader can, wants or must do, or likes: a possibility or a taste, not a logged act.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_frNotActing =
        Set("peux", "veux", "dois", "sais", "vas", "as", "es", "pouvez", "voulez", "devez", "savez", "allez", "avez", "aimez", "aimes", "adorez", "adores",
            "preferez", "preferes", "connaissez", "connais", "trouvez", "trouves", "pensez", "penses", "croyez", "crois", "meritez", "merites", "recevez",
            "recois", "beneficiez", "beneficies", "profitez", "profites", "obtenez", "obtiens", "economisez", "economises", "gagnez", "gagnes", "desirez", "desires");

    /// <summary>
    /// Whether the reader's subject pronoun at <paramref name="reader"/> ("tu", "vous") is followed by a present (or imperfect)
    /// form that reports what the reader does: a form of the person ("-es", "-s" for tu; "-ez", "-iez" for vous; not a future
    /// or conditional, not a verb of ability, wish or taste) in a clause that states it ("que tu joues", "quand vous regardez")
    /// or with a word of habit after it ("tu achètes souvent"). The French present is also what an offer says the reader can
    /// do ("Vous cherchez un cadeau ?"), so the form alone is no act. Returns the verb's token, or -1.
    /// </summary>
    private static int FrenchPresentAct(ReadOnlySpan<Token> tokens, char[] chars, int reader, int sentence)
    {
        var pronoun = chars.AsSpan(tokens[reader].Start, tokens[reader].Length);
        var vous = pronoun is "vous";
        if (!vous && pronoun is not "tu")
        {
            return -1;
        }

        var before = PreviousWord(tokens, chars, reader, sentence, out var at);
        if (s_frSubjects.Contains(before))
        {
            return -1;
        }

        var stating = s_frStatingClause.Contains(before)
            && !(before is "que" or "qu" && s_frNotStating.Contains(PreviousWord(tokens, chars, at, sentence, out _)));
        for (var j = reader + 1; j < tokens.Length && j <= reader + 4 && tokens[j].Sentence == sentence && tokens[j].Kind == TokenKind.Word; j++)
        {
            var word = chars.AsSpan(tokens[j].Start, tokens[j].Length);
            if (s_frClitics.Contains(word))
            {
                continue;
            }

            if (s_frNotActing.Contains(word) || !IsFrenchPresent(word, vous))
            {
                return -1;
            }

            return stating || HabitFollows(tokens, chars, j, sentence) ? j : -1;
        }

        return -1;
    }

    /// <summary>Whether a folded French word has the ending of the present or imperfect of tu or vous, not of the future or conditional.</summary>
    private static bool IsFrenchPresent(ReadOnlySpan<char> word, bool vous)
    {
        if (word.Length < 4)
        {
            return false;
        }

        if (vous)
        {
            return word.EndsWith("ez") && !word.EndsWith("erez") && !word.EndsWith("irez") && !word.EndsWith("rrez") && !word.EndsWith("drez")
                && !word.EndsWith("urez") && !word.EndsWith("vrez") && !word.EndsWith("riez");
        }

        return (word.EndsWith("s") || word.EndsWith("x")) && !word.EndsWith("ras") && !word.EndsWith("rais") && !word.EndsWith("ss");
    }

    private static bool HabitFollows(ReadOnlySpan<Token> tokens, char[] chars, int verb, int sentence)
    {
        for (var j = verb + 1; j < tokens.Length && j <= verb + 5 && tokens[j].Sentence == sentence; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && s_frHabit.Contains(chars.AsSpan(tokens[j].Start, tokens[j].Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<Token> tokens, char[] chars, int index, int sentence, out int at)
    {
        at = index - 1;
        return at >= 0 && tokens[at].Sentence == sentence && tokens[at].Kind == TokenKind.Word ? chars.AsSpan(tokens[at].Start, tokens[at].Length) : [];
    }

    /// <summary>Participles after the Spanish "ha" whose subject follows them ("ha llegado su pedido", "ha vencido el plazo",
    /// "ha bajado el precio"): an event of a thing, not the reader's act.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esUnaccusative =
        Set("llegado", "salido", "vencido", "caducado", "expirado", "terminado", "finalizado", "cambiado", "bajado", "subido", "vuelto", "empezado",
            "comenzado", "aumentado", "mejorado", "ocurrido", "sucedido", "quedado", "agotado", "habido", "estado", "pasado", "acabado", "entrado",
            "aparecido", "desaparecido", "crecido", "nacido", "muerto", "fallado", "funcionado", "resultado", "costado", "durado", "gustado", "encantado",
            "interesado", "faltado", "sobrado", "tocado", "correspondido", "renovado", "actualizado", "enviado", "llegada");

    /// <summary>Words after which "ha" opens a clause whose subject is the reader addressed as usted ("porque ha comprado",
    /// "como ha visitado", "ya ha visto"); "que" only after a verb of the first person plural ("sabemos que ha comprado") or
    /// "ya/dado/puesto/visto que", since after a noun it is a relative ("el cliente que ha comprado").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esClauseStart = Set("porque", "como", "ya", "cuando", "si", "pues", "y");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esBecauseQue = Set("ya", "dado", "puesto", "visto");

    /// <summary>Possessives and articles after the participle that open its subject ("ha llegado su pedido"); an object
    /// rarely follows a reader's perfect as a possessive of the reader.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_esSubjectAfter = Set("su", "sus", "tu", "tus");

    /// <summary>
    /// Marks the reader and the act (or a frame, <see cref="IsDeclaring"/>) on each Spanish sentence where "ha" opens a clause
    /// and a participle follows: the usted perfect without "usted" ("¿Ha visitado nuestra clínica?", "porque ha comprado
    /// pañales"), which the reader lexicons cannot list since "ha" is also the third person. A subject before "ha" ("Ana ha
    /// comprado"), a relative "que" after a noun, a passive, a participle of a thing's event ("ha llegado su pedido") or a
    /// possessive opening the subject after it make it none.
    /// </summary>
    public static void MarkUstedPerfect(ReadOnlySpan<Token> tokens, char[] chars, string source, int[] masks, int[] anchors)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || chars.AsSpan(tokens[i].Start, tokens[i].Length) is not "ha")
            {
                continue;
            }

            var sentence = tokens[i].Sentence;
            var before = PreviousWord(tokens, chars, i, sentence, out var at);
            var opens = before.IsEmpty || s_esClauseStart.Contains(before)
                || (before is "que" && PreviousWord(tokens, chars, at, sentence, out _) is var head && (head.EndsWith("mos") || s_esBecauseQue.Contains(head)));
            var next = i + 1;
            if (!opens || tokens[next].Sentence != sentence || tokens[next].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = chars.AsSpan(tokens[next].Start, tokens[next].Length);
            if (IsPassive("es", word) || s_esUnaccusative.Contains(word) || !IsParticiple("es", word, tokens[next], source))
            {
                continue;
            }

            if (next + 1 < tokens.Length && tokens[next + 1].Sentence == sentence && tokens[next + 1].Kind == TokenKind.Word
                && s_esSubjectAfter.Contains(chars.AsSpan(tokens[next + 1].Start, tokens[next + 1].Length)))
            {
                continue;
            }

            masks[sentence] |= SentenceRoles.Reader | (IsDeclaring("es", word) ? SentenceRoles.Frame : SentenceRoles.Act);
            anchors[sentence] = Math.Max(anchors[sentence], next);
        }
    }

    /// <summary>Whether the pack of <paramref name="language"/> has verb tests here.</summary>
    public static bool Reads(string language) => language is "de" or "fr" or "es";

    /// <summary>
    /// The roles of a word that names the reader by its ending alone, or 0: the Spanish tú preterite ("-aste", "-iste") is
    /// the reader and an act ("pasaste"), or the reader and a frame when it declares something ("elegiste",
    /// <see cref="IsDeclaring"/>); the tú auxiliary "has" is the reader.
    /// </summary>
    public static int ReaderRoles(string language, ReadOnlySpan<char> word)
    {
        if (language != "es")
        {
            return 0;
        }

        if (word is "has")
        {
            return SentenceRoles.Reader;
        }

        return word.Length >= 6 && (word.EndsWith("aste") || word.EndsWith("iste")) && !s_esNotPreterite.Contains(word)
            ? SentenceRoles.Reader | (IsDeclaring(language, word) ? SentenceRoles.Frame : SentenceRoles.Act)
            : 0;
    }

    /// <summary>
    /// Marks <see cref="SentenceRoles.Act"/> on each sentence where a reader (a lexicon hit with the reader role, or a word
    /// <see cref="ReaderRoles"/> found, in <paramref name="readers"/>) is followed by a participle with an auxiliary of the
    /// perfect (see the class remarks); <see cref="SentenceRoles.Frame"/> instead when the verb declares (<see cref="IsDeclaring"/>).
    /// </summary>
    public static void MarkActs(string language, ReadOnlySpan<Token> tokens, char[] chars, string source, ReadOnlySpan<int> readers, int[] masks, int[] anchors)
    {
        foreach (var first in readers)
        {
            var sentence = tokens[first].Sentence;
            var reach = language == "de" ? GermanReach : RomanceReach;
            // The auxiliary before the reader in a question ("Haben Sie … gesucht?", "avez-vous consulté").
            var (auxiliary, being) = (false, false);
            if (first > 0 && tokens[first - 1].Sentence == sentence && tokens[first - 1].Kind == TokenKind.Word
                && chars.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length) is var before && IsAuxiliary(language, before))
            {
                (auxiliary, being) = (true, s_being.Contains(before));
            }

            if (language == "fr" && FrenchPresentAct(tokens, chars, first, sentence) is var present and >= 0)
            {
                var word = chars.AsSpan(tokens[present].Start, tokens[present].Length);
                masks[sentence] |= IsDeclaring(language, word) ? SentenceRoles.Frame : SentenceRoles.Act;
                anchors[sentence] = Math.Max(anchors[sentence], present);
                continue;
            }

            for (var j = first; j < tokens.Length && j <= first + reach && tokens[j].Sentence == sentence; j++)
            {
                if (tokens[j].Kind != TokenKind.Word)
                {
                    continue;
                }

                var word = chars.AsSpan(tokens[j].Start, tokens[j].Length);
                if (IsPassive(language, word))
                {
                    break;
                }

                if (IsAuxiliary(language, word))
                {
                    (auxiliary, being) = (true, s_being.Contains(word));
                }
                else if (j > first && IsParticiple(language, word, tokens[j], source)
                    && (auxiliary || (language == "de" && AuxiliaryFollows(tokens, chars, j, sentence, out being)))
                    && (!being || IsMoving(language, word)))
                {
                    masks[sentence] |= IsDeclaring(language, word) ? SentenceRoles.Frame : SentenceRoles.Act;
                    anchors[sentence] = Math.Max(anchors[sentence], j);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Marks <see cref="SentenceRoles.Specific"/> on each sentence where a reader in <paramref name="readers"/> is followed
    /// by a form of "to be" and a preposition of place that opens no idiom of state: the reader put in a place, as English's
    /// role pass reads "you were in Milan" (the place itself need not be a name: "du bist gerade im Fitnessstudio").
    /// </summary>
    public static void MarkPlaces(string language, ReadOnlySpan<Token> tokens, char[] chars, string source, ReadOnlySpan<int> readers, int[] masks, int[] anchors)
    {
        var (being, locative) = language switch
        {
            "de" => (s_deBeing, s_deLocative),
            "fr" => (s_frBeing, s_frLocative),
            _ => (s_esBeing, s_esLocative),
        };
        foreach (var first in readers)
        {
            var sentence = tokens[first].Sentence;
            var (copula, preposition) = (-1, -1);
            for (var j = first; j < tokens.Length && j <= first + RomanceReach + 2 && tokens[j].Sentence == sentence; j++)
            {
                if (tokens[j].Kind != TokenKind.Word)
                {
                    continue;
                }

                var word = chars.AsSpan(tokens[j].Start, tokens[j].Length);
                if (copula < 0 && being.Contains(word) && Accented(language, word, tokens[j], source))
                {
                    copula = j;
                }
                else if (copula < 0 && language == "de" && j > first && locative.Contains(word) && IsPlaceBeforeVerb(tokens, chars, j, sentence))
                {
                    // A German subordinate clause ends with the verb: "da Sie gerade auf unserer Seite sind".
                    masks[sentence] |= SentenceRoles.Specific;
                    anchors[sentence] = Math.Max(anchors[sentence], j);
                    break;
                }
                else if (copula >= 0 && preposition < 0 && locative.Contains(word) && Accented(language, word, tokens[j], source))
                {
                    preposition = j;
                }
                else if (copula >= 0 && preposition < 0 && (IsDeclaring(language, word) || IsParticiple(language, word, tokens[j], source)))
                {
                    break; // "vous êtes abonné à la newsletter": a state the reader chose, not a place
                }
                else if (preposition >= 0 && j <= preposition + 2)
                {
                    if (s_notPlace.Contains(word))
                    {
                        break;
                    }

                    if (IsArticle(word))
                    {
                        continue;
                    }

                    masks[sentence] |= SentenceRoles.Specific;
                    anchors[sentence] = Math.Max(anchors[sentence], j);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether the German preposition at <paramref name="preposition"/> opens a place that a form of "to be" closes within
    /// three words ("auf unserer Seite sind", "im Fitnessstudio warst"), with no idiom of state after it.
    /// </summary>
    private static bool IsPlaceBeforeVerb(ReadOnlySpan<Token> tokens, char[] chars, int preposition, int sentence)
    {
        for (var j = preposition + 1; j < tokens.Length && j <= preposition + 4 && tokens[j].Sentence == sentence; j++)
        {
            var word = chars.AsSpan(tokens[j].Start, tokens[j].Length);
            if (s_notPlace.Contains(word) && j <= preposition + 2)
            {
                return false;
            }

            if (s_deBeing.Contains(word))
            {
                return j > preposition + 1;
            }
        }

        return false;
    }

    /// <summary>Folding drops the accent that tells Spanish "está" from "esta" (this) and French "à" from "a" (has): read it in the source.</summary>
    private static bool Accented(string language, ReadOnlySpan<char> word, in Token token, string source)
    {
        var end = Math.Min(token.SourceEnd, source.Length);
        var text = source.AsSpan(token.SourceStart, Math.Max(0, end - token.SourceStart));
        return language switch
        {
            "es" when word is "esta" or "estas" => text.Contains('á'),
            "fr" when word is "a" => text.Contains('à') || text.Contains('À'),
            "fr" when word is "pres" => text.Contains('è'),
            _ => true,
        };
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "der" or "die" or "dem" or "den" or "einem" or "einer" or "la" or "le" or "les" or "l" or "el" or "los" or "las" or "un" or "una" or "une";

    /// <summary>A German subordinate clause puts the auxiliary after the participle ("weil du … gesucht hast").</summary>
    private static bool AuxiliaryFollows(ReadOnlySpan<Token> tokens, char[] chars, int participle, int sentence, out bool being)
    {
        being = false;
        if (participle + 1 < tokens.Length && tokens[participle + 1].Sentence == sentence && tokens[participle + 1].Kind == TokenKind.Word
            && chars.AsSpan(tokens[participle + 1].Start, tokens[participle + 1].Length) is var next && s_deAuxiliary.Contains(next))
        {
            being = s_being.Contains(next);
            return true;
        }

        return false;
    }

    /// <summary>Whether a participle is of going or staying (<see cref="s_moving"/>), after a German separable prefix.</summary>
    private static bool IsMoving(string language, ReadOnlySpan<char> word)
    {
        if (language == "de")
        {
            var at = word.IndexOf("ge");
            return at >= 0 && s_moving.Contains(word[at..]);
        }

        return s_moving.Contains(word);
    }

    private static bool IsAuxiliary(string language, ReadOnlySpan<char> word) => language switch
    {
        "de" => s_deAuxiliary.Contains(word),
        "fr" => s_frAuxiliary.Contains(word),
        "es" => s_esAuxiliary.Contains(word),
        _ => false,
    };

    private static bool IsPassive(string language, ReadOnlySpan<char> word) => language switch
    {
        "de" => s_dePassive.Contains(word),
        "fr" => word is "ete",
        "es" => word is "sido",
        _ => false,
    };

    /// <summary>Whether the token is a past participle of the language (folded text; the source for case and accents).</summary>
    internal static bool IsParticiple(string language, ReadOnlySpan<char> word, in Token token, string source)
    {
        switch (language)
        {
            case "de":
                // A participle is written in lower case; a noun shaped like one ("Gesundheit", "Geschäft") is not.
                if ((uint)token.SourceStart >= (uint)source.Length || !char.IsLower(source[token.SourceStart]) || s_deNotParticiple.Contains(word))
                {
                    return false;
                }

                if (word.Length >= 6 && word.EndsWith("iert"))
                {
                    return true; // "storniert", "reserviert", "kommentiert"
                }

                var stem = word;
                foreach (var prefix in s_deSeparable)
                {
                    if (word.Length > prefix.Length + 5 && word.StartsWith(prefix) && word[prefix.Length..].StartsWith("ge"))
                    {
                        stem = word[prefix.Length..];
                        break;
                    }
                }

                return stem.Length >= 6 && stem.StartsWith("ge") && (stem.EndsWith("t") || stem.EndsWith("en")) && !s_deNotParticiple.Contains(stem);
            case "fr":
                if (s_frIrregular.Contains(word))
                {
                    return true;
                }

                // The accent tells "consulté" from the present "consulte": read it in the source.
                var end = Math.Min(token.SourceEnd, source.Length);
                var text = source.AsSpan(token.SourceStart, Math.Max(0, end - token.SourceStart));
                return text.Length >= 4
                    && (text.EndsWith("é", StringComparison.OrdinalIgnoreCase) || text.EndsWith("ée", StringComparison.OrdinalIgnoreCase)
                        || text.EndsWith("és", StringComparison.OrdinalIgnoreCase) || text.EndsWith("ées", StringComparison.OrdinalIgnoreCase));
            case "es":
                return s_esIrregular.Contains(word)
                    || (word.Length >= 5 && (word.EndsWith("ado") || word.EndsWith("ada") || word.EndsWith("ados") || word.EndsWith("adas")
                        || word.EndsWith("ido") || word.EndsWith("ida") || word.EndsWith("idos") || word.EndsWith("idas")));
            default:
                return false;
        }
    }

    /// <summary>Adds the first token of each lexicon hit with the reader role to <paramref name="readers"/>.</summary>
    internal static void ReaderStarts(ReadOnlySpan<SetHit> hits, byte[] setRoles, List<int> readers)
    {
        foreach (ref readonly var hit in hits)
        {
            if ((uint)hit.Set < (uint)setRoles.Length && (setRoles[hit.Set] & SentenceRoles.Reader) != 0)
            {
                readers.Add(hit.First);
            }
        }
    }
}
