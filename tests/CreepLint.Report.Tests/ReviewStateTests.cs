using CreepLint.Report.Tests.Support;

namespace CreepLint.Report.Tests;

/// <summary>The sample template repository's page: catalog messages by part, and suppressed and baselined findings struck through with their reason.</summary>
public sealed class ReviewStateTests
{
    [Test]
    public async Task Suppressed_and_baselined_findings_are_struck_through_with_their_reason()
    {
        var made = Reports.TemplateRepo;
        var suppressed = made.Results().SelectMany(r => r.GetProperty("findings").EnumerateArray()).Where(f => f.GetProperty("suppressed").GetBoolean()).ToList();
        var baselined = made.Results().Where(r => r.TryGetProperty("baselined", out _)).SelectMany(r => r.GetProperty("baselined").EnumerateArray()).ToList();
        Assert.That(suppressed, Is.Not.Empty, "the sample repository has suppressed findings (otherwise this test proves nothing)");
        Assert.That(baselined, Is.Not.Empty, "the sample repository has a baselined finding (otherwise this test proves nothing)");

        await using var report = await ReportPage.OpenAsync(made.Url);
        var shown = await report.Eval<StruckFinding[]>(@"() => [...document.querySelectorAll('aside li.finding')].map(li => {
            const article = li.closest('article'), link = li.querySelector('a.jump');
            // Overlapping findings split the text into segments; a finding's text is every segment that covers it.
            const marks = [...article.querySelectorAll(`.part[data-m='${link.dataset.part}'] mark[data-f~='${link.dataset.f}']`)];
            return { state: li.dataset.state, rule: link.textContent, reason: li.querySelector('.reason')?.textContent ?? '',
                     markText: marks.map(m => m.textContent).join(''),
                     markStruck: marks.length > 0 && marks.every(m => getComputedStyle(m).textDecorationLine.includes('line-through')),
                     linkStruck: getComputedStyle(link).textDecorationLine.includes('line-through') }; })");
        Assert.Multiple(() =>
        {
            Assert.That(shown.Count(s => s.State == "suppressed"), Is.EqualTo(suppressed.Count));
            Assert.That(shown.Count(s => s.State == "baselined"), Is.EqualTo(baselined.Count));
            foreach (var f in suppressed)
            {
                var s = shown.Single(x => x.State == "suppressed" && x.Rule.StartsWith(f.GetProperty("ruleId").GetString()!, StringComparison.Ordinal));
                Assert.That(s.Reason, Is.EqualTo("Suppressed: " + f.GetProperty("suppression").GetProperty("reason").GetString()));
                Assert.That(s.MarkStruck && s.LinkStruck, Is.True, $"{s.Rule} struck through");
                Assert.That(s.MarkText, Is.EqualTo(f.GetProperty("excerpt").GetString()));
            }

            foreach (var f in baselined)
            {
                var s = shown.Single(x => x.State == "baselined" && x.Rule.StartsWith(f.GetProperty("ruleId").GetString()!, StringComparison.Ordinal));
                Assert.That(s.Reason, Does.StartWith("In the baseline"));
                Assert.That(s.MarkStruck && s.LinkStruck, Is.True, $"{s.Rule} struck through");
                Assert.That(s.MarkText, Is.EqualTo(f.GetProperty("excerpt").GetString()));
            }

            Assert.That(shown.Where(s => s.State == "active").Select(s => s.MarkStruck || s.LinkStruck), Is.All.False, "active findings are not struck through");
        });
    }

    [Test]
    public async Task A_catalog_message_shows_its_parts_in_order_in_one_card()
    {
        var made = Reports.TemplateRepo;
        var parts = made.Results()
            .Where(r => r.GetProperty("source").GetString() == "catalog/spring-campaign.yaml" && r.GetProperty("id").GetString()!.StartsWith("spring-sale/", StringComparison.Ordinal))
            .Select(r => (Channel: r.GetProperty("channel").GetString()!, Text: r.GetProperty("view").GetProperty("text").GetString()!))
            .ToList();
        await using var report = await ReportPage.OpenAsync(made.Url);
        var card = await report.Eval<string[][]>(@"() => { const h = [...document.querySelectorAll('article h3')].find(h => h.textContent === 'catalog/spring-campaign.yaml#spring-sale');
            return [...h.closest('article').querySelectorAll('.part')].map(p => [p.querySelector('h4').textContent, p.querySelector('.text').textContent]); }");
        Assert.Multiple(() =>
        {
            Assert.That(parts.Select(p => p.Channel), Is.EqualTo(new[] { "subject", "preheader", "body", "sms", "push" }));
            Assert.That(card.Select(c => c[0].Split(' ')[0]), Is.EqualTo(parts.Select(p => p.Channel)));
            Assert.That(card.Select(c => c[1]), Is.EqualTo(parts.Select(p => p.Text)));
        });
    }

    [Test]
    public async Task Html_emails_show_as_rendered_text_with_their_placeholders_marked()
    {
        var made = Reports.TemplateRepo;
        var source = await File.ReadAllTextAsync(Path.Combine(Reports.RepositoryRoot, "samples", "template-repo", "emails", "order-shipped.html"));
        await using var report = await ReportPage.OpenAsync(made.Url);
        var shown = await report.Eval<string[]>(@"() => { const h = [...document.querySelectorAll('article h3')].find(h => h.textContent === 'emails/order-shipped.html');
            const text = h.closest('article').querySelector('.text'); return [text.textContent, ...[...text.querySelectorAll('code.tpl')].map(c => c.textContent)]; }");
        Assert.Multiple(() =>
        {
            Assert.That(source, Does.Contain("<p>").Or.Contain("<td"), "the sample is HTML (otherwise this test proves nothing)");
            Assert.That(shown[0], Does.Not.Contain("<").And.Not.Contain("&amp;"), "tags and entities are rendered, not shown");
            Assert.That(shown.Skip(1), Is.Not.Empty.And.All.Match(@"^\{\{.*\}\}$|^\{%.*%\}$"), "placeholders and tags marked as template code");
        });
    }

    private sealed record StruckFinding(string State, string Rule, string Reason, string MarkText, bool MarkStruck, bool LinkStruck);
}
