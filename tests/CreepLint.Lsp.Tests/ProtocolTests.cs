using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using CreepLint.Lsp.Tests.Support;

namespace CreepLint.Lsp.Tests;

/// <summary>The server's life cycle and its answers to messages it cannot use: it errs the LSP way and stays up.</summary>
public sealed class ProtocolTests
{
    [Test]
    public async Task Initialize_announces_what_the_server_does_and_shutdown_then_exit_ends_it_with_0()
    {
        using var dir = new TempDir();
        await using var client = LspClient.Start(dir.Root);
        var result = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        var capabilities = result!["capabilities"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)capabilities["positionEncoding"], Is.EqualTo("utf-16"));
            Assert.That((int?)capabilities["textDocumentSync"]!["change"], Is.EqualTo(2), "incremental changes");
            Assert.That((bool?)capabilities["hoverProvider"], Is.True);
            Assert.That(capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string?)k), Is.EqualTo(new[] { "quickfix" }));
            Assert.That(capabilities["executeCommandProvider"]!["commands"]!.AsArray().Select(k => (string?)k), Is.EqualTo(new[] { "creeplint.explain" }));
            Assert.That((string?)result["serverInfo"]!["name"], Is.EqualTo("creeplint"));
        });

        await client.NotifyAsync("initialized", new JsonObject());
        Assert.That(await client.ShutdownAndExitAsync(), Is.Zero);
    }

    [Test]
    public async Task A_client_that_writes_everything_and_closes_its_input_gets_every_answer()
    {
        // A script: initialize, shutdown and exit in one write, then end of input. Five times, because losing the answers
        // was a race (the process ending before they reached the output), which a Native AOT build lost every time.
        static string Frame(string json) => $"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";
        var input = Frame("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""") +
            Frame("""{"jsonrpc":"2.0","id":2,"method":"shutdown"}""") + Frame("""{"jsonrpc":"2.0","method":"exit"}""");
        using var dir = new TempDir();
        for (var run = 0; run < 5; run++)
        {
            var info = ServerUnderTest.StartInfo(dir.Root, "lsp", "--stdio");
            info.RedirectStandardInput = true;
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Multiple(() =>
            {
                Assert.That(process.ExitCode, Is.Zero, $"run {run}: {error.Result}");
                Assert.That(output, Does.Contain("\"id\":1,\"result\":{\"capabilities\"").And.Contain("\"id\":2,\"result\":null"), $"run {run}: {output}");
            });
        }
    }

    [Test]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        using var dir = new TempDir();
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.NotifyAsync("exit", null);
        Assert.That(await client.WaitForExitAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_request_before_initialize_is_refused_with_ServerNotInitialized()
    {
        using var dir = new TempDir();
        await using var client = LspClient.Start(dir.Root);
        var error = Assert.ThrowsAsync<LspErrorException>(() => client.HoverAsync(dir.UriOf("a.txt"), 0, 0));
        Assert.That(error!.Code, Is.EqualTo(-32002));
    }

    [Test]
    public async Task Malformed_messages_are_answered_with_errors_and_the_server_stays_up()
    {
        using var dir = new TempDir();
        await using var client = await LspClient.StartInitializedAsync(dir.Root);

        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":"); // Broken JSON.
        await client.SendRawAsync("[1, 2, 3]"); // JSON, but no JSON-RPC message.
        var badParams = Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = 5 }));
        var unknown = Assert.ThrowsAsync<LspErrorException>(() => client.RequestAsync("textDocument/formatting", new JsonObject()));

        // Still serving: a file opened now is linted.
        await client.OpenAsync(dir.UriOf("a.txt"), Samples.Creepy);
        var diagnostics = client.DiagnosticsFor(dir.UriOf("a.txt"));
        Assert.Multiple(() =>
        {
            Assert.That(badParams!.Code, Is.EqualTo(-32602), "InvalidParams");
            Assert.That(badParams.Message, Does.Contain("textDocument/hover").And.Not.Contain(" at "));
            Assert.That(unknown!.Code, Is.EqualTo(-32601), "MethodNotFound");
            Assert.That(client.UnmatchedErrors.Select(e => (int?)e["error"]?["code"]), Is.EqualTo(new int?[] { -32700, -32700 }), "two parse errors, id null");
            Assert.That(client.UnmatchedErrors.All(e => e.ContainsKey("id") && e["id"] is null), Is.True);
            Assert.That(diagnostics.Select(d => LspMessages.Code(d!)), Does.Contain("CL5001"));
        });
        Assert.That(await client.ShutdownAndExitAsync(), Is.Zero);
    }

    [Test]
    public async Task After_shutdown_requests_are_refused_and_nothing_is_linted()
    {
        using var dir = new TempDir();
        await using var client = await LspClient.StartInitializedAsync(dir.Root);
        await client.RequestAsync("shutdown", null);
        var error = Assert.ThrowsAsync<LspErrorException>(() => client.HoverAsync(dir.UriOf("a.txt"), 0, 0));
        await client.OpenAsync(dir.UriOf("a.txt"), Samples.Creepy);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(-32600));
            Assert.That(client.Drain(TimeSpan.FromSeconds(1)).Where(n => (string?)n["method"] == "textDocument/publishDiagnostics"), Is.Empty);
        });
        await client.NotifyAsync("exit", null);
        Assert.That(await client.WaitForExitAsync(), Is.Zero);
    }
}
