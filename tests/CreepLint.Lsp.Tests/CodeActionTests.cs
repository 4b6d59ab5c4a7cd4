using System.Text.Json.Nodes;
using CreepLint.Lsp.Tests.Support;

namespace CreepLint.Lsp.Tests;

/// <summary>Quick fixes: their edits are applied to the text as an editor would, and the server's next lint shows the effect.</summary>
public sealed class CodeActionTests
{
    private static readonly string s_creepy = Samples.Creepy;

    public static IEnumerable<TestCaseData> Templates()
    {
        yield return new TestCaseData("a.html", $"<body>\n  <p>{s_creepy}</p>\n</body>\n", "  <!-- creeplint-disable-next-line CL5001 -- <reason: why this is acceptable> -->\n");
        yield return new TestCaseData("a.liquid", $"Hi {{{{ first_name }}}},\n{s_creepy}\n", "{% comment %} creeplint-disable-next-line CL5001 -- <reason: why this is acceptable> {% endcomment %}\n");
        yield return new TestCaseData("a.hbs", $"<p>{s_creepy}</p>\n", "{{!-- creeplint-disable-next-line CL5001 -- <reason: why this is acceptable> --}}\n");
        yield return new TestCaseData("a.j2", $"{s_creepy}\n", "{# creeplint-disable-next-line CL5001 -- <reason: why this is acceptable> #}\n");
        yield return new TestCaseData("a.erb", $"<p>{s_creepy}</p>\n", "<%# creeplint-disable-next-line CL5001 -- <reason: why this is acceptable> %>\n");
        yield return new TestCaseData("a.txt", $"Hello 🌷\r\n{s_creepy}\r\n", "# creeplint-disable-next-line CL5001 -- <reason: why this is acceptable>\r\n");
        yield return new TestCaseData("catalog.yaml", $"messages:\n  - id: a\n    body: {s_creepy}\n", "    # creeplint-disable-next-line CL5001 -- <reason: why this is acceptable>\n");
        yield return new TestCaseData("Strings.resx", $"<root>\n  <data name=\"a\" xml:space=\"preserve\">\n    <value>{s_creepy}</value>\n  </data>\n</root>\n",
            "    <!-- creeplint-disable-next-line CL5001 -- <reason: why this is acceptable> -->\n");
    }

    [TestCaseSource(nameof(Templates))]
    public async Task Suppress_inserts_a_comment_in_the_files_own_syntax_that_silences_the_finding(string file, string text, string expectedComment)
    {
        using var dir = new TempDir();
        // Rules alone: what is tested is the suppression of the rule's finding; a model sure of the line would speak on its
        // own once that finding is suppressed (docs/model.md, "Blending"), as it does in the liquid template with its name.
        dir.Write(".creeplint.yaml", "model: false\n");
        var uri = dir.UriOf(file);
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, text);
        var finding = client.DiagnosticsFor(uri, 1).Single(d => LspMessages.Code(d!) == "CL5001")!;
        var actions = await client.CodeActionsAsync(uri, (JsonObject)finding["range"]!.DeepClone());
        var suppress = actions.Single(a => ((string)a!["title"]!).StartsWith("Suppress CL5001", StringComparison.Ordinal))!;
        var fixedText = LspMessages.Apply(text, suppress, uri);
        var line = LspMessages.RangeOf(finding).Line;

        await client.ReplaceAsync(uri, 2, fixedText);
        var after = client.DiagnosticsFor(uri, 2);
        Assert.Multiple(() =>
        {
            Assert.That((string?)suppress["kind"], Is.EqualTo("quickfix"));
            Assert.That(fixedText, Is.EqualTo(text.Insert(LspMessages.OffsetOf(text, LspMessages.Position(line, 0)), expectedComment)));
            Assert.That(after.Select(d => LspMessages.Code(d!)), Is.Empty, "suppressed, and the suppression is neither unused (CL0302) nor without reason (CL0301)");
        });

        // The file as saved is accepted by 'creeplint lint' the same way.
        dir.Write(file, fixedText);
        using var lint = dir.LintJson(file);
        var findings = lint.RootElement.GetProperty("results").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray()).ToList();
        Assert.That(findings.Select(f => f.GetProperty("suppressed").GetBoolean()), Is.EqualTo(new[] { true }));
    }

    [Test]
    public async Task A_finding_under_a_directive_for_another_rule_is_added_to_that_directive()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("a.html");
        const string text = "<!-- creeplint-disable-next-line CL1001 -- reviewed by legal -->\n<p>We noticed you're expecting, congratulations!</p>\n";
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, text);
        var finding = client.DiagnosticsFor(uri, 1).Single(d => LspMessages.Code(d!) == "CL5001")!;
        var suppress = (await client.CodeActionsAsync(uri, (JsonObject)finding["range"]!.DeepClone())).Single(a => ((string)a!["title"]!).StartsWith("Suppress", StringComparison.Ordinal))!;
        var fixedText = LspMessages.Apply(text, suppress, uri);
        await client.ReplaceAsync(uri, 2, fixedText);
        Assert.Multiple(() =>
        {
            Assert.That(fixedText, Does.StartWith("<!-- creeplint-disable-next-line CL1001, CL5001 -- reviewed by legal -->\n<p>"));
            // Both rules suppressed (a new line would have unsuppressed CL1001) and the directive used; what may remain is
            // the learned model's own finding, which lint reports too when it rates the message creepy on its own.
            Assert.That(client.DiagnosticsFor(uri, 2).Select(d => LspMessages.Code(d!)), Is.All.EqualTo("CL0001"));
        });
    }

    [Test]
    public async Task Formats_without_comments_offer_no_suppression_but_still_explain()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("data/r.jsonl");
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, $"{{\"id\":\"r1\",\"text\":\"{s_creepy}\"}}\n");
        var finding = client.DiagnosticsFor(uri, 1).Single()!;
        var titles = (await client.CodeActionsAsync(uri, (JsonObject)finding["range"]!.DeepClone())).Select(a => (string)a!["title"]!);
        Assert.That(titles, Is.EqualTo(new[] { "Explain CL5001 sender-as-observer" }));
    }

    [Test]
    public async Task Explain_runs_a_command_that_opens_the_rules_explanation()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("a.txt");
        var capabilities = new JsonObject { ["window"] = new JsonObject { ["showDocument"] = new JsonObject { ["support"] = true } } };
        await using var client = await LspClient.StartInitializedAsync(dir.Root, capabilities: capabilities);
        await client.OpenAsync(uri, s_creepy);
        var finding = client.DiagnosticsFor(uri, 1).Single()!;
        var explain = (await client.CodeActionsAsync(uri, (JsonObject)finding["range"]!.DeepClone())).Single(a => ((string)a!["title"]!).StartsWith("Explain", StringComparison.Ordinal))!;
        var command = explain["command"]!;
        var markdown = (string?)await client.RequestAsync("workspace/executeCommand", new JsonObject
        {
            ["command"] = command["command"]!.DeepClone(),
            ["arguments"] = command["arguments"]!.DeepClone(),
        });

        var (_, explainText, _) = dir.RunCli("explain", "CL5001");
        var shown = client.ServerRequests.Single(r => r.Method == "window/showDocument").Params!;
        var page = new Uri((string)shown["uri"]!).LocalPath;
        Assert.Multiple(() =>
        {
            Assert.That((string?)command["command"], Is.EqualTo("creeplint.explain"));
            Assert.That(markdown, Does.StartWith("# CL5001 sender-as-observer"));
            Assert.That(File.ReadAllText(page), Is.EqualTo(markdown), "the page opened is the explanation");
            // The same content as 'creeplint explain': its why and its suggestion, word for word.
            var why = explainText.Split('\n').SkipWhile(l => l != "Why:").Skip(1).First().Trim();
            var instead = explainText.Split('\n').SkipWhile(l => l != "Instead:").Skip(1).First().Trim();
            Assert.That(markdown, Does.Contain(why));
            Assert.That(markdown, Does.Contain(instead));
        });
    }

    [Test]
    public async Task An_unused_suppression_can_be_removed()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("a.html");
        const string text = "<!-- creeplint-disable-next-line CL5001 -- was creepy once -->\n<p>Spring sale.</p>\n";
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, text);
        var unused = client.DiagnosticsFor(uri, 1).Single(d => LspMessages.Code(d!) == "CL0302")!;
        var remove = (await client.CodeActionsAsync(uri, (JsonObject)unused["range"]!.DeepClone())).Single()!;
        Assert.That(LspMessages.Apply(text, remove, uri), Is.EqualTo("<p>Spring sale.</p>\n"));
    }
}
