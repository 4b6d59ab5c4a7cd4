using System.Text.Json.Nodes;
using CreepLint.Lsp.Tests.Support;

namespace CreepLint.Lsp.Tests;

/// <summary>Diagnostics on open and as the text changes: ranges in UTF-16, severity, code and doc link, debouncing.</summary>
public sealed class DiagnosticsTests
{
    [Test]
    public async Task Ranges_count_UTF16_code_units_so_astral_characters_count_two()
    {
        using var dir = new TempDir();
        // 🎉 (U+1F389) and 𝒜 (U+1D49C) are two UTF-16 code units each, one code point, one grapheme.
        const string text = "Spring 🌷 is here.\n🎉𝒜 🎉 We noticed you like rakes.\n";
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(dir.UriOf("a.txt"), text);
        var diagnostic = client.DiagnosticsFor(dir.UriOf("a.txt")).Single(d => LspMessages.Code(d!) == "CL5001")!;
        var range = LspMessages.RangeOf(diagnostic);
        var line = text.Split('\n')[1];
        Assert.Multiple(() =>
        {
            Assert.That(range, Is.EqualTo((1, line.IndexOf("We", StringComparison.Ordinal), 1, line.IndexOf("We noticed", StringComparison.Ordinal) + "We noticed".Length)));
            Assert.That(range.Character, Is.EqualTo(8), "\"🎉𝒜 🎉 \" is 8 UTF-16 code units (5 code points)");
            Assert.That(line[range.Character..range.EndCharacter], Is.EqualTo("We noticed"));
        });
    }

    [Test]
    public async Task A_diagnostic_carries_severity_rule_id_doc_link_message_and_scores()
    {
        using var dir = new TempDir();
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(dir.UriOf("a.txt"), $"{Samples.Creepy}\nCongratulations on the pregnancy, here's 20% off maternity wear.\n");
        var diagnostics = client.DiagnosticsFor(dir.UriOf("a.txt"));
        var observer = diagnostics.Single(d => LspMessages.Code(d!) == "CL5001")!;
        Assert.Multiple(() =>
        {
            Assert.That((int)observer["severity"]!, Is.EqualTo(2), "CL5001 is a warning");
            Assert.That((string?)observer["source"], Is.EqualTo("creeplint"));
            Assert.That((string?)observer["codeDescription"]!["href"], Is.EqualTo("https://github.com/creeplint/creeplint/blob/main/docs/rules/surveillance-language.md#cl5001-sender-as-observer"));
            Assert.That((string?)observer["message"], Does.Contain("We noticed"));
            Assert.That((int)observer["data"]!["score"]!, Is.InRange(1, 100));
            Assert.That((string?)observer["data"]!["verdict"], Is.EqualTo("fail"));
            Assert.That(diagnostics.Where(d => (int)d!["severity"]! == 1).Select(d => LspMessages.Code(d!)), Is.Not.Empty, "the pregnancy assertion is an error");
        });
    }

    [Test]
    public async Task The_rule_doc_link_points_at_a_section_that_exists()
    {
        using var dir = new TempDir();
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(dir.UriOf("a.txt"), $"{Samples.Creepy}\nCongratulations on the pregnancy, here's 20% off maternity wear.\n");
        foreach (var diagnostic in client.DiagnosticsFor(dir.UriOf("a.txt")))
        {
            var href = (string)diagnostic!["codeDescription"]!["href"]!;
            var (page, anchor) = (href.Split('#')[0], href.Split('#')[1]);
            var file = Path.Combine(RepoRoot(), page["https://github.com/creeplint/creeplint/blob/main/".Length..]);
            Assert.That(File.ReadAllText(file), Does.Contain($"## {anchor.Split('-')[0].ToUpperInvariant()} {string.Join('-', anchor.Split('-').Skip(1))}"), href);
        }
    }

    [Test]
    public async Task Edits_move_and_remove_diagnostics_and_each_publish_names_its_version()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("a.html");
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, $"<p>Hi!</p>\n<p>{Samples.Creepy}</p>\n");
        Assert.That(client.DiagnosticsFor(uri, 1).Select(d => LspMessages.RangeOf(d!).Line), Is.EqualTo(new[] { 1 }));

        // Insert a line above (incremental change): the finding moves down.
        await client.EditAsync(uri, 2, LspMessages.Range(0, 0, 0, 0), "<h1>Spring 🌷</h1>\r\n");
        Assert.That(client.DiagnosticsFor(uri, 2).Select(d => LspMessages.RangeOf(d!)), Is.EqualTo(new[] { (2, 3, 2, 13) }));

        // Rewrite the creepy words: the finding goes.
        await client.EditAsync(uri, 3, LspMessages.Range(2, 3, 2, 13), "Rakes are 20% off;");
        Assert.That(client.DiagnosticsFor(uri, 3), Is.Empty);

        // Close: its diagnostics are cleared.
        await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = LspMessages.Document(uri) });
        var cleared = client.WaitFor("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri);
        Assert.That(cleared["diagnostics"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_burst_of_changes_is_linted_once_after_the_pause_for_the_last_version()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("a.txt");
        await using var client = await LspClient.StartInitializedAsync(dir.Root, debounceMs: 300);
        await client.OpenAsync(uri, "Spring sale.\n");
        Assert.That(client.DiagnosticsFor(uri, 1), Is.Empty);

        var typed = "Spring sale.\n";
        var version = 1;
        foreach (var word in "We noticed you like rakes".Split(' '))
        {
            var at = typed.Length - 1;
            typed = typed[..at] + " " + word + "\n";
            await client.EditAsync(uri, ++version, LspMessages.Range(0, at, 0, at), " " + word);
        }

        var publishes = client.Drain(TimeSpan.FromSeconds(3)).Where(n => (string?)n["method"] == "textDocument/publishDiagnostics").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(publishes.Select(p => (int?)p["params"]!["version"]), Is.EqualTo(new int?[] { version }), "one publish, for the last version");
            Assert.That(publishes[0]["params"]!["diagnostics"]!.AsArray().Select(d => LspMessages.Code(d!)), Does.Contain("CL5001"));
        });
    }

    [Test]
    public async Task CRLF_lines_and_a_file_not_yet_saved_are_linted()
    {
        using var dir = new TempDir();
        var uri = dir.UriOf("drafts/new.txt"); // Neither the file nor its folder exists on disk.
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, $"Hello,\r\n\r\n{Samples.Creepy}\r\n");
        Assert.That(client.DiagnosticsFor(uri).Select(d => LspMessages.RangeOf(d!)), Is.EqualTo(new[] { (2, 0, 2, 10) }));
    }

    [Test]
    public async Task A_document_that_is_not_a_file_gets_no_diagnostics_and_a_log_line()
    {
        using var dir = new TempDir();
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync("untitled:Untitled-1", Samples.Creepy);
        var log = client.WaitFor("window/logMessage");
        Assert.That((string?)log["message"], Does.Contain("untitled:Untitled-1").And.Contain("only files"));
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CreepLint.sln not found above the test output");
    }
}
