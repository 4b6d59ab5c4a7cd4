using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CreepLint.Cli.Reporting;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace CreepLint.Cli.Lsp;

/// <summary>
/// <c>creeplint lsp</c>: a Language Server Protocol server over a pair of streams (standard input and output). Lints each
/// open document as <c>creeplint lint</c> lints the file, on open and on every change after a short pause
/// (<see cref="DefaultDebounceMilliseconds"/>), dropping a run a newer edit made stale; offers suppressions and the rule's
/// explanation as code actions and on hover. Messages are handled in the order they arrive; linting runs off that order.
/// </summary>
internal sealed class LanguageServer
{
    /// <summary>The pause after an edit before linting (150 ms): typing a word costs one run, not one per key.</summary>
    public const int DefaultDebounceMilliseconds = 150;

    /// <summary>Longest pause a client may ask for in <c>initializationOptions.debounceMs</c> (a typo must not stop linting).</summary>
    private const int MaxDebounceMilliseconds = 5_000;

    /// <summary>How long the end of the input waits for 'exit' and for the answers to what was asked before it (1 s).</summary>
    private const int ExitGraceMilliseconds = 1_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LintProject> _configErrorsShown = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter _log;
    private JsonRpc? _rpc;
    private DocumentLinter _linter = new(null);
    private int _debounce = DefaultDebounceMilliseconds;
    private bool _initialized;
    private bool _shutdown;
    private bool _clientShowsDocuments;
    private bool _clientWatchesFiles;

    private LanguageServer(TextWriter log) => _log = log;

    /// <summary>Completes with the process exit code when the client sends <c>exit</c> (0 after <c>shutdown</c>, else 1).</summary>
    public Task<int> Exited => _exit.Task;

    /// <summary>Serves one client on <paramref name="input"/> and <paramref name="output"/> until it exits or hangs up; returns the exit code.</summary>
    // StreamJsonRpc marks its JSON formatter and AddLocalRpcTarget as needing reflection and run-time code in general.
    // Here they need neither, and a Native AOT build of the tool can run this server: the formatter (de)serialises every
    // parameter and result through Protocol.Json, whose types all come from the source-generated LspJsonContext, and every
    // [JsonRpcMethod] below is synchronous and takes and returns concrete types, so no generic type is closed at run
    // time. The whole LSP suite ran against such a build (branch h16d, not shipped; CREEPLINT_TEST_TOOL points the suite at it).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Serialisation goes through LspJsonContext; verified by the LSP suite against an AOT build (branch h16d).")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Synchronous handlers with concrete types; verified by the LSP suite against an AOT build (branch h16d).")]
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log)
    {
        var server = new LanguageServer(log);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = Protocol.Json };
        var grace = TimeSpan.FromMilliseconds(ExitGraceMilliseconds);
        LspMessageHandler? handler = null;
        async Task Done()
        {
            await server.Exited.ConfigureAwait(false);
            await handler!.AllAnsweredAsync(grace).ConfigureAwait(false);
        }

        handler = new LspMessageHandler(output, new InputUntilExit(input, Done, grace), formatter) { Dropped = reason => server.Log(reason) };
        using var rpc = new LspRpc(handler)
        {
            // One message at a time, in arrival order: a change is applied before the next one is read.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server._rpc = rpc;
        rpc.StartListening();
        await Task.WhenAny(server.Exited, rpc.Completion).ConfigureAwait(false);
        if (!server.Exited.IsCompleted)
        {
            try
            {
                await rpc.Completion.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.WriteLine($"creeplint lsp: the connection failed: {ex.Message}");
            }
        }

        // The answer to 'shutdown' (and to anything asked before 'exit') goes out before the connection closes.
        await handler.AllAnsweredAsync(grace).ConfigureAwait(false);
        return server.Exited.IsCompleted ? await server.Exited.ConfigureAwait(false) : 1; // 1: the client hung up without 'exit'.
    }

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams request)
    {
        var root = RootOf(request);
        var debounce = Option(request.InitializationOptions, "debounceMs");
        lock (_gate)
        {
            _linter = new DocumentLinter(root);
            _debounce = debounce is { } ms ? Math.Clamp(ms, 0, MaxDebounceMilliseconds) : DefaultDebounceMilliseconds;
            _clientShowsDocuments = Flag(request.Capabilities, "window", "showDocument", "support");
            _clientWatchesFiles = Flag(request.Capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration");
            _initialized = true;
        }

        return new InitializeResult(
            new ServerCapabilities(
                PositionEncoding: "utf-16",
                TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: Protocol.SyncIncremental),
                HoverProvider: true,
                CodeActionProvider: new CodeActionOptions([Protocol.QuickFix]),
                ExecuteCommandProvider: new ExecuteCommandOptions([Protocol.ExplainCommand])),
            new ServerInfo("creeplint", ToolInfo.Version));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
        if (_clientWatchesFiles)
        {
            // Reload when a configuration changes, wherever the client's own file watcher sees it.
            var watchers = new DidChangeWatchedFilesRegistrationOptions([new("**/.creeplint.{yaml,yml}"), new("**/*baseline*.json")]);
            Observe(Send(_rpc!, "client/registerCapability",
                new RegistrationParams([new Registration("creeplint-config", "workspace/didChangeWatchedFiles", watchers)]), request: true), "registering the configuration watcher");
        }
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        lock (_gate)
        {
            _shutdown = true;
            foreach (var document in _documents.Values)
            {
                document.Pending?.Cancel();
            }
        }

        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_shutdown ? 0 : 1);

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        var item = request.TextDocument;
        if (!_initialized)
        {
            return; // LSP: notifications before 'initialize' are dropped.
        }

        if (PathOf(item.Uri) is not { } path)
        {
            Log($"not linting {item.Uri}: only files (file:// URIs) are linted");
            return;
        }

        lock (_gate)
        {
            var document = new OpenDocument(new TextDocument(item.Uri, path, item.Version, item.Text ?? string.Empty));
            _documents[item.Uri] = document;
            Schedule(document, delay: 0);
        }
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(request.TextDocument.Uri, out var document))
            {
                return;
            }

            document.Text.Apply(request.TextDocument.Version, request.ContentChanges ?? []);
            Schedule(document, _debounce);
        }
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        lock (_gate)
        {
            if (_documents.Remove(request.TextDocument.Uri, out var document))
            {
                document.Pending?.Cancel();
                Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(request.TextDocument.Uri, null, []));
            }
        }
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        lock (_gate)
        {
            _linter.Reload();
            foreach (var uri in _configErrorsShown.Keys)
            {
                Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
            }

            _configErrorsShown.Clear();
            foreach (var document in _documents.Values)
            {
                Schedule(document, delay: 0);
            }
        }
    }

    [JsonRpcMethod("textDocument/codeAction")]
    public CodeAction[] CodeAction(CodeActionParams request)
    {
        lock (_gate)
        {
            return Current(request.TextDocument.Uri) is { } open ? [.. CodeActions.For(open.Outcome, open.Document, request.Range)] : [];
        }
    }

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams request)
    {
        lock (_gate)
        {
            return Current(request.TextDocument.Uri) is { } open ? HoverText.At(open.Outcome, request.Position) : null;
        }
    }

    [JsonRpcMethod("workspace/executeCommand")]
    public string? ExecuteCommand(ExecuteCommandParams request)
    {
        RequireInitialized();
        if (request.Command != Protocol.ExplainCommand || request.Arguments is not [{ ValueKind: JsonValueKind.String } id, ..] arguments)
        {
            throw Error(Protocol.InvalidParams, $"unknown command '{request.Command}' or missing rule id; the server runs '{Protocol.ExplainCommand}' with [ruleId, documentUri]");
        }

        var uri = arguments.Length > 1 && arguments[1].ValueKind == JsonValueKind.String ? arguments[1].GetString() : null;
        var project = (uri is null ? null : PathOf(uri)) is { } path ? _linter.ProjectFor(path) : _linter.ProjectFor(Path.Combine(Environment.CurrentDirectory, "-"));
        var wanted = id.GetString()!;
        var rule = project.Rules.Values.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw Error(Protocol.InvalidParams, $"no rule is called '{wanted}'; 'creeplint rules' lists them");
        var markdown = RuleExplanation.Markdown(rule, project.Config!.Settings.SeverityOf(rule, rule.Severity));
        if (_clientShowsDocuments)
        {
            // The client opens it like any file: a page the author can keep beside the template.
            var file = Path.Combine(Path.GetTempPath(), "creeplint-explain", $"{rule.Id}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, markdown);
            Observe(Send(_rpc!, "window/showDocument", new ShowDocumentParams(new Uri(file).AbsoluteUri, false, true), request: true), "opening the explanation");
        }
        else
        {
            var text = new StringWriter();
            RuleExplanation.WriteText(text, rule, project.Config!.Settings.SeverityOf(rule, rule.Severity));
            Notify("window/showMessage", new ShowMessageParams(Protocol.MessageInfo, text.ToString()));
        }

        return markdown;
    }

    /// <summary>Lints <paramref name="document"/> after <paramref name="delay"/> ms, cancelling the run it replaces; call under the lock.</summary>
    private void Schedule(OpenDocument document, int delay)
    {
        if (_shutdown)
        {
            return;
        }

        document.Pending?.Cancel(); // Not disposed: the replaced run may still be reading its token.
        var cancel = new CancellationTokenSource();
        document.Pending = cancel;
        var (uri, path, version, text) = (document.Text.Uri, document.Text.Path, document.Text.Version, document.Text.Text);
        var linter = _linter;
        var token = cancel.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > 0)
                {
                    await Task.Delay(delay, token).ConfigureAwait(false);
                }

                var outcome = linter.Lint(uri, path, version, text, token);
                Publish(document, outcome, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Log($"linting {uri} failed: {ex.GetType().Name}: {ex.Message}");
            }
        }, CancellationToken.None);
    }

    private void Publish(OpenDocument document, LintOutcome outcome, CancellationToken token)
    {
        lock (_gate)
        {
            if (token.IsCancellationRequested || document.Text.Version != outcome.Version || !_documents.ContainsKey(outcome.Uri))
            {
                return; // A newer edit's run will publish.
            }

            document.Outcome = outcome;
            Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(outcome.Uri, outcome.Version, [.. outcome.Diagnostics]));
            if (outcome.Project.Failed)
            {
                foreach (var (uri, diagnostics) in DocumentLinter.ConfigDiagnostics(outcome.Project))
                {
                    if (!_configErrorsShown.TryGetValue(uri, out var shown) || !ReferenceEquals(shown, outcome.Project))
                    {
                        _configErrorsShown[uri] = outcome.Project;
                        Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, diagnostics));
                    }
                }
            }
            else if (outcome.Project.ConfigFile is { } config && _configErrorsShown.Remove(new Uri(config).AbsoluteUri))
            {
                Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(new Uri(config).AbsoluteUri, null, []));
            }
        }
    }

    /// <summary>The document and its last lint, when that lint is of the text the client has now; call under the lock.</summary>
    private (TextDocument Document, LintOutcome Outcome)? Current(string uri)
    {
        RequireInitialized();
        return _documents.TryGetValue(uri, out var document) && document.Outcome is { } outcome && outcome.Version == document.Text.Version
            ? (document.Text, outcome)
            : null;
    }

    private void RequireInitialized()
    {
        if (!_initialized)
        {
            throw Error(Protocol.ServerNotInitialized, "the server is not initialized; send 'initialize' first");
        }

        if (_shutdown)
        {
            throw Error(Protocol.InvalidRequest, "the server is shutting down; only 'exit' is accepted");
        }
    }

    private void Notify(string method, object argument) => Observe(Send(_rpc!, method, argument, request: false), method);

    /// <summary>Sends a request or a notification to the client with <paramref name="argument"/> as its parameter object.</summary>
    /// <remarks>
    /// StreamJsonRpc warns that an untyped parameter object "may be reflected over": some of its formatters do. The JSON
    /// formatter used here serialises the object whole through <see cref="Protocol.Json"/>, so a type missing from
    /// <see cref="LspJsonContext"/> fails loudly in the LSP suite, never silently.
    /// </remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Serialised whole through LspJsonContext; verified by the LSP suite against an AOT build (branch h16d).")]
    private static Task Send(JsonRpc rpc, string method, object argument, bool request) =>
        request ? rpc.InvokeWithParameterObjectAsync(method, argument) : rpc.NotifyWithParameterObjectAsync(method, argument);

    private void Log(string message)
    {
        _log.WriteLine($"creeplint lsp: {message}");
        if (_rpc is { IsDisposed: false } rpc)
        {
            Observe(Send(rpc, "window/logMessage", new LogMessageParams(Protocol.MessageLog, message), request: false), "logging");
        }
    }

    private void Observe(Task task, string what) =>
        task.ContinueWith(t => _log.WriteLine($"creeplint lsp: {what} failed: {t.Exception?.GetBaseException().Message}"), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };

    /// <summary>The file path of a <c>file://</c> URI, or null for any other scheme (an unsaved buffer).</summary>
    internal static string? PathOf(string? uri) =>
        uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    private static string? RootOf(InitializeParams request)
    {
        if (request.WorkspaceFolders is [{ } first, ..] && PathOf(first.Uri) is { } folder)
        {
            return folder;
        }

        return PathOf(request.RootUri) ?? (string.IsNullOrEmpty(request.RootPath) ? null : Path.GetFullPath(request.RootPath));
    }

    private static int? Option(JsonElement options, string name) =>
        options.ValueKind == JsonValueKind.Object && options.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    private static bool Flag(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return false;
            }
        }

        return element.ValueKind == JsonValueKind.True;
    }

    /// <summary>An open document, the lint run pending for it and its last published lint.</summary>
    private sealed class OpenDocument(TextDocument text)
    {
        public TextDocument Text { get; } = text;

        public CancellationTokenSource? Pending { get; set; }

        public LintOutcome? Outcome { get; set; }
    }
}
