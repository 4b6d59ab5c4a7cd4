using System.Text.Json.Nodes;
using CreepLint.Lsp.Tests.Support;

namespace CreepLint.Lsp.Tests;

/// <summary>The <c>.creeplint.yaml</c> found by walking up from each file, reloaded when the client reports it changed; a broken one fails closed.</summary>
public sealed class ConfigurationTests
{
    [Test]
    public async Task The_configuration_above_the_file_applies_and_a_change_to_it_is_picked_up()
    {
        using var dir = new TempDir();
        dir.Write("brand/.creeplint.yaml", "severity:\n  CL5001: error\n");
        var uri = dir.UriOf("brand/emails/deep/a.txt");
        var capabilities = new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } };
        await using var client = await LspClient.StartInitializedAsync(dir.Root, capabilities: capabilities);
        await client.OpenAsync(uri, Samples.Creepy);
        Assert.That(client.DiagnosticsFor(uri, 1).Select(d => (int)d!["severity"]!), Is.EqualTo(new[] { 1 }), "error, from the configuration two folders up");

        dir.Write("brand/.creeplint.yaml", "disable: [CL5001]\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = dir.UriOf("brand/.creeplint.yaml"), ["type"] = 2 }),
        });
        Assert.Multiple(() =>
        {
            // Only the rule's diagnostic goes: with its finding gone the learned model may stand alone on the message.
            Assert.That(client.DiagnosticsFor(uri, 1).Select(d => (string?)d!["code"]), Does.Not.Contain("CL5001"), "re-linted with the rule disabled");
            var registration = client.ServerRequests.Single(r => r.Method == "client/registerCapability").Params!["registrations"]![0]!;
            Assert.That((string?)registration["method"], Is.EqualTo("workspace/didChangeWatchedFiles"));
            Assert.That(registration["registerOptions"]!["watchers"]!.AsArray().Select(w => (string?)w!["globPattern"]), Does.Contain("**/.creeplint.{yaml,yml}"));
        });
    }

    [Test]
    public async Task A_broken_configuration_is_shown_in_its_file_nothing_is_linted_with_other_settings_and_fixing_it_recovers()
    {
        using var dir = new TempDir();
        dir.Write(".creeplint.yaml", "severity:\n  CL5001: loud\n");
        var uri = dir.UriOf("a.txt");
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.OpenAsync(uri, Samples.Creepy);
        var onFile = client.DiagnosticsFor(uri, 1);
        var onConfig = client.DiagnosticsFor(dir.UriOf(".creeplint.yaml"));
        Assert.Multiple(() =>
        {
            Assert.That(onFile.Select(d => (string?)d!["message"]), Has.One.StartsWith("creeplint did not lint this file: the configuration"));
            Assert.That(onFile.Select(d => LspMessages.Code(d!)), Is.EqualTo(new[] { "CL0100" }));
            Assert.That(onFile.Select(d => LspMessages.Code(d!)), Has.None.EqualTo("CL5001"), "fail closed");
            Assert.That(onConfig.Select(d => LspMessages.RangeOf(d!).Line), Is.EqualTo(new[] { 1 }), "the problem is placed on its line");
            Assert.That(onConfig.Select(d => (string?)d!["message"]), Has.One.Contains("loud"));
        });

        dir.Write(".creeplint.yaml", "severity:\n  CL5001: error\n"); // Seen without a watcher notification: the file's time changed.
        await client.ReplaceAsync(uri, 2, Samples.Creepy + "\n");
        Assert.Multiple(() =>
        {
            Assert.That(client.DiagnosticsFor(uri, 2).Select(d => (LspMessages.Code(d!), (int)d!["severity"]!)), Is.EqualTo(new[] { ("CL5001", 1) }));
            Assert.That(client.DiagnosticsFor(dir.UriOf(".creeplint.yaml")), Is.Empty, "the configuration's problems are cleared");
        });
    }
}
