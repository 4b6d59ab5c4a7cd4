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
    [TestCase("Hallo {{ vorname }}, dein Paket ist da.", "{{ vorname }}")]
    [TestCase("Sehr geehrte Frau {{ nachname }}, Ihr Termin steht.", "{{ nachname }}")]
    [TestCase("Bonjour {{ prenom }}, ta commande est prête.", "{{ prenom }}")]
    [TestCase("Bonjour {{ prénom }}, ta commande est prête.", "{{ prénom }}")]
    [TestCase("Hola {{ nombre }}, tu pedido ya salió.", "{{ nombre }}")]
    [TestCase("Hola {{ cliente.nombre }}, tu pedido ya salió.", "{{ cliente.nombre }}")]
    [TestCase("Estimado Sr. {{ apellido }}, su cita está confirmada.", "{{ apellido }}")]
    [TestCase("Salut {prenom}, ta commande est prête.", "{prenom}")]
    public void A_name_placeholder_in_the_language_s_own_words_is_the_reader_s_name(string text, string name)
    {
        var names = TokenTestKit.Describe(text).Where(d => d.EndsWith(":Name", StringComparison.Ordinal)).Select(d => d[..^":Name".Length]);
        Assert.That(string.Join(" ", names), Is.EqualTo(name));
    }

    [Test]
    public void A_product_s_name_field_in_another_language_is_still_no_reader()
    {
        Assert.That(TokenTestKit.Describe("Dein {{ produkt.name }} ist da.").Where(d => d.EndsWith(":Name", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void A_pack_s_name_clause_reads_its_own_name_placeholder()
    {
        var engine = TokenTestKit.Probe(["zurück aus <proper> <name>"], "de");
        Assert.That(engine.Lint(new LintRequest("Zurück aus Mallorca, {{ vorname }}?") { Language = "de" }).Findings, Has.Length.EqualTo(1));
    }
}
