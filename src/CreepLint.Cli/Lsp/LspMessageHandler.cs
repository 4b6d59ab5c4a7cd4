using System.IO.Pipelines;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CreepLint.Cli.Lsp;

/// <summary>
/// LSP's framing (<c>Content-Length</c> headers) that survives a malformed message: a body that is not a JSON-RPC message is
/// answered with a parse error (-32700, id null, as JSON-RPC asks) and the server reads on, instead of hanging up.
/// A broken header still ends the connection: past it the stream cannot be resynchronised.
/// </summary>
/// <remarks>
/// The output is a <see cref="PipeWriter"/> straight over the stream, so a flushed answer has reached the client's end.
/// The stream overload of the base class copies its pipe to the stream on a task of its own: "flushed" then only meant
/// handed to that task, and a client that sent <c>initialize</c>, <c>shutdown</c> and <c>exit</c> at once could see the
/// process end before the copy ran (every time with a Native AOT build, whose start-up leaves no time for it; found on
/// branch h16d, and held by ProtocolTests).
/// </remarks>
internal sealed class LspMessageHandler(Stream sendingStream, Stream receivingStream, IJsonRpcMessageFormatter formatter)
    : HeaderDelimitedMessageHandler(PipeWriter.Create(sendingStream), PipeReader.Create(receivingStream), formatter)
{
    private int _asked;
    private int _written;
    private int _answered;

    /// <summary>Called with the reason each time a message is dropped (the server logs it).</summary>
    public Action<string>? Dropped { get; set; }

    /// <summary>Waits (at most <paramref name="timeout"/>) until every request read so far has had its answer written and flushed.</summary>
    public async Task AllAnsweredAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref _answered) < Volatile.Read(ref _asked) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        base.Write(content, cancellationToken);
        if (content is JsonRpcResult || content is JsonRpcError { RequestId.IsNull: false })
        {
            Interlocked.Increment(ref _written);
        }
    }

    protected override async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        var written = Volatile.Read(ref _written);
        await base.FlushAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _answered, Math.Max(Volatile.Read(ref _answered), written));
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
                if (message is JsonRpcRequest { IsResponseExpected: true })
                {
                    Interlocked.Increment(ref _asked);
                }

                return message;
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or EndOfStreamException or BadRpcHeaderException or IOException or ObjectDisposedException or OutOfMemoryException))
            {
                var reason = $"a message could not be read and was ignored: {ex.Message}";
                Dropped?.Invoke(reason);
                var error = new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = reason },
                };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
