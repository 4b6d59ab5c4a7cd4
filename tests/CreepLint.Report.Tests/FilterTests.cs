using System.Text.Json;
using CreepLint.Report.Tests.Support;

namespace CreepLint.Report.Tests;

/// <summary>Each filter changes which messages show and the URL fragment; the fragment opened again restores the view.</summary>
public sealed class FilterTests
{
    [Test]
    public async Task The_verdict_filter_shows_only_messages_with_those_verdicts()
    {
        var made = Reports.Samples;
        await using var report = await ReportPage.OpenAsync(made.Url);
        await report.Page.ClickAsync("#f-pass");
        Assert.Multiple(async () =>
        {
            Assert.That(await report.CardLabels(), Is.EquivalentTo(Expected(made, p => p.GetProperty("verdict").GetString() != "pass")));
            Assert.That(await report.Fragment(), Is.EqualTo("verdict=warn%2Cfail"));
        });
    }

    [TestCase("category", "inferred-trait")]
    [TestCase("category", "location-tracking")]
    [TestCase("rule", "CL4001")]
    [TestCase("rule", "CL9001")]
    public async Task Category_and_rule_filters_show_only_messages_with_such_a_finding(string filter, string value)
    {
        var made = Reports.Samples;
        var property = filter == "rule" ? "ruleId" : "category";
        await using var report = await ReportPage.OpenAsync(made.Url);
        var all = await report.CardLabels();
        await report.Page.SelectAsync($"#f-{filter}", value);
        var expected = Expected(made, p => p.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty(property).GetString() == value));
        Assert.Multiple(async () =>
        {
            Assert.That(expected, Is.Not.Empty.And.Count.LessThan(all.Length), "the filter must change what shows (otherwise this test proves nothing)");
            Assert.That(await report.CardLabels(), Is.EquivalentTo(expected));
            Assert.That(await report.Fragment(), Is.EqualTo($"{filter}={value}"));
        });
    }

    [Test]
    public async Task The_file_filter_shows_only_that_files_messages()
    {
        var made = Reports.Samples;
        const string file = "samples/templates/rationales.jsonl";
        await using var report = await ReportPage.OpenAsync(made.Url);
        await report.Page.SelectAsync("#f-file", file);
        Assert.Multiple(async () =>
        {
            Assert.That(await report.CardLabels(), Is.EquivalentTo(Expected(made, p => p.GetProperty("source").GetString() == file)).And.Not.Empty);
            Assert.That(await report.Fragment(), Is.EqualTo("file=samples%2Ftemplates%2Frationales.jsonl"));
        });
    }

    [Test]
    public async Task The_channel_filter_shows_catalog_messages_with_that_part_and_files_of_that_channel()
    {
        var made = Reports.TemplateRepo;
        await using var report = await ReportPage.OpenAsync(made.Url);
        await report.Page.SelectAsync("#f-channel", "sms");
        var labels = await report.CardLabels();
        Assert.Multiple(async () =>
        {
            Assert.That(labels, Is.EquivalentTo(Expected(made, p => Channel(p) == "sms")));
            Assert.That(labels, Does.Contain("catalog/spring-campaign.yaml#spring-sale").And.Contain("sms/delivery-window.txt"));
            Assert.That(await report.Fragment(), Is.EqualTo("channel=sms"));
        });
    }

    [Test]
    public async Task The_search_box_finds_words_in_messages_and_findings()
    {
        var made = Reports.Samples;
        await using var report = await ReportPage.OpenAsync(made.Url);
        await report.Page.TypeAsync("#f-q", "Jacket");
        await report.Page.WaitForFunctionAsync("() => location.hash.includes('q=')");
        Assert.Multiple(async () =>
        {
            Assert.That(await report.CardLabels(), Is.EquivalentTo(Expected(made, p => p.GetProperty("view").GetProperty("text").GetString()!.Contains("jacket", StringComparison.OrdinalIgnoreCase))).And.Not.Empty);
            Assert.That(await report.Fragment(), Is.EqualTo("q=Jacket"));
        });

        await report.Page.EvaluateFunctionAsync("() => { const q = document.querySelector('#f-q'); q.value = ''; q.dispatchEvent(new Event('input')); }");
        await report.Page.TypeAsync("#f-q", "sender-as-observer");
        await report.Page.WaitForFunctionAsync("() => location.hash.includes('observer')");
        Assert.That(await report.CardLabels(), Is.EquivalentTo(Expected(made, p => p.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("ruleId").GetString() == "CL5001"))), "a rule's name finds its messages");
    }

    [Test]
    public async Task Opening_the_link_again_restores_the_same_view()
    {
        var made = Reports.Samples;
        string url;
        string[] labels;
        await using (var report = await ReportPage.OpenAsync(made.Url))
        {
            await report.Page.ClickAsync("#f-pass");
            await report.Page.SelectAsync("#f-category", "sensitive-prediction");
            await report.Page.TypeAsync("#f-q", "model");
            await report.Page.WaitForFunctionAsync("() => location.hash.includes('q=model')");
            url = report.Page.Url;
            labels = await report.CardLabels();
        }

        Assert.That(labels, Is.Not.Empty);
        await using var again = await ReportPage.OpenAsync(url);
        var form = await again.Eval<string>(@"() => [...document.querySelectorAll('#f-pass, #f-warn, #f-fail')].map(b => b.id + '=' + b.checked).join(' ')
            + ' ' + document.querySelector('#f-category').value + ' ' + document.querySelector('#f-q').value");
        Assert.Multiple(async () =>
        {
            Assert.That(await again.CardLabels(), Is.EqualTo(labels));
            Assert.That(form, Is.EqualTo("f-fail=true f-warn=true f-pass=false sensitive-prediction model"));
            Assert.That(await again.Eval<string>("() => document.querySelector('#count').textContent"), Does.StartWith($"Showing {labels.Length} of "));
        });
    }

    [Test]
    public async Task Clear_filters_shows_everything_again()
    {
        var made = Reports.Samples;
        await using var report = await ReportPage.OpenAsync(made.Url + "#verdict=fail&rule=CL1001");
        Assert.That(await report.CardLabels(), Has.Length.EqualTo(1));
        await report.Page.ClickAsync("form[role=search] button");
        Assert.Multiple(async () =>
        {
            Assert.That(await report.CardLabels(), Has.Length.EqualTo(made.Results().Count));
            Assert.That(await report.Fragment(), Is.Empty);
        });
    }

    /// <summary>Cards (a catalog message's parts together) with at least one part matching, labelled as the page labels them.</summary>
    internal static List<string> Expected(Made made, Func<JsonElement, bool> part)
    {
        var cards = new List<(string Label, string Key, bool Match)>();
        foreach (var r in made.Results())
        {
            var source = r.GetProperty("source").GetString()!;
            var id = r.GetProperty("id").ValueKind == JsonValueKind.String ? r.GetProperty("id").GetString() : null;
            var channel = r.TryGetProperty("channel", out var c) ? c.GetString() : null;
            var group = id is not null && channel is not null && id.EndsWith("/" + channel, StringComparison.Ordinal) ? id[..^(channel.Length + 1)] : null;
            var key = group is null ? string.Empty : source + "#" + group;
            if (group is not null && cards.Count > 0 && cards[^1].Key == key)
            {
                cards[^1] = cards[^1] with { Match = cards[^1].Match || part(r) };
                continue;
            }

            var label = (group ?? id) is { } shown ? $"{source}#{shown}" : source;
            cards.Add((label, key, part(r)));
        }

        return [.. cards.Where(c => c.Match).Select(c => c.Label)];
    }

    private static string Channel(JsonElement result) =>
        result.TryGetProperty("channel", out var c) && c.GetString() is { } channel ? channel : result.GetProperty("kind").GetString()!;
}
