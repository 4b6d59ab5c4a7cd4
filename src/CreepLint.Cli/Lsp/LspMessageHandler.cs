using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CreepLint.Cli.Lsp;

/// <summary>
/// LSP's framing (<c>Content-Length</c> headers) that survives a malformed message: a body that is not a JSON-RPC message is
/// answered with a parse error (-32700, id null, as JSON-RPC asks) and the server reads on, instead of hanging up.
/// A broken header still ends the connection: past it the stream cannot be resynchronised.
/// </summary>
internal sealed class LspMessageHandler(Stream sendingStream, Stream receivingStream, IJsonRpcMessageFormatter formatter)
    : HeaderDelimitedMessageHandler(sendingStream, receivingStream, formatter)
{
    /// <summary>Called with the reason each time a message is dropped (the server logs it).</summary>
    public Action<string>? Dropped { get; set; }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
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
