using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CreepLint.Report.Tests.Support;

namespace CreepLint.Report.Tests;

/// <summary>
/// Large runs: the size budget for 1,000 messages, and a page of 10,000 that opens and stays usable. How fast it opens is
/// measured by <see cref="Measure_opening_10000_messages"/> (run by measure-open.sh), not asserted here beyond a generous bound.
/// </summary>
public sealed class ScaleTests
{
    private static readonly string[] s_sentences =
    [
        "Our spring range has landed, with new garden furniture and planters in every store.",
        "Free delivery on orders over £40 this weekend only.",
        "We noticed you were looking at rakes late last night.",
        "Customers who bought a barbecue also liked our outdoor lights.",
        "You've viewed the Aspen rain jacket 6 times this week.",
        "Congratulations on the pregnancy, here's 20% off maternity wear.",
        "Your location history shows weekly visits to the clinic.",
        "Our model estimates you are 87% likely to switch banks.",
        "Track your parcel in the app or on our website.",
        "Money tight this month? Join our budgeting workshop.",
        "Join our loyalty club to collect points on every purchase.",
        "Popular this week: the folding chair, the parasol and the cool box.",
    ];

    [Test]
    public async Task A_thousand_messages_fit_in_a_megabyte_beside_their_own_text()
    {
        var (made, textBytes) = Corpus(1_000);
        var page = new FileInfo(made.Html).Length;
        var findings = made.Summary().GetProperty("findings").GetInt32();
        TestContext.Out.WriteLine($"1,000 messages, {findings} findings: page {page:N0} bytes, message text {textBytes:N0} bytes, overhead {page - textBytes:N0} bytes");
        Assert.That(findings, Is.GreaterThan(500), "a corpus with many findings (otherwise the budget proves little)");
        Assert.That(page - textBytes, Is.LessThan(1024 * 1024));
        await using var report = await ReportPage.OpenAsync(made.Url);
        Assert.That(await report.Eval<int>("() => document.querySelectorAll('#list article').length"), Is.EqualTo(50), "drawn a page at a time");
    }

    [Test]
    public async Task Ten_thousand_messages_open_and_stay_responsive()
    {
        var (made, _) = Corpus(10_000);
        var clock = Stopwatch.StartNew();
        await using var report = await ReportPage.OpenAsync(made.Url);
        var opened = clock.Elapsed;
        var drawn = await report.Eval<int>("() => document.querySelectorAll('#list article').length");
        await report.Eval("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await report.Page.WaitForFunctionAsync("() => document.querySelectorAll('#list article').length >= 100");

        clock.Restart();
        await report.Page.SelectAsync("#f-category", "location-tracking");
        await report.Page.WaitForFunctionAsync("() => location.hash === '#category=location-tracking'");
        var filtered = clock.Elapsed;
        var shown = await report.Eval<string>("() => document.querySelector('#count').textContent");
        var expected = made.Results().Count(r => r.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("category").GetString() == "location-tracking"));
        TestContext.Out.WriteLine($"10,000 messages: ready after {opened.TotalMilliseconds:N0} ms (test harness, cold), a filter applied in {filtered.TotalMilliseconds:N0} ms");
        Assert.Multiple(() =>
        {
            // Generous: a functional bound, not the measurement (see measure-open.sh for the figure in docs/cli.md).
            Assert.That(opened, Is.LessThan(TimeSpan.FromSeconds(30)));
            Assert.That(drawn, Is.EqualTo(50), "only the first page of cards is drawn on opening");
            Assert.That(shown, Does.StartWith($"Showing {expected:N0} of 10,000 messages"));
        });
    }

    /// <summary>
    /// The figure for the issue: median time from navigation to the page drawn (the script's <c>creeplint-ready</c> mark, which
    /// includes parsing the HTML and the data) over five openings of a 10,000-message page, and the median time to apply a filter.
    /// </summary>
    [Test]
    [Explicit("A measurement, not a test: run tests/CreepLint.Report.Tests/measure-open.sh.")]
    [Category("Measurement")]
    public async Task Measure_opening_10000_messages()
    {
        var (made, _) = Corpus(10_000);
        var ready = new List<double>();
        var filter = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            await using var report = await ReportPage.OpenAsync(made.Url);
            ready.Add(await report.Eval<double>("() => performance.getEntriesByName('creeplint-ready')[0].startTime"));
            filter.Add(await report.Eval<double>(@"() => { const s = document.querySelector('#f-category'); const t = performance.now();
                s.value = 'location-tracking'; s.dispatchEvent(new Event('change', { bubbles: true })); return performance.now() - t; }"));
        }

        ready.Sort();
        filter.Sort();
        TestContext.Out.WriteLine($"page {new FileInfo(made.Html).Length / 1024.0 / 1024.0:N1} MiB; ready (navigation start to drawn), median of 5: {ready[2]:N0} ms " +
            $"(min {ready[0]:N0}, max {ready[4]:N0}); a category filter over 10,000 messages: median {filter[2]:N0} ms");
    }

    private static (Made Made, long TextBytes) Corpus(int count)
    {
        var name = $"corpus-{count}";
        var dir = Path.Combine(Reports.Directory, name);
        Directory.CreateDirectory(dir);
        var random = new Random(42);
        var jsonl = new StringBuilder();
        long textBytes = 0;
        var sentence = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sentence.Clear();
            for (var s = random.Next(1, 5); s > 0; s--)
            {
                sentence.Append(s_sentences[random.Next(s_sentences.Length)]).Append(' ');
            }

            var text = sentence.ToString().TrimEnd();
            textBytes += Encoding.UTF8.GetByteCount(text);
            jsonl.Append(JsonSerializer.Serialize(new { id = $"m{i:D5}", text })).Append('\n');
        }

        File.WriteAllText(Path.Combine(dir, "messages.jsonl"), jsonl.ToString());
        return (Reports.Make(name, dir, ["messages.jsonl"]), textBytes);
    }
}
