using CreepLint.Language;
using CreepLint.Text;

namespace CreepLint.Tests.Language;

/// <summary>
/// Per-message language identification and rule packs (issue 15): each message is read by its language's pack, a message
/// in a language without one is not passed silently, and English input stays English whatever it holds.
/// </summary>
public sealed class LanguageTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    [Test]
    public void Default_engine_has_the_english_german_french_and_spanish_packs()
    {
        Assert.That(Engine.Languages, Is.EqualTo(new[] { "de", "en", "es", "fr" }));
    }

    // The issue's own examples: each passed with no finding before the packs.
    [TestCase("Wir wissen, dass Sie schwanger sind – hier sind Gutscheine für Babybetten.", "de")]
    [TestCase("Nous savons que vous êtes enceinte.", "fr")]
    [TestCase("Sabemos que estás embarazada.", "es")]
    [TestCase("Como buscaste abogados de divorcio, te ofrecemos un descuento.", "es")]
    [TestCase("Vous n'avez pas acheté de tuyau d'arrosage depuis deux ans.", "fr")]
    public void Message_is_identified_and_linted_by_its_languages_pack(string text, string language)
    {
        var result = Engine.Lint(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.UnsupportedLanguage, Is.False);
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Findings.Select(f => f.RuleId), Has.All.StartWith("CL" + language.ToUpperInvariant()));
            Assert.That(result.Model, Is.Not.Null, "scored by the language's own model (LanguageModelTests)");
        });
    }

    [TestCase("Salut {first_name}, ton score de fidélité est de {churn_score}. Profite de -20% ce week-end.", "fr", "churn_score")]
    [TestCase("Hola %NOMBRE%, tu %RIESGO_IMPAGO% ha cambiado este mes.", "es", "RIESGO_IMPAGO")]
    public void Single_brace_and_percent_placeholders_are_not_read_as_words_of_another_language(string text, string language, string field)
    {
        // Read as words, English-looking field names made a short message English; as placeholders they are not prose.
        var result = Engine.Lint(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo(language));
            Assert.That(result.Findings.Select(f => text.Substring(f.Offset, f.Length)), Does.Contain(field), "the field is checked by the pack's fields rule");
        });
    }

    [Test]
    public void English_message_keeps_the_english_pack_and_the_model()
    {
        var result = Engine.Lint("We noticed you've been searching for pregnancy tests.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo("en"));
            Assert.That(result.Findings.Select(f => f.RuleId), Has.All.Match("^CL[0-9]"));
            Assert.That(result.Model, Is.Not.Null);
        });
    }

    [TestCase("Мы знаем, что вы беременны: вот купоны на детские кроватки.", "und-Cyrl")]
    [TestCase("Γνωρίζουμε ότι είστε έγκυος: ορίστε κουπόνια για βρεφικές κούνιες.", "el")]
    [TestCase("אנחנו יודעים שאת בהריון: הנה קופונים לעריסות.", "he")]
    [TestCase("あなたが妊娠していることを知っています。ベビーベッドのクーポンをどうぞ。", "ja")]
    [TestCase("我们知道您怀孕了，这里有婴儿床的优惠券。", "zh")]
    public void Another_script_is_identified_from_the_source_letters(string text, string language)
    {
        Assert.That(CreepLintEngine.IdentifyLanguage(text), Is.EqualTo(language));
    }

    [Test]
    public void A_language_without_a_pack_is_reported_not_passed_silently()
    {
        var result = Engine.Lint("Мы знаем, что вы беременны: вот купоны на детские кроватки.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo("und-Cyrl"));
            Assert.That(result.UnsupportedLanguage, Is.True);
            Assert.That(result.Findings, Is.Empty);
        });
    }

    [Test]
    public void Requested_language_overrides_identification_and_is_read_as_its_primary_subtag()
    {
        // English words, German pack: the request decides, and de-AT is German.
        var result = Engine.Lint(new LintRequest("Wir wissen, dass Sie schwanger sind.") { Language = "de-AT" });
        var forced = Engine.Lint(new LintRequest("We know you are pregnant.") { Language = "de" });
        Assert.Multiple(() =>
        {
            Assert.That((result.Language, result.Findings.Any(f => f.RuleId == "CLDE1001")), Is.EqualTo(("de", true)));
            Assert.That((forced.Language, forced.Findings.IsEmpty), Is.EqualTo(("de", true)));
        });
    }

    [Test]
    public void An_engine_without_a_pack_for_the_language_says_so()
    {
        var english = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel()
            .AddRules("rules:\n  - id: CX1001\n    name: noticed\n    category: surveillance-language\n    severity: warning\n    confidence: 70\n    message: m\n    why: w\n    suggestion: s\n    phrases: [we noticed]\n", "english.yaml")
            .Build();
        var result = english.Lint("Wir haben bemerkt, dass Sie oft bei uns einkaufen. Danke für Ihre Treue!");
        Assert.Multiple(() =>
        {
            Assert.That(english.Languages, Is.EqualTo(new[] { "en" }));
            Assert.That((result.Language, result.UnsupportedLanguage), Is.EqualTo(("de", true)));
        });
    }

    [Test]
    public void Rules_name_their_language()
    {
        var byId = Engine.Rules.ToDictionary(r => r.Id);
        Assert.That((byId["CL1001"].Language, byId["CLDE1001"].Language, byId["CLFR1001"].Language, byId["CLES1001"].Language),
            Is.EqualTo(("en", "de", "fr", "es")));
    }

    // Text with little real prose is English: markup read as plain text, one endless word, another script around an
    // English sentence, a short English reply. Main read every message as English; these must not change.
    [TestCase("<div><b><div><b><div><b><div><b><div><b><div><b><div><b><div><b><div><b><div><b><div><b>We noticed you.</b></div>", TextFormat.PlainText)]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa We noticed you.", TextFormat.Auto)]
    [TestCase("שלום! We noticed you like rakes. مرحبا بك", TextFormat.Auto)]
    [TestCase("Ok lar... Joking wif u oni...", TextFormat.Auto)]
    [TestCase("Thanks for your order, it ships today and you can track it from your account.", TextFormat.Auto)]
    public void Text_with_little_real_prose_or_plain_english_is_english(string text, TextFormat format)
    {
        Assert.That(CreepLintEngine.IdentifyLanguage(text, format), Is.EqualTo("en"));
    }

    [Test]
    public void English_fast_path_decides_english_prose()
    {
        var (folded, tokens) = PreparedText.Of("Your order is on its way and you can track it from the app.");
        Assert.That(EnglishWords.Decide(folded, tokens), Is.True);
    }

    [TestCase("sorry i'm going to be late, tell him i'll txt u later")]
    [TestCase("Yeah she said it's already done, dont worry")]
    public void English_fast_path_decides_english_chat(string text)
    {
        var (folded, tokens) = PreparedText.Of(text);
        Assert.That(EnglishWords.Decide(folded, tokens), Is.True);
    }

    [TestCase("de")]
    [TestCase("fr")]
    [TestCase("es")]
    public void English_fast_path_decides_no_message_of_the_german_french_and_spanish_corpora(string language)
    {
        Assert.Multiple(() =>
        {
            foreach (var file in Directory.EnumerateFiles(Evaluation.RepositoryFiles.Path("samples", "corpus", language), "*.jsonl"))
            {
                foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
                {
                    using var item = System.Text.Json.JsonDocument.Parse(line);
                    var text = item.RootElement.GetProperty("text").GetString()!;
                    var (folded, tokens) = PreparedText.Of(text, TextExtractor.LooksLikeHtml(text));
                    Assert.That(EnglishWords.Decide(folded, tokens), Is.False, $"{file}: {text}");
                }
            }
        });
    }

    [Test]
    public void English_fast_path_never_decides_a_sentence_of_another_identified_language()
    {
        // The identifier's own training text for every other language: none of it may be taken for English early.
        var assembly = typeof(CreepLintEngine).Assembly;
        Assert.Multiple(() =>
        {
            foreach (var language in LanguageIdentifier.Languages.Where(l => l != "en"))
            {
                using var stream = assembly.GetManifestResourceStream($"CreepLint.Language.Training.{language}.txt")!;
                using var reader = new StreamReader(stream);
                foreach (var line in reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    var (folded, tokens) = PreparedText.Of(line);
                    Assert.That(EnglishWords.Decide(folded, tokens), Is.False, $"{language}: {line}");
                }
            }
        });
    }

    [Test]
    public void German_french_and_spanish_with_an_english_slogan_keep_their_language()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CreepLintEngine.IdentifyLanguage("Black Friday for you: Jetzt bis zu 50 % auf alle Jacken und Mäntel sparen, nur dieses Wochenende."), Is.EqualTo("de"));
            Assert.That(CreepLintEngine.IdentifyLanguage("Black Friday for you : jusqu'à 50 % sur toutes les vestes et tous les manteaux, ce week-end seulement."), Is.EqualTo("fr"));
            Assert.That(CreepLintEngine.IdentifyLanguage("Black Friday for you: hasta un 50 % en todas las chaquetas y abrigos, solo este fin de semana."), Is.EqualTo("es"));
        });
    }
}
