using CreepLint.Report.Tests.Support;

namespace CreepLint.Report.Tests;

/// <summary>What the page must never do: show what --redact masks, or run, load or render what a message contains.</summary>
public sealed class SafetyTests
{
    private static readonly string[] s_secrets = ["Sarah", "Connor", "jane.doe", "example.com", "7946 0958", "4111 1111"];

    [Test]
    public async Task Redact_masks_the_page_and_its_embedded_data()
    {
        var dir = Fixture("redact", ("a.txt", "Hi Sarah Connor, we noticed you've viewed jane.doe@example.com 6 times. Call +44 20 7946 0958, card 4111 1111 1111 1111.\n"));
        var plain = Reports.Make("redact-plain", dir, ["a.txt"]);
        var redacted = Reports.Make("redact-on", dir, ["a.txt"], "--redact");
        var fromJson = Path.Combine(Reports.Directory, "redact-from-json.html");
        Reports.Run(dir, ["report", plain.Json, "-o", fromJson, "--redact"]);

        var unmasked = await File.ReadAllTextAsync(plain.Html);
        Assert.That(s_secrets.All(s => unmasked.Contains(s, StringComparison.Ordinal)), Is.True, "the unredacted page shows them (otherwise this test proves nothing)");
        foreach (var page in new[] { redacted.Url, new Uri(fromJson).AbsoluteUri })
        {
            var html = await File.ReadAllTextAsync(new Uri(page).LocalPath);
            await using var report = await ReportPage.OpenAsync(page);
            var text = await report.Eval<string>("() => document.body.innerText");
            var highlighted = await report.Eval<string[]>("() => [...document.querySelectorAll('mark.hl')].map(m => m.textContent)");
            Assert.Multiple(() =>
            {
                foreach (var secret in s_secrets)
                {
                    Assert.That(html, Does.Not.Contain(secret), $"{page}: the file leaks {secret}");
                    Assert.That(text, Does.Not.Contain(secret), $"{page}: the page shows {secret}");
                }

                Assert.That(text, Does.Contain("Hi [name], we noticed you've viewed [email] 6 times. Call [phone], card [card]."));
                Assert.That(highlighted, Does.Contain("we noticed").IgnoreCase, "findings are still highlighted in the masked text");
                Assert.That(text, Does.Contain("personal data masked"));
            });
        }
    }

    [Test]
    public async Task Markup_and_scripts_in_messages_are_shown_as_text_or_left_out_never_run_or_loaded()
    {
        var dir = Fixture("hostile",
            ("note.txt", "</script><script>alert(1)</script> We noticed you <img src=x onerror=alert(2)> at the clinic.\n"),
            ("mail.html", "<html><body><script>alert(3)</script><img src=\"https://tracker.example/p.gif\" alt=\"\"><p onclick=\"alert(4)\">We noticed you were at the clinic.</p><style>p{background:url(https://tracker.example/bg.png)}</style></body></html>\n"));
        var made = Reports.Make("hostile", dir, ["."]);
        // ReportPage fails on any request, dialog or error when it is closed.
        await using var report = await ReportPage.OpenAsync(made.Url);
        var texts = await report.Eval<string[]>("() => [...document.querySelectorAll('.text')].map(t => t.textContent)");
        var injected = await report.Eval<int>("() => document.querySelectorAll('#list script, #list img, #list style, #list [onclick], #list [onerror]').length");
        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.Some.Contain("</script><script>alert(1)</script> We noticed you <img src=x onerror=alert(2)> at the clinic."), "plain text shows as written");
            Assert.That(texts, Has.Some.EqualTo("We noticed you were at the clinic."), "an HTML e-mail shows its rendered text only");
            Assert.That(injected, Is.Zero, "no element of a message reaches the page");
            Assert.That(report.Requests, Is.Empty);
        });
    }

    private static string Fixture(string name, params (string Path, string Text)[] files)
    {
        var dir = Path.Combine(Reports.Directory, "fixture-" + name);
        Directory.CreateDirectory(dir);
        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(dir, path), text);
        }

        return dir;
    }
}
