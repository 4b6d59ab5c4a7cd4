using System.Text.Json;
using System.Text.Json.Serialization;

// The part of the Language Server Protocol 3.17 the server speaks, as JSON-serialised records (camelCase on the wire).
namespace CreepLint.Cli.Lsp;

/// <summary>A zero-based line and UTF-16 character offset in a document.</summary>
internal readonly record struct Position(int Line, int Character);

internal readonly record struct Range(Position Start, Position End)
{
    public bool Contains(Position p) => Compare(Start, p) <= 0 && Compare(p, End) <= 0;

    public bool Intersects(Range other) => Compare(Start, other.End) <= 0 && Compare(other.Start, End) <= 0;

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A change to a document: <see cref="Range"/> replaced by <see cref="Text"/>, or the whole text when there is no range.</summary>
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal sealed record FileEvent(string Uri, int Type);

internal sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

internal sealed record WorkspaceFolder(string Uri, string? Name);

internal sealed record InitializeParams(
    int? ProcessId, string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders, JsonElement Capabilities, JsonElement InitializationOptions);

internal sealed record CodeDescription(string Href);

/// <summary>What the server attaches to a finding's diagnostic: the scores and verdict <c>creeplint lint</c> reports for it and its message.</summary>
internal sealed record DiagnosticData(string Fingerprint, int Score, int MessageScore, string Verdict, string? MessageId);

internal sealed record Diagnostic(Range Range, int Severity, string Code, CodeDescription? CodeDescription, string Source, string Message, DiagnosticData? Data = null);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

internal sealed record CodeActionContext(JsonElement Diagnostics, string[]? Only);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

internal sealed record ClientCommand(string Title, [property: JsonPropertyName("command")] string Name, string[]? Arguments);

internal sealed record CodeAction(string Title, string Kind, Diagnostic[]? Diagnostics = null, WorkspaceEdit? Edit = null, ClientCommand? Command = null, bool? IsPreferred = null);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record MarkupContent(string Kind, string Value);

internal sealed record Hover(MarkupContent Contents, Range? Range);

internal sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);

internal sealed record ShowDocumentParams(string Uri, bool? External, bool? TakeFocus);

internal sealed record ShowMessageParams(int Type, string Message);

internal sealed record LogMessageParams(int Type, string Message);

internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions? RegisterOptions);

internal sealed record FileSystemWatcher(string GlobPattern);

internal sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

internal sealed record CodeActionOptions(string[] CodeActionKinds);

internal sealed record ExecuteCommandOptions(string[] Commands);

internal sealed record ServerCapabilities(
    string PositionEncoding, TextDocumentSyncOptions TextDocumentSync, bool HoverProvider, CodeActionOptions CodeActionProvider, ExecuteCommandOptions ExecuteCommandProvider);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record RegistrationParams(Registration[] Registrations);

/// <summary>The numbers LSP gives names to.</summary>
internal static class Protocol
{
    public const int SeverityError = 1;
    public const int SeverityWarning = 2;
    public const int SeverityInformation = 3;

    public const int MessageInfo = 3;
    public const int MessageLog = 4;

    /// <summary>JSON-RPC error codes the server answers with.</summary>
    public const int InvalidParams = -32602;
    public const int InvalidRequest = -32600;
    public const int ServerNotInitialized = -32002;

    public const int SyncIncremental = 2;

    public const string QuickFix = "quickfix";

    /// <summary>The command that shows a rule's explanation.</summary>
    public const string ExplainCommand = "creeplint.explain";

    /// <summary>Serialiser settings for the wire: camelCase, nulls left out; the types come from <see cref="LspJsonContext"/>.</summary>
    public static JsonSerializerOptions Json => LspJsonContext.Default.Options;
}

/// <summary>
/// Reflection-free (de)serialisation of every type that crosses the wire, so that the server can run in a Native AOT build
/// of the tool, where reflection-based serialisation is off (tried on branch h16d, not shipped: the packaged tool is
/// framework-dependent). A type sent or received that is missing here fails at run time ("JsonTypeInfo metadata for type
/// ... was not provided"), which the LSP tests catch.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(ExecuteCommandParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(ShowDocumentParams))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(object))]
internal sealed partial class LspJsonContext : JsonSerializerContext;
