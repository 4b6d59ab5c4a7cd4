using CreepLint.Tests.Text;
using CreepLint.Text;

namespace CreepLint.Tests.Language;

/// <summary>
/// How the text layer reads German, French and Spanish copy for their packs (the seventeenth round): name placeholders
/// in the language's own words, a prefix term on a capitalised opening word read as a possible name, French elisions,
/// and German ordinal dates. English reads as before (its corpora lint byte for byte the same).
/// </summary>
public sealed class PackTextReadingTests
{
    [TestCase("de", "Hallo {{ vorname }}, dein Paket ist da.", "{{ vorname }}")]
    [TestCase("de", "Sehr geehrte Frau {{ nachname }}, Ihr Termin steht.", "{{ nachname }}")]
    [TestCase("fr", "Bonjour {{ prenom }}, ta commande est prête.", "{{ prenom }}")]
    [TestCase("fr", "Bonjour {{ prénom }}, ta commande est prête.", "{{ prénom }}")]
    [TestCase("es", "Hola {{ nombre }}, tu pedido ya salió.", "{{ nombre }}")]
    [TestCase("es", "Hola {{ cliente.nombre }}, tu pedido ya salió.", "{{ cliente.nombre }}")]
    [TestCase("es", "Estimado Sr. {{ apellido }}, su cita está confirmada.", "{{ apellido }}")]
    [TestCase("fr", "Salut {prenom}, ta commande est prête.", "{prenom}")]
    public void A_name_placeholder_in_the_pack_s_own_words_is_the_reader_s_name(string language, string text, string name)
    {
        var findings = TokenTestKit.Probe(["<name>"], language).Lint(new LintRequest(text) { Language = language }).Findings;
        Assert.That(findings.Select(f => f.Excerpt), Is.EqualTo(new[] { name }));
    }

    [Test]
    public void English_reads_such_a_field_as_a_placeholder_as_before()
    {
        // The English pack and model were trained reading it so ("Hola {{ nombre }}! As a Latino homeowner …").
        Assert.That(TokenTestKit.Probe(["<name>"]).Lint(new LintRequest("Hola {{ nombre }}! Your order shipped.") { Language = "en" }).Findings, Is.Empty);
    }

    [TestCase("{{ produkt.name }}")]
    [TestCase("{{ tienda.nombre }}")]
    public void A_product_s_or_shop_s_name_field_is_still_no_reader(string field)
    {
        Assert.That(TokenTestKit.Probe(["<name>"], "de").Lint(new LintRequest($"Dein {field} ist da.") { Language = "de" }).Findings, Is.Empty);
    }

    [Test]
    public void A_pack_s_name_clause_reads_its_own_name_placeholder()
    {
        var engine = TokenTestKit.Probe(["zurück aus <proper> <name>"], "de");
        Assert.That(engine.Lint(new LintRequest("Zurück aus Mallorca, {{ vorname }}?") { Language = "de" }).Findings, Has.Length.EqualTo(1));
    }

    [TestCase("Schwerhörig, {{ vorname }}? Unsere Hörgeräte sind fast unsichtbar.")]
    [TestCase("Schwerhörigkeit, Anna? Unsere Hörgeräte sind fast unsichtbar.")]
    public void A_prefix_term_matches_an_opening_word_read_as_a_possible_name(string text)
    {
        var engine = TokenTestKit.Probe(["schwerhörig*"], "de");
        Assert.That(engine.Lint(new LintRequest(text) { Language = "de" }).Findings, Has.Length.EqualTo(1));
    }

    private static readonly CreepLintEngine s_french = TokenTestKit.Probe(["en tant ancien détenu", "alcool", "dans l'heure", "hui"], "fr");

    [TestCase("En tant qu'ancien détenu, vous avez droit à notre accompagnement.", "qu'ancien détenu")]
    [TestCase("En tant qu’ancien détenu, vous avez droit à notre accompagnement.", "qu’ancien détenu")]
    [TestCase("Ton dernier achat d'alcool date de six jours.", "d'alcool")]
    [TestCase("Jusqu'à l’alcool de trop ?", "l’alcool")]
    [TestCase("Réponds dans l'heure.", "dans l'heure")]
    public void A_french_term_matches_the_word_after_an_elided_clitic(string text, string excerptEnd)
    {
        var finding = s_french.Lint(new LintRequest(text) { Language = "fr" }).Findings.Single();
        Assert.That(text.Substring(finding.Offset, finding.Length), Does.EndWith(excerptEnd));
    }

    [TestCase("Aujourd'hui, tout est à moitié prix.")]
    public void A_word_whose_part_before_the_apostrophe_is_no_clitic_stays_whole(string text)
    {
        Assert.That(s_french.Lint(new LintRequest(text) { Language = "fr" }).Findings, Is.Empty);
    }

    [Test]
    public void Only_the_french_pack_reads_elisions()
    {
        var english = TokenTestKit.Probe(["alcool"]);
        Assert.That(english.Lint(new LintRequest("d'alcool") { Language = "en" }).Findings, Is.Empty);
    }

    [TestCase("Weil Sie am 12. März um 22:03 Uhr „Kredit sofort“ eingegeben haben, zeigen wir Ihnen Kredite.", 1)]
    [TestCase("Nur bis 3. Juni: zehn Prozent auf alles.", 1)]
    [TestCase("Ab dem 1. jedes Monats gilt der neue Preis.", 1)]
    [TestCase("Der Kurs beginnt am 12.03. um neun Uhr.", 1)]
    [TestCase("Wir sehen uns am 3. Dann feiern wir.", 2)]
    [TestCase("Unser Rabatt gilt für alle 12. Neue Kunden erhalten mehr.", 2)]
    // English numbers its lists that way: a bare number before a lower-case word still ends a sentence.
    [TestCase("Step 2. bring snacks for everyone.", 2)]
    public void A_dot_after_a_day_number_before_a_month_or_a_lower_case_word_does_not_end_a_sentence(string text, int sentences)
    {
        var buffer = new TextBuffer();
        TextExtractor.Extract(text, text.Length, false, buffer);
        Assert.That(Tokenizer.Tokenize(buffer, text, [], []), Is.EqualTo(sentences));
    }

    [Test]
    public void A_clause_reads_the_reader_s_act_across_an_ordinal_date()
    {
        var engine = TokenTestKit.Probe(["weil sie am <number> märz um <time>"], "de");
        Assert.That(engine.Lint(new LintRequest("Weil Sie am 12. März um 22:03 Uhr „Kredit sofort“ eingegeben haben, zeigen wir Ihnen Kredite.") { Language = "de" }).Findings, Has.Length.EqualTo(1));
    }
}
