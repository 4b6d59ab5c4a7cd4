using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// In a pack of a language other than English, a percent or currency sign written after a number ("78 %", "49,90 €",
/// "12€") makes the number a <c>&lt;percent&gt;</c> or <c>&lt;money&gt;</c>, as "78%" and "€49" are; the English pack
/// keeps reading such a number as a <c>&lt;number&gt;</c>.
/// </summary>
public sealed class SignAfterNumberTests
{
    private static readonly CreepLintEngine s_german = TokenTestKit.Probe(["mit <percent> wahrscheinlichkeit", "kostet <money>"], "de");

    [TestCase("Mit 78 % Wahrscheinlichkeit kündigen Sie bald.")]
    [TestCase("Mit 78\u202F% Wahrscheinlichkeit kündigen Sie bald.")]
    [TestCase("Mit 78\u00A0% Wahrscheinlichkeit kündigen Sie bald.")]
    [TestCase("Mit 78% Wahrscheinlichkeit kündigen Sie bald.")]
    [TestCase("Für Sie kostet 49,90 € der Monat.")]
    [TestCase("Für Sie kostet 12€ der Monat.")]
    [TestCase("Für Sie kostet €12 der Monat.")]
    public void A_sign_after_a_number_makes_it_a_percent_or_an_amount(string text)
    {
        var findings = s_german.Lint(new LintRequest(text) { Language = "de" }).Findings;
        Assert.That(findings, Has.Length.EqualTo(1));
    }

    [Test]
    public void The_finding_takes_in_the_sign()
    {
        var finding = s_german.Lint(new LintRequest("Es kostet 49 € im Monat.") { Language = "de" }).Findings.Single();
        Assert.That("Es kostet 49 € im Monat."[finding.Offset..(finding.Offset + finding.Length)], Is.EqualTo("kostet 49 €"));
    }

    [TestCase("Mit 78 Wahrscheinlichkeit.")]
    [TestCase("Es kostet 49 Stück.")]
    [TestCase("Es kostet 20 %ig mehr.")]
    public void A_number_without_a_sign_or_with_a_word_after_the_sign_stays_a_number(string text)
    {
        Assert.That(s_german.Lint(new LintRequest(text) { Language = "de" }).Findings, Is.Empty);
    }

    [Test]
    public void The_english_pack_reads_a_spaced_sign_as_before()
    {
        var engine = TokenTestKit.Probe(["<percent> likely"]);
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("You are 78 % likely to leave.").Findings, Is.Empty);
            Assert.That(engine.Lint("You are 78% likely to leave.").Findings, Has.Length.EqualTo(1));
        });
    }
}
