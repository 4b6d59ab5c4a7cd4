using System.Text.Json;
using CreepLint.Report.Tests.Support;

namespace CreepLint.Report.Tests;

/// <summary>The sample templates' report page, read as a reviewer reads it, checked against the JSON report of the same run.</summary>
public sealed class ReportPageTests
{
    private static Made Samples => Reports.Samples;

    [Test]
    public async Task Every_finding_is_highlighted_once_over_exactly_its_text()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        // For every part: each finding's marks joined, in the order the findings are listed.
        var shown = await report.Eval<Dictionary<string, string[]>>(@"() => {
            const out = {};
            for (const part of document.querySelectorAll('section.part')) {
                const keys = new Map();
                for (const mark of part.querySelectorAll('mark.hl')) {
                    for (const k of mark.dataset.f.split(' ')) keys.set(k, (keys.get(k) || '') + mark.textContent);
                }
                out[part.dataset.m] = [...keys.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1]);
            }
            return out;
        }");
        var results = Samples.Results();
        Assert.That(shown.Keys, Has.Count.EqualTo(results.Count), "every message is drawn");
        Assert.Multiple(() =>
        {
            var total = 0;
            for (var m = 0; m < results.Count; m++)
            {
                var findings = results[m].GetProperty("findings").EnumerateArray().ToList();
                var text = results[m].GetProperty("view").GetProperty("text").GetString()!;
                var marks = shown[m.ToString(System.Globalization.CultureInfo.InvariantCulture)];
                Assert.That(marks, Has.Length.EqualTo(findings.Count), $"message {m}: one highlight per finding");
                for (var k = 0; k < Math.Min(marks.Length, findings.Count); k++)
                {
                    var f = findings[k];
                    var expected = text.Substring(f.GetProperty("viewOffset").GetInt32(), f.GetProperty("viewLength").GetInt32());
                    Assert.That(marks[k], Is.EqualTo(expected), $"message {m}, {f.GetProperty("ruleId")}");
                    // The sample templates have no markup inside a span: the highlight reads exactly as the finding's excerpt.
                    Assert.That(Collapse(marks[k]), Does.Contain(Collapse(f.GetProperty("excerpt").GetString()!)), $"message {m}, {f.GetProperty("ruleId")}");
                }

                total += findings.Count;
            }

            Assert.That(total, Is.EqualTo(Samples.Summary().GetProperty("findings").GetInt32()), "the page's findings are the run's");
        });
    }

    [Test]
    public async Task Hovering_a_highlight_shows_rule_category_score_explanation_and_suggestion()
    {
        var finding = Samples.Results()[0].GetProperty("findings")[0];
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        await report.Page.HoverAsync("section.part[data-m='0'] mark.hl[data-first~='0']");
        var popover = await report.Eval<string>("() => { const p = document.getElementById('popover'); return p.hidden ? '' : p.innerText; }");
        var rule = await RuleName(finding.GetProperty("ruleId").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(popover, Does.Contain(finding.GetProperty("ruleId").GetString()));
            Assert.That(popover, Does.Contain(rule));
            Assert.That(popover, Does.Contain(finding.GetProperty("category").GetString()));
            Assert.That(popover, Does.Contain($"score {finding.GetProperty("score").GetInt32()}"));
            Assert.That(popover, Does.Contain(finding.GetProperty("message").GetString()));
            Assert.That(popover, Does.Contain(finding.GetProperty("suggestion").GetString()));
            Assert.That(popover, Does.Contain("Why: "), "the rule's explanation");
        });

        await report.Page.Mouse.MoveAsync(1, 1);
        Assert.That(await report.Eval<bool>("() => document.getElementById('popover').hidden"), Is.True, "the popover goes when the pointer leaves");
    }

    [Test]
    public async Task Scores_verdicts_and_categories_on_the_page_are_the_json_reports()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        var parts = await report.Eval<PartShown[]>(@"() => [...document.querySelectorAll('section.part')].map(p => ({
            index: Number(p.dataset.m), score: Number(p.dataset.score), verdict: p.dataset.verdict,
            card: p.closest('article').querySelector('.card-head').innerText,
            categories: [...p.closest('article').querySelectorAll('aside li')].map(li => li.querySelector('.cat').textContent) }))");
        var results = Samples.Results();
        var summary = Samples.Summary();
        var tiles = await report.Eval<string>("() => document.querySelector('.tiles').innerText");
        Assert.Multiple(() =>
        {
            foreach (var p in parts)
            {
                var r = results[p.Index];
                Assert.That(p.Score, Is.EqualTo(r.GetProperty("score").GetInt32()), $"message {p.Index}");
                Assert.That(p.Verdict, Is.EqualTo(r.GetProperty("verdict").GetString()), $"message {p.Index}");
                Assert.That(p.Card, Does.Contain($"score {r.GetProperty("score").GetInt32()}").And.Contain(r.GetProperty("verdict").GetString()!.ToUpperInvariant()));
                Assert.That(p.Categories, Is.EqualTo(r.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("category").GetString()).ToArray()));
            }

            foreach (var (name, label) in new[] { ("fail", "fail"), ("warn", "warn"), ("pass", "pass"), ("messages", "messages"), ("findings", "findings") })
            {
                Assert.That(tiles, Does.Contain($"{summary.GetProperty(name).GetInt32()}\n{label}"), name);
            }
        });
    }

    [Test]
    public async Task Messages_are_listed_worst_first()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        var scores = await report.Eval<int[]>("() => [...document.querySelectorAll('#list article.card .score')].map(s => Number(s.textContent.replace('score ', '')))");
        Assert.That(scores, Is.Ordered.Descending);
        Assert.That(scores, Has.Length.EqualTo(Samples.Results().Count));
    }

    [Test]
    public async Task A_panel_link_scrolls_to_and_focuses_its_span()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url, height: 500);
        var last = await report.Eval<string>(@"() => { const links = [...document.querySelectorAll('aside a.jump')]; const a = links[links.length - 1];
            a.id = 'last-link'; return a.closest('article').querySelector('h3').textContent; }");
        await report.Page.ClickAsync("#last-link");
        var focused = await report.Eval<FocusedMark>(@"() => { const m = document.activeElement; const r = m.getBoundingClientRect();
            return { tag: m.tagName, card: m.closest('article').querySelector('h3').textContent, inView: r.top >= 0 && r.bottom <= innerHeight }; }");
        Assert.Multiple(async () =>
        {
            Assert.That(focused.Tag, Is.EqualTo("MARK"));
            Assert.That(focused.Card, Is.EqualTo(last));
            Assert.That(focused.InView, Is.True);
            Assert.That(await report.Fragment(), Is.Empty, "following a finding does not change the view's URL");
        });
    }

    [Test]
    public async Task The_page_is_one_file_with_a_strict_policy_and_no_requests()
    {
        var html = await File.ReadAllTextAsync(Samples.Html);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"));
            Assert.That(html, Does.Not.Match(@"(?i)<(link|img|iframe|object|embed)\b|\bsrc\s*=|@import|url\("), "nothing loaded from outside the file");
        });

        // The page itself proves it: opened, hovered and filtered, it asks for nothing (ReportPage fails on any request).
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        await report.Page.HoverAsync("mark.hl");
        await report.Page.SelectAsync("#f-category", "inferred-trait");
        Assert.That(report.Requests, Is.Empty);
    }

    [Test]
    public async Task Tab_moves_through_the_findings_in_reading_order_with_a_visible_focus()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        var results = Samples.Results();
        var cards = await report.Eval<int[][]>("() => [...document.querySelectorAll('#list article')].map(a => [...a.querySelectorAll('.part')].map(p => Number(p.dataset.m)))");
        var expected = new List<string>();
        foreach (var (parts, card) in cards.Select((p, i) => (p, i)))
        {
            // In each card: its highlights in reading order, then its findings list, before the next card.
            var marks = new List<string>();
            var links = new List<string>();
            foreach (var m in parts)
            {
                var findings = results[m].GetProperty("findings").EnumerateArray().ToList();
                var byPlace = findings.Select((f, k) => (f, k)).OrderBy(x => x.f.GetProperty("viewOffset").GetInt32()).ThenBy(x => x.k);
                marks.AddRange(byPlace.Select(x => x.k).Distinct().Select(k => $"mark {m}:{k}"));
                links.AddRange(findings.Select((_, k) => $"link {m}:{k}"));
            }

            expected.AddRange(marks.Concat(links).Select(e => $"{e} card {card}"));
        }

        await report.Eval("() => document.querySelector('#f-q').focus()");
        var order = new List<string>();
        for (var i = 0; i < 200 && order.Count < expected.Count; i++)
        {
            await report.Page.Keyboard.PressAsync("Tab");
            var focused = await report.Eval<string>(@"() => { const e = document.activeElement;
                if (!e || !e.closest('article')) return e ? e.tagName + '#' + e.id : '';
                const card = [...document.querySelectorAll('#list article')].indexOf(e.closest('article')), part = e.closest('.part')?.dataset.m;
                const outline = getComputedStyle(e).outlineStyle !== 'none' && parseFloat(getComputedStyle(e).outlineWidth) >= 2;
                return (e.tagName === 'MARK' ? 'mark ' + part + ':' + e.dataset.first : 'link ' + e.dataset.part + ':' + e.dataset.f) + ' card ' + card + (outline ? '' : ' NO-OUTLINE'); }");
            if (focused.StartsWith("mark ", StringComparison.Ordinal) || focused.StartsWith("link ", StringComparison.Ordinal))
            {
                // A highlight where two findings start is one stop for both: "mark 3:0 1 card 2" stands for findings 0 and 1.
                var (kind, rest) = (focused[..5], focused[5..]);
                var (place, card) = (rest[..rest.IndexOf(" card ", StringComparison.Ordinal)], rest[rest.IndexOf(" card ", StringComparison.Ordinal)..]);
                var (message, keys) = (place[..place.IndexOf(':', StringComparison.Ordinal)], place[(place.IndexOf(':', StringComparison.Ordinal) + 1)..]);
                order.AddRange(keys.Split(' ').Select(k => $"{kind}{message}:{k}{card}"));
            }
        }

        Assert.That(order, Is.EqualTo(expected), "focus order: each card's highlights in reading order, then its findings list");
        Assert.That(order, Has.None.Contain("NO-OUTLINE"), "a visible focus outline");
    }

    [Test]
    public async Task N_and_p_step_through_the_findings()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        await report.Page.Keyboard.PressAsync("n");
        var first = await report.Eval<string>("() => document.activeElement.tagName + document.activeElement.textContent");
        await report.Page.Keyboard.PressAsync("n");
        var second = await report.Eval<string>("() => document.activeElement.tagName + document.activeElement.textContent");
        await report.Page.Keyboard.PressAsync("p");
        var back = await report.Eval<string>("() => document.activeElement.tagName + document.activeElement.textContent");
        var popover = await report.Eval<bool>("() => !document.getElementById('popover').hidden");
        Assert.Multiple(() =>
        {
            Assert.That(first, Does.StartWith("MARK"));
            Assert.That(second, Does.StartWith("MARK").And.Not.EqualTo(first));
            Assert.That(back, Is.EqualTo(first));
            Assert.That(popover, Is.True, "a focused highlight shows its finding");
        });
    }

    [Test]
    public async Task Text_and_colours_pass_wcag_aa_contrast()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        await report.Page.HoverAsync("mark.hl");
        var failures = await report.Eval<string[]>(@"() => {
            const rgb = s => s.match(/[\d.]+/g).slice(0, 4).map(Number);
            const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
            const background = e => { for (let n = e; n; n = n.parentElement) { const c = rgb(getComputedStyle(n).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
            const out = [];
            for (const e of document.querySelectorAll('mark.hl, .cat, .verdict, .tile span, .meta, .note, .chip, .reason, h4, th, .count, .top p, #popover p, #popover .lbl, label span, legend, code.tpl')) {
                if (!e.textContent.trim() || !e.getClientRects().length) continue;
                const a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < 4.5) out.push(`${e.className || e.tagName} '${e.textContent.slice(0, 30)}': ${ratio.toFixed(2)}`);
            }
            return out;
        }");
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task The_category_is_written_out_not_only_coloured()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url);
        var labels = await report.Eval<string[]>("() => [...document.querySelectorAll('mark.hl[tabindex]')].map(m => m.getAttribute('aria-label'))");
        var listed = await report.Eval<string[]>("() => [...document.querySelectorAll('aside li .cat')].map(c => c.textContent)");
        var categories = Samples.Results().SelectMany(r => r.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("category").GetString()!).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.EquivalentTo(categories));
            Assert.That(labels, Is.All.Not.Null.And.Match(@"CL\d{4} [a-z-]+, score \d+"));
        });
    }

    [Test]
    public async Task A_narrow_window_shows_everything_in_one_column_without_sideways_scrolling()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url, width: 375, height: 740);
        var layout = await report.Eval<NarrowLayout>(@"() => {
            const body = document.querySelector('.card-body');
            return { overflow: document.documentElement.scrollWidth - innerWidth,
                     columns: getComputedStyle(body).gridTemplateColumns.split(' ').length,
                     asideBelow: body.querySelector('aside').getBoundingClientRect().top >= body.querySelector('.texts').getBoundingClientRect().bottom - 1 }; }");
        Assert.Multiple(() =>
        {
            Assert.That(layout.Overflow, Is.LessThanOrEqualTo(0), "no sideways scrolling");
            Assert.That(layout.Columns, Is.EqualTo(1));
            Assert.That(layout.AsideBelow, Is.True, "the findings list follows the text");
        });
        await report.Eval("() => window.scrollTo(0, document.querySelector('#list article').getBoundingClientRect().top + scrollY - 8)");
        await Screenshots.Save(report, "report-narrow.png", fullPage: false);
    }

    [Test]
    public async Task Screenshot_of_the_sample_templates_report()
    {
        await using var report = await ReportPage.OpenAsync(Samples.Url, width: 1280, height: 900);
        await report.Page.HoverAsync("section.part[data-m='0'] mark.hl[data-first~='0']");
        var path = await Screenshots.Save(report, "report-samples.png", fullPage: true);
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(20_000), "a real picture of the page");
    }

    private static async Task<string> RuleName(string id)
    {
        using var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(Samples.Json));
        return doc.RootElement.GetProperty("rules").EnumerateArray().First(r => r.GetProperty("id").GetString() == id).GetProperty("name").GetString()!;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record PartShown(int Index, int Score, string Verdict, string Card, string[] Categories);

    private sealed record FocusedMark(string Tag, string Card, bool InView);

    private sealed record NarrowLayout(int Overflow, int Columns, bool AsideBelow);
}
