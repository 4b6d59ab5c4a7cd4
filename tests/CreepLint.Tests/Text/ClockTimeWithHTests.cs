namespace CreepLint.Tests.Text;

/// <summary>
/// A clock time written with "h" reads as a <c>&lt;time&gt;</c>: "18h30", "6h42" in the German, French and Spanish packs;
/// "18 h 30" and "à 9h" in the French pack, whose terms that spell such a time out as a number and "h" still match it. The
/// English pack reads "6h" as a number and the unit h, as before.
/// </summary>
public sealed class ClockTimeWithHTests
{
    private static string[] Matches(CreepLintEngine engine, string text, string language) =>
        [.. engine.Lint(new LintRequest(text) { Language = language }).Findings.Select(f => text[f.Offset..(f.Offset + f.Length)])];

    private static readonly CreepLintEngine s_frenchTime = TokenTestKit.Probe(["<time>"], "fr");

    [TestCase("Café à 18h30 ce matin.", "18h30")]
    [TestCase("Réveil à 6h42, comme hier.", "6h42")]
    [TestCase("Vous êtes passé vers 18H30.", "18H30")]
    [TestCase("Vous êtes passé à 18 h 30.", "18 h 30")]
    [TestCase("Vous êtes passé à 18h 30.", "18h 30")]
    [TestCase("Rendez-vous à 9h pile.", "9h")]
    [TestCase("Rendez-vous à 9 h pile.", "9 h")]
    [TestCase("Tu es parti à 23h59.", "23h59")]
    public void French_reads_a_clock_time_written_with_h(string text, string time) =>
        Assert.That(Matches(s_frenchTime, text, "fr"), Is.EqualTo(new[] { time }));

    [TestCase("Livré en 48 h.")]
    [TestCase("Ça fait 3 h que tu regardes.")]
    [TestCase("Un code 25h61 n'est pas une heure.")]
    [TestCase("Ouvert 24h/24.")]
    public void French_leaves_durations_and_impossible_times(string text) =>
        Assert.That(Matches(s_frenchTime, text, "fr"), Is.Empty);

    [Test]
    public void French_terms_that_spell_the_time_out_still_match()
    {
        var engine = TokenTestKit.Probe(["à <number> h", "<number> h <number> du matin", "pendant <number> h"], "fr");
        Assert.Multiple(() =>
        {
            Assert.That(Matches(engine, "Tu es sorti à 9 h.", "fr"), Is.EqualTo(new[] { "à 9 h" }));
            Assert.That(Matches(engine, "Tu es sorti à 9h.", "fr"), Is.EqualTo(new[] { "à 9h" }));
            Assert.That(Matches(engine, "Tu es sorti à 9 h 30.", "fr"), Is.EqualTo(new[] { "à 9 h 30" }));
            Assert.That(Matches(engine, "Encore en ligne à 2 h 14 du matin ?", "fr"), Is.EqualTo(new[] { "à 2 h 14 du matin" }), "with 'à <number> h' on its first words");
            Assert.That(Matches(engine, "Tu as joué pendant 3 h hier.", "fr"), Is.EqualTo(new[] { "pendant 3 h" }));
            Assert.That(Matches(engine, "Tu as joué pendant 3 h 12 hier.", "fr"), Is.EqualTo(new[] { "pendant 3 h 12" }));
        });
    }

    [TestCase("de", "Du warst um 18h30 im Studio.", "18h30")]
    [TestCase("es", "Llegaste a las 18h30 al gimnasio.", "18h30")]
    public void German_and_Spanish_read_the_compact_form(string language, string text, string time) =>
        Assert.That(Matches(TokenTestKit.Probe(["<time>"], language), text, language), Is.EqualTo(new[] { time }));

    [TestCase("de", "Du warst um 18 h 30 im Studio.")]
    [TestCase("es", "Llegaste a 9 h al gimnasio.")]
    public void German_and_Spanish_leave_the_spaced_form(string language, string text) =>
        Assert.That(Matches(TokenTestKit.Probe(["<time>"], language), text, language), Is.Empty);

    [Test]
    public void English_is_unchanged()
    {
        var time = TokenTestKit.Probe(["<time>"]);
        var hours = TokenTestKit.Probe(["<number> hours"]);
        Assert.Multiple(() =>
        {
            Assert.That(time.Lint("You were here at 6h42 and 18h30, for 6h.").Findings, Is.Empty);
            Assert.That(hours.Lint("You watched for 6h straight.").Findings, Has.Length.EqualTo(1), "6h is a number and the unit h");
            Assert.That(TokenTestKit.Describe("at 6h42"), Is.EqualTo(new[] { "at:Word", "6h42:Word" }));
        });
    }
}
