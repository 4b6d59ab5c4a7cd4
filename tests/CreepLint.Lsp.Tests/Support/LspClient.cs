using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreepLint.Lsp.Tests.Support;

/// <summary>An error a server answered a request with.</summary>
internal sealed class LspErrorException(int code, string message) : Exception($"{code}: {message}")
{
    public int Code { get; } = code;
}

/// <summary>
/// A small LSP client over a real <c>creeplint lsp</c> process: frames JSON-RPC messages with Content-Length headers,
/// matches responses to requests, queues the server's notifications, and answers the server's own requests
/// (<c>client/registerCapability</c>, <c>window/showDocument</c>) the way an editor would.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    /// <summary>How long a test waits for an answer before it fails (CI machines are slow and shared).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly BlockingCollection<JsonObject> _notifications = [];
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;
    private int _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Requests the server made of the client (method and params), in arrival order.</summary>
    public ConcurrentQueue<(string Method, JsonNode? Params)> ServerRequests { get; } = new();

    /// <summary>Anything the server was sent with no id that answered with an id-less error (a parse error), in order.</summary>
    public ConcurrentQueue<JsonObject> UnmatchedErrors { get; } = new();

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public Process Process => _process;

    /// <summary>The server (<see cref="ServerUnderTest"/>: <c>creeplint lsp --stdio</c>), in <paramref name="workingDirectory"/>.</summary>
    public static LspClient Start(string workingDirectory)
    {
        var info = ServerUnderTest.StartInfo(workingDirectory, "lsp", "--stdio");
        info.RedirectStandardInput = true;
        return new LspClient(Process.Start(info)!);
    }

    /// <summary>Starts the server and completes the handshake; <paramref name="capabilities"/> are the client's.</summary>
    public static async Task<LspClient> StartInitializedAsync(string root, int debounceMs = 0, JsonObject? capabilities = null)
    {
        var client = Start(root);
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(root + Path.DirectorySeparatorChar).AbsoluteUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
            ["initializationOptions"] = new JsonObject { ["debounceMs"] = debounceMs },
        });
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        await SendAsync(message);
        return await answer.Task.WaitAsync(Timeout);
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        return SendAsync(message);
    }

    /// <summary>Writes a body as it is, framed (for malformed-message tests).</summary>
    public Task SendRawAsync(string body) => WriteFrameAsync(Encoding.UTF8.GetBytes(body));

    public Task SendAsync(JsonNode message) => WriteFrameAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    /// <summary>The next notification of <paramref name="method"/> matching <paramref name="match"/>; others before it are dropped.</summary>
    public JsonObject WaitFor(string method, Func<JsonObject, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_notifications.TryTake(out var message, left))
            {
                throw new TimeoutException($"no '{method}' notification arrived in time; server stderr:\n{Stderr}");
            }

            if ((string?)message["method"] == method && (match is null || match((JsonObject)message["params"]!)))
            {
                return (JsonObject)message["params"]!;
            }
        }
    }

    /// <summary>The diagnostics published for <paramref name="uri"/> (at <paramref name="version"/> when given).</summary>
    public JsonArray DiagnosticsFor(string uri, int? version = null, TimeSpan? timeout = null) =>
        (JsonArray)WaitFor("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == uri && (version is null || (int?)p["version"] == version), timeout)["diagnostics"]!;

    /// <summary>Every notification that arrived within <paramref name="window"/>.</summary>
    public List<JsonObject> Drain(TimeSpan window)
    {
        var list = new List<JsonObject>();
        var deadline = DateTime.UtcNow + window;
        while (DateTime.UtcNow < deadline)
        {
            if (_notifications.TryTake(out var message, deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero))
            {
                list.Add(message);
            }
        }

        return list;
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var cancel = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _writeLock.Dispose();
        await Task.WhenAny(_reader, Task.Delay(1000));
    }

    private async Task WriteFrameAsync(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadFrameAsync() is { } body)
            {
                var message = JsonNode.Parse(body)!.AsObject();
                var hasId = message.TryGetPropertyValue("id", out var idNode);
                if (message["method"] is { } method && hasId)
                {
                    ServerRequests.Enqueue(((string)method!, message["params"]?.DeepClone()));
                    await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = idNode?.DeepClone(), ["result"] = null });
                }
                else if (message["method"] is not null)
                {
                    _notifications.Add(message);
                }
                else if (idNode is not null && _pending.TryRemove((int)idNode, out var answer))
                {
                    if (message["error"] is JsonObject error)
                    {
                        answer.SetException(new LspErrorException((int)error["code"]!, (string?)error["message"] ?? string.Empty));
                    }
                    else
                    {
                        answer.SetResult(message["result"]);
                    }
                }
                else
                {
                    UnmatchedErrors.Enqueue(message);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or JsonException)
        {
        }
        finally
        {
            foreach (var answer in _pending.Values)
            {
                answer.TrySetException(new IOException($"the server closed the connection; stderr:\n{Stderr}"));
            }

            _notifications.CompleteAdding();
        }
    }

    private async Task<byte[]?> ReadFrameAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await _output.ReadExactlyAsync(body);
        return body;
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await _output.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
