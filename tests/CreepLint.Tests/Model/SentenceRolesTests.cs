using CreepLint.Matching;
using CreepLint.Model;

namespace CreepLint.Tests.Model;

/// <summary>
/// Which texts are shaped like a claim about the reader (<see cref="SentenceRoles.IsGrounded(ScoringInput)"/>): the reader together with a
/// logged act, a number or time, an attribute or an observer in one sentence. A learned model that stands alone speaks
/// only on those; the trainer picks its threshold with the same test.
/// </summary>
public sealed class SentenceRolesTests
{
    [TestCase("You lingered on the wedding dresses last night.", Description = "the reader with a past form: an act")]
    [TestCase("u swiped left on 40 profiles", Description = "the reader with a number")]
    [TestCase("Hi Anna, still at the gym at 7pm?", Description = "the reader's name with a time")]
    [TestCase("As a new mum you deserve a break.", Description = "the reader with an attribute")]
    [TestCase("Still thinking about the sofa in your basket?", Description = "a logged act from a lexicon")]
    [TestCase("Treat urself: u get 2 pairs", Description = "a '2' that counts something stays a number")]
    [TestCase("Dear person who watched it", Description = "a crowd the reader is in: the act after 'who' is the reader's")]
    [TestCase("Customers like you who viewed this", Description = "'who' right after the reader: the reader's act")]
    [TestCase("Why this offer: you are in Milan for the first time.", Description = "the reader put in a place: a capitalised word after 'in'")]
    [TestCase("Your smart TV reports that you watch a lot of cooking shows.", Description = "a source reporting on the reader: an observer")]
    [TestCase("Our partners tell us you're in the market for a car.", Description = "'tell us' before the reader: an observer")]
    [TestCase("A data broker sold us your details.", Description = "an outside source (undisclosed-source's list) plays the observer")]
    [TestCase("Our beacons picked up your phone.", Description = "a sensing subject (location-tracking's list) plays the observer")]
    [TestCase("Our analysts have been studying your habits for months.", Description = "a verb of watching (surveillance-language's list) plays the observer")]
    public void Text_that_tells_the_reader_about_themselves_is_grounded(string text) =>
        Assert.That(Grounded(text), Is.True);

    [TestCase("Things have been quiet around here. Come back and save 20% this week.", Description = "no reader")]
    [TestCase("You've been selected for early access.", Description = "the reader described, not acting")]
    [TestCase("Pick the one you like best.", Description = "'one' is not a count")]
    [TestCase("You deserve a treat.", Description = "the reader alone")]
    [TestCase("Our 3 best sellers are back. Shop now.", Description = "a number without the reader")]
    [TestCase("", Description = "nothing at all")]
    [TestCase("Nice 2 meet u", Description = "SMS shorthand's '2' for 'to' is not a count")]
    [TestCase("Gr8 deals 4 u this wkend", Description = "SMS shorthand's '4' for 'for' is not a count")]
    [TestCase("U have a secret admirer, call 09058094599", Description = "a phone number is not a count")]
    [TestCase("U have a secret admirer who is looking 2 make contact with U", Description = "the act is the admirer's, not the reader's")]
    [TestCase("Save Big At Our Summer Sale In London, you deserve it", Description = "a title-case heading's 'In' names no place")]
    [TestCase("You will love our new store in leeds.", Description = "a lower-case word after 'in' is not read as a place name")]
    [TestCase("You know a bargain when you see one.", Description = "the reader knows: 'know' is a report only as the sender's 'we know'")]
    [TestCase("Our new store is in Leeds. Come and see.", Description = "a place without the reader")]
    public void Text_that_does_not_is_not(string text) =>
        Assert.That(Grounded(text), Is.False);

    [Test]
    public void The_roles_of_a_sentence_do_not_leak_into_the_next()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Grounded("You are welcome any time. We opened 3 new stores."), Is.False, "the reader and the number are in two sentences");
            Assert.That(Grounded("You visited 3 new stores."), Is.True);
        });
    }

    [Test]
    public void Every_attribute_list_of_the_default_pack_plays_the_attribute_role()
    {
        var rules = CreepLintEngine.Default.RuleSet;
        byte RoleOf(string lexicon) => Array.IndexOf(rules.SetLexicons, lexicon) is var set and >= 0 ? rules.SetRoles[set] : (byte)0;
        var attributes = rules.SetLexicons.OfType<string>().Where(l => l.EndsWith("-terms", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(attributes, Is.Not.Empty, "a role describes a lexicon where a rule or a context entry scans it");
            foreach (var lexicon in attributes)
            {
                Assert.That(RoleOf(lexicon), Is.EqualTo(SentenceRoles.Attribute), lexicon);
            }

            Assert.That(RoleOf("second-person"), Is.EqualTo(SentenceRoles.Reader));
            Assert.That(RoleOf("aggregate-framing"), Is.EqualTo(SentenceRoles.Frame));
            Assert.That(RoleOf("tally"), Is.EqualTo(SentenceRoles.Act | SentenceRoles.Specific), "a lexicon listed under two roles plays both");
        });
    }

    [Test]
    public void A_rule_file_gives_its_lexicons_roles_and_the_roles_ground_the_text()
    {
        const string yaml = """
            lexicons:
              gadget-acts: [fiddling with, tinkering with]
            context:
              - lexicon: gadget-acts
                factor: 1
            roles:
              act: ["@gadget-acts"]
            """;
        var without = CreepLintEngine.CreateBuilder().WithoutModel().Build();
        var with = CreepLintEngine.CreateBuilder().WithoutModel().AddRules(yaml, "roles.yaml").Build();
        const string text = "You are tinkering with the settings, so here is our guide.";
        Assert.Multiple(() =>
        {
            Assert.That(Grounded(text, without), Is.False, "no lexicon of the default pack plays a role here");
            Assert.That(Grounded(text, with), Is.True, "the file's lexicon plays the act next to the reader");
        });
    }

    [Test]
    public void A_role_is_read_where_no_rule_scans_its_lexicon()
    {
        // No rule or context entry uses the lexicon: the role alone has it scanned, and its words play the role.
        const string yaml = """
            lexicons:
              gadget-acts: [fiddling with, tinkering with]
            roles:
              act: ["@gadget-acts"]
            """;
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().AddRules(yaml, "roles.yaml").Build();
        Assert.Multiple(() =>
        {
            Assert.That(engine.RuleSet.SetLexicons, Does.Contain("gadget-acts"));
            Assert.That(engine.RuleSet.SetRoles[Array.IndexOf(engine.RuleSet.SetLexicons, "gadget-acts")], Is.EqualTo(SentenceRoles.Act));
            Assert.That(Grounded("You are tinkering with the settings, so here is our guide.", engine), Is.True);
            Assert.That(engine.Lint("You are tinkering with the settings, so here is our guide.").Findings, Is.Empty, "a role makes no finding");
        });
    }

    [TestCase("We know money has been tight for you lately.", true, Description = "the sender says it knows, about the reader")]
    [TestCase("From what we can see, you have had a big month.", true, Description = "the sender says it can see")]
    [TestCase("We know you have a choice of banks, thank you for choosing us.", true, Description = "grounded, and left to the model")]
    [TestCase("We know it's been a long winter. Spring jackets are 20% off.", false, Description = "the sender knows something about the world, not about the reader")]
    public void The_sender_as_observer_grounds_a_sentence_about_the_reader(string text, bool grounded) =>
        Assert.That(Grounded(text, CreepLintEngine.Default), Is.EqualTo(grounded));

    [Test]
    public void Every_second_person_word_starts_with_the_letters_the_role_pass_checks_first() =>
        Assert.That(FeatureExtractor.SecondPersonWords.Where(w => w[0] is not ('y' or 'u')), Is.Empty);

    [TestCase("en")]
    [TestCase("de")]
    [TestCase("fr")]
    [TestCase("es")]
    public void Roles_are_read_for_every_pack_that_names_a_reader(string language)
    {
        var pack = Pack(CreepLintEngine.Default, language);
        Assert.Multiple(() =>
        {
            Assert.That(SentenceRoles.AppliesTo(pack), Is.True);
            Assert.That(SentenceRoles.FeaturesFor(pack).HasFlag(FeatureSet.Roles), Is.True);
            Assert.That(CreepLintEngine.Default.ScorerFor(language), Is.TypeOf<LinearCreepModel>().With.Property(nameof(LinearCreepModel.Features)).EqualTo(SentenceRoles.FeaturesFor(pack)),
                "the embedded model of the language reads what a model trained now for it reads");
        });
    }

    /// <summary>An Italian pack with a rule, an act lexicon under <c>roles:</c> and no reader role (also ModelSkipTests).</summary>
    internal const string ItalianPackWithoutReader = """
            language: it
            lexicons:
              it-acts: [hai cercato, hai comprato]
              it-you: [tu, tuo, tua]
            rules:
              - id: CLIT0001
                name: it-reader-searched
                category: behavioral-detail
                severity: warning
                confidence: 60
                message: "Nomina una ricerca del lettore: '{match}'."
                why: "Il lettore scopre che le sue ricerche sono registrate."
                suggestion: "Presenta l'offerta senza citare le ricerche."
                phrases: ["@it-acts"]
                unless: ["@it-you"]
            roles:
              act: ["@it-acts"]
            """;

    [Test]
    public void A_pack_of_another_language_without_a_reader_role_reads_no_roles()
    {
        var pack = Pack(CreepLintEngine.CreateBuilder().WithoutModel().AddRules(ItalianPackWithoutReader, "it.yaml").Build(), "it");
        Assert.Multiple(() =>
        {
            Assert.That(SentenceRoles.AppliesTo(pack), Is.False, "with no reader no sentence is a claim about the reader, so no grounding test applies");
            Assert.That(SentenceRoles.FeaturesFor(pack).HasFlag(FeatureSet.Roles), Is.False);
            Assert.That(Grounded("Ieri alle 23 hai cercato un test di gravidanza.", pack), Is.False, "an act and a number without a reader");
        });
    }

    [TestCase("de", "Sie haben gestern um 23 Uhr nach Schwangerschaftstests gesucht.", true, Description = "Sie with a logged act and a time")]
    [TestCase("de", "Du hast dir die Laufschuhe dreimal angesehen.", true, Description = "du with a count and an act")]
    [TestCase("de", "Wir wissen, dass Sie schwanger sind.", true, Description = "an observer and an attribute with Sie")]
    [TestCase("de", "Die neue Kollektion ist da: 20 % auf alle Jacken.", false, Description = "a number with no reader")]
    [TestCase("de", "Sie möchten mehr erfahren? Schreiben Sie uns.", false, Description = "the reader and nothing about them")]
    [TestCase("fr", "Vous avez consulté trois fois la page des tests de grossesse.", true, Description = "vous with a logged act and a count")]
    [TestCase("fr", "Tu es enceinte ? Voici nos poussettes.", true, Description = "tu with an attribute")]
    [TestCase("fr", "La nouvelle collection est arrivée : 20 % sur toutes les vestes.", false, Description = "a number with no reader")]
    [TestCase("fr", "Vous souhaitez en savoir plus ? Écrivez-nous.", false, Description = "the reader and nothing about them")]
    [TestCase("es", "Buscaste abogados de divorcio a las 2 de la madrugada.", true, Description = "a verb ending that names tú, with an act and a time")]
    [TestCase("es", "Sabemos que estás embarazada.", true, Description = "an observer and an attribute with tú")]
    [TestCase("es", "La nueva colección ya está aquí: 20 % en todas las chaquetas.", false, Description = "a number with no reader")]
    [TestCase("es", "¿Quiere saber más? Escríbanos.", false, Description = "the reader and nothing about them")]
    public void Another_language_reads_the_reader_from_its_pack(string language, string text, bool grounded) =>
        Assert.That(Grounded(text, Pack(CreepLintEngine.Default, language)), Is.EqualTo(grounded));

    // ReaderVerbs: the reader's act said with a verb no lexicon lists, a declared choice, a passive, the reader put in a place.
    [TestCase("de", "Sie haben Schmerztabletten nachgekauft.", true, Description = "a separable participle after 'Sie haben': the reader's act")]
    [TestCase("de", "Haben Sie die Schlaftabletten schon eingepackt?", true, Description = "the auxiliary before the reader in a question")]
    [TestCase("de", "Weil du Schlaftabletten nachgekauft hast", true, Description = "the auxiliary after the participle in a subordinate clause")]
    [TestCase("de", "Weil du am Wochenende zum Casino gefahren bist", true, Description = "'sein' with a participle of going: the reader's act")]
    [TestCase("de", "Weil du herzlich eingeladen bist", false, Description = "'sein' with any other participle: a state, not an act")]
    [TestCase("de", "Weil du „vegan“ in deinem Profil ausgewählt hast.", false, Description = "a choice the reader declared is a frame, not a logged act")]
    [TestCase("de", "Ihr Paket wurde heute abgeholt.", false, Description = "a passive: done to the reader's parcel, not by the reader")]
    [TestCase("de", "Weil du ein freundliches Gesicht hast.", false, Description = "a capitalised noun shaped like a participle is none")]
    [TestCase("de", "Du bist gerade im Fitnessstudio.", true, Description = "the reader put in a place")]
    [TestCase("de", "Sie sind bei uns in guten Händen.", false, Description = "an idiom of state is no place")]
    [TestCase("de", "Da Sie gerade auf unserer Seite sind, zeigen wir Ihnen Premium-Flüge.", true, Description = "the place before the verb that ends a subordinate clause")]
    [TestCase("de", "Da Sie gerade auf der Suche sind, zeigen wir Ihnen Premium-Flüge.", false, Description = "an idiom of state before the verb is no place")]
    [TestCase("fr", "Vous êtes passée devant notre vitrine.", true, Description = "'être' with a participle of going: the reader's act")]
    [TestCase("fr", "Vous êtes invitée à notre soirée.", false, Description = "'être' with any other participle: a state, not an act")]
    [TestCase("fr", "Vous êtes inscrite à notre newsletter.", false, Description = "a declared choice is a frame, and no place")]
    [TestCase("fr", "Tu es au parc de la Tête d'Or ?", true, Description = "the reader put in a place")]
    [TestCase("fr", "Vous êtes au bon endroit.", false, Description = "an idiom of state is no place")]
    [TestCase("fr", "Vous êtes abonné à notre newsletter.", false, Description = "a state the reader chose before the preposition is no place")]
    [TestCase("es", "Pasaste la noche fuera de casa.", true, Description = "a tú preterite names the reader and the act")]
    [TestCase("es", "Has imprimido el cupón de la farmacia.", true, Description = "'has' names the reader; a participle after it is the act")]
    [TestCase("es", "Elegiste recibir avisos de ofertas.", false, Description = "a tú preterite that declares a choice is a frame")]
    [TestCase("es", "Existe una versión para ti.", false, Description = "'existe' only looks like a preterite")]
    [TestCase("es", "Estás en el gimnasio.", true, Description = "the reader put in a place")]
    [TestCase("es", "Estás en buenas manos con nosotros.", false, Description = "an idiom of state is no place")]
    [TestCase("fr", "Tes parents savent pas que tu joues ?", true, Description = "a present form in a clause that states what the reader does")]
    [TestCase("fr", "Tu joues souvent aux échecs.", true, Description = "a present form with a word of habit")]
    [TestCase("fr", "Comme vous jouez aux échecs, voici notre offre.", true, Description = "'comme' states what the reader does, with vous")]
    [TestCase("fr", "Vous jouez aux échecs ? Voici nos plateaux.", false, Description = "a present form in an offer's question is no logged act")]
    [TestCase("fr", "Pour que tu profites de l'été, voici nos maillots.", false, Description = "'pour que' is a purpose, not a statement")]
    [TestCase("fr", "Nous vous envoyons souvent des surprises.", false, Description = "'vous' after a subject is the object")]
    [TestCase("fr", "Vous pouvez toujours nous écrire.", false, Description = "a verb of ability is no act")]
    [TestCase("fr", "Quand vous recevrez votre colis, vérifiez-le.", false, Description = "a future form is no logged act")]
    [TestCase("fr", "Il a acheté un vélo pour sa fille.", false, Description = "a third person's perfect names no reader")]
    [TestCase("es", "¿Ha imprimido el cupón de la farmacia?", true, Description = "'ha' opening a clause with a participle: usted's perfect")]
    [TestCase("es", "Sabemos que ha imprimido el cupón.", true, Description = "'que' after a verb of the first person plural opens usted's clause")]
    [TestCase("es", "Ha llegado su pedido.", false, Description = "a thing's event with its subject after the participle")]
    [TestCase("es", "Mi hermano ha imprimido el cupón.", false, Description = "a subject before 'ha' is a third person")]
    [TestCase("es", "El cliente que ha imprimido el cupón recibirá el regalo.", false, Description = "a relative 'que' after a noun is a third person")]
    [TestCase("es", "Ha sido un placer atenderle.", false, Description = "a passive or copula is no act")]
    public void Another_language_reads_the_readers_verbs(string language, string text, bool grounded) =>
        Assert.That(Grounded(text, Pack(CreepLintEngine.Default, language)), Is.EqualTo(grounded));

    // Training and dev files only: a failure prints the message, and the frozen test sets are never printed.
    [TestCase("dev.jsonl")]
    [TestCase("independent-30.jsonl")]
    [TestCase("real/train.jsonl")]
    [TestCase("chat-negatives.jsonl")]
    public void A_message_with_no_source_of_the_reader_has_no_sentence_with_the_reader(string file)
    {
        // SentenceRoles.MayHaveReader lets the grounding test skip the roles of most messages: it must never say no where
        // Fill gives a sentence the reader role.
        var rules = CreepLintEngine.Default.RuleSet;
        var (skipped, checkedTexts) = (0, 0);
        foreach (var item in Training.Evaluation.LabelledCorpus.Load(Path.Combine(TestCorpus.Root, "samples", "corpus", file), []))
        {
            MessagePipeline.Inspect(rules, CreepLintEngine.Default.Thresholds, item.Text, item.Kind, TextFormat.Auto, input =>
            {
                checkedTexts++;
                if (SentenceRoles.MayHaveReader(input, rules.SetRoles))
                {
                    return;
                }

                skipped++;
                var scratch = input.Scratch.Roles;
                var sentences = SentenceRoles.Fill(input, scratch, rules.SetRoles);
                for (var sentence = 0; sentence < sentences; sentence++)
                {
                    Assert.That(scratch.RoleMasks[sentence] & SentenceRoles.Reader, Is.Zero, item.Text);
                }
            });
        }

        Assert.That(skipped, Is.GreaterThan(checkedTexts / 20), "premise: the corpus has messages without the reader");
    }

    [TestCase("Hope you're keeping well.", nameof(Grounding.None), Description = "the reader with no role beside")]
    [TestCase("Our 3 best sellers are back.", nameof(Grounding.None), Description = "a number without the reader")]
    [TestCase("You're on a 12-week streak, keep it going!", nameof(Grounding.OneRole), Description = "the reader with a number only")]
    [TestCase("As a new mum you deserve a break.", nameof(Grounding.OneRole), Description = "the reader with an attribute only")]
    [TestCase("Our system detected that you visited the pricing page.", nameof(Grounding.TwoRoles), Description = "an observer and the reader's act")]
    [TestCase("Our system detected that you are running an ad blocker.", nameof(Grounding.OneRole), Description = "an observer; 'are running' is not a logged act")]
    [TestCase("You lingered on the wedding dresses for 20 minutes.", nameof(Grounding.TwoRoles), Description = "the reader's act and a number")]
    [TestCase("Hope you're keeping well. You lingered on the wedding dresses for 20 minutes.", nameof(Grounding.TwoRoles), Description = "the firmest sentence counts")]
    public void How_firmly_a_text_claims_something_about_the_reader_is_the_number_of_roles_beside_the_reader(string text, string expected)
    {
        var grounding = Grounding.None;
        MessagePipeline.Inspect(CreepLintEngine.Default.RuleSet, CreepLintEngine.Default.Thresholds, text, MessageKind.Message, TextFormat.Auto,
            input => grounding = SentenceRoles.GroundingOf(input, 0, int.MaxValue));
        Assert.That(grounding.ToString(), Is.EqualTo(expected));
    }

    private static CompiledRuleSet Pack(CreepLintEngine engine, string language) =>
        language == "en" ? engine.RuleSet : engine.Packs.For(language) ?? throw new ArgumentException($"no {language} pack", nameof(language));

    private static bool Grounded(string text) => Grounded(text, CreepLintEngine.Default);

    private static bool Grounded(string text, CreepLintEngine engine) => Grounded(text, engine.RuleSet);

    private static bool Grounded(string text, CompiledRuleSet pack)
    {
        var grounded = false;
        MessagePipeline.Inspect(pack, CreepLintEngine.Default.Thresholds, text, MessageKind.Message, TextFormat.Auto, input => grounded = SentenceRoles.IsGrounded(input));
        return grounded;
    }
}
