using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// A placeholder whose field names a quantity or a clock time reads as the number or time it prints, so a construction
/// written for "for 40 seconds" or "at 6:40pm" reads the template that prints them; other placeholders stay placeholders.
/// </summary>
public sealed class PlaceholderValueTests
{
    [TestCase("hover_seconds", "Number")]
    [TestCase("customer.visit_count", "Number")]
    [TestCase("cartAbandonCount", "Number")]
    [TestCase("nights_away_count", "Number")]
    [TestCase("days_since_last_order", "Number")]
    [TestCase("weeksLeft", "Number")]
    [TestCase("NUM_VISITS", "Number")]
    [TestCase("arrival_time", "Time")]
    [TestCase("booking.startTime", "Time")]
    [TestCase("order_number", "Placeholder")]
    [TestCase("phone_number", "Placeholder")]
    [TestCase("delivery.date", "Placeholder")]
    [TestCase("product.name", "Placeholder")]
    [TestCase("timestamp", "Placeholder")]
    [TestCase("time_zone", "Placeholder")]
    public void A_field_name_says_what_its_placeholder_prints(string path, string kind) =>
        Assert.That(PlaceholderValues.KindOf(path).ToString(), Is.EqualTo(kind));

    [TestCase("You looked at the sofa for {{ look_seconds }} seconds.", "{{ look_seconds }}:Number")]
    [TestCase("You got home at {{ arrival_time | date: \"%H:%M\" }}.", "{{ arrival_time | date: \"%H:%M\" }}:Time")]
    [TestCase("Viewed *|VIEW_COUNT|* times.", "*|VIEW_COUNT|*:Number")]
    [TestCase("Hi {{ first_name }}, order {{ order_number }} shipped.", "{{ first_name }}:Name {{ order_number }}:Placeholder")]
    public void The_placeholder_token_takes_that_kind(string text, string expected) =>
        Assert.That(string.Join(" ", TokenTestKit.Describe(text).Where(d => d.StartsWith('{') || d.StartsWith('*'))), Is.EqualTo(expected));

    [Test]
    public void Terms_for_numbers_and_times_match_the_placeholders_that_print_them()
    {
        var engine = TokenTestKit.Probe(["for <number> seconds", "at <time>", "<placeholder> minutes"]);
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("Only {{ wait_minutes }} minutes to go.").Findings, Has.Length.EqualTo(1), "still a placeholder");
            Assert.That(engine.Lint("You looked at the sofa for {{ look_seconds }} seconds.").Findings, Has.Length.EqualTo(1));
            Assert.That(engine.Lint("{{ first_name }}, you got home at {{ arrival_time }}.").Findings, Has.Length.EqualTo(1));
            Assert.That(engine.Lint("Stay for {{ product.name }} seconds.").Findings, Is.Empty);
            Assert.That(engine.Lint("Meet us at {{ store.address }}.").Findings, Is.Empty);
        });
    }

    [Test]
    public void The_default_pack_reads_a_measured_duration_printed_by_a_template()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().Build();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("{{ first_name }}, you paused on the trainers page for {{ pause_seconds }} seconds.").Findings.Select(f => f.RuleId), Does.Contain("CL3003"));
            Assert.That(engine.Lint("{{ first_name }}, your order {{ order_number }} ships in {{ ship_days }} days.").Findings, Is.Empty);
        });
    }
}
