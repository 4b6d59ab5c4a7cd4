using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CreepLint.Cli.Lsp;

/// <summary>
/// The JSON-RPC connection, answering failures the LSP way: parameters that do not fit a method are InvalidParams
/// (-32602) naming what was wrong, an error the server raised keeps its code, and nothing unexpected leaks a stack trace
/// to the client (InternalError, -32603, with the message only).
/// </summary>
internal sealed class LspRpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var ex = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
        return ex switch
        {
            LocalRpcException local => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message },
            // Deserialisation failures, and a handler reaching into a parameter object the client left incomplete.
            JsonException or ArgumentException or FormatException or NullReferenceException =>
                new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = $"the parameters of '{request.Method}' do not fit it: {ex.Message}" },
            _ => new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InternalError, Message = $"'{request.Method}' failed: {ex.Message}" },
        };
    }
}
