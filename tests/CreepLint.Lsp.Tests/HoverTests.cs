using CreepLint.Lsp.Tests.Support;

namespace CreepLint.Lsp.Tests;

/// <summary>Hover on a flagged span: the finding and its rule's <c>creeplint explain</c> text, as Markdown.</summary>
public sealed class HoverTests
{
    [Test]
    public async Task Hover_on_a_flagged_span_shows_rule_category_score_why_and_what_to_write_instead()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("a.txt");
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, $"Spring 🌷 sale!\n{Samples.Creepy}\n");
        var finding = client.DiagnosticsFor(uri, 1).Single()!;
        var hover = await client.HoverAsync(uri, 1, 4);
        var (_, explain, _) = dir.RunCli("explain", "CL5001");
        var contents = hover!["contents"]!;
        var value = (string)contents["value"]!;
        string Section(string heading) => explain.Split('\n').SkipWhile(l => l != heading).Skip(1).First().Trim();
        Assert.Multiple(() =>
        {
            Assert.That((string?)contents["kind"], Is.EqualTo("markdown"));
            Assert.That(value, Does.StartWith($"**CL5001 sender-as-observer** · surveillance-language · warning · score {(int)finding["data"]!["score"]!}"));
            Assert.That(value, Does.Contain($"This message: score {(int)finding["data"]!["messageScore"]!}, verdict **{(string)finding["data"]!["verdict"]!}**."));
            Assert.That(value, Does.Contain("**Why.** " + Section("Why:")));
            Assert.That(value, Does.Contain("**Instead.** " + Section("Instead:")));
            Assert.That(value, Does.Contain("[Rule documentation](https://github.com/creeplint/creeplint/blob/main/docs/rules/surveillance-language.md#cl5001-sender-as-observer)"));
            Assert.That(hover["range"]!.ToJsonString(), Is.EqualTo(finding["range"]!.ToJsonString()));
        });
    }

    [Test]
    public async Task Hover_away_from_findings_shows_nothing()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("a.txt");
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, $"Spring 🌷 sale!\n{Samples.Creepy}\n");
        client.DiagnosticsFor(uri, 1);
        Assert.That(await client.HoverAsync(uri, 0, 3), Is.Null);
    }
}
