using System.Buffers;
using System.Text;
using System.Text.Json;
using CreepLint.Language;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Streams JSON Lines from UTF-8 bytes: <c>{"id": …, "text": …, "kind": "message"|"rationale", "lang": "de"}</c> per line, other fields
/// ignored. The file is cut into chunks of whole lines (<see cref="ReadChunks"/>), and each line is parsed straight from
/// the bytes with <see cref="Utf8JsonReader"/> into the only strings linting needs: the text and the id.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>Bytes per chunk: about a thousand short messages, a few milliseconds of linting, so chunks spread evenly over the cores.</summary>
    internal const int ChunkBytes = 128 * 1024;

    /// <summary>Longest line accepted (the longest message plus JSON escaping); a longer line is reported and skipped.</summary>
    private const int MaxLineBytes = 3 * Limits.MaxMessageLength;

    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 64 };

    /// <summary>
    /// Cuts a stream into chunks of whole lines, reading no further ahead than the chunk being cut. Each chunk owns a pooled
    /// buffer that its consumer returns with <see cref="JsonLinesChunk.Release"/>.
    /// </summary>
    public static IEnumerable<JsonLinesChunk> ReadChunks(Stream stream, SourceFile? file, string source, ProblemSink problems, int chunkBytes = ChunkBytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(chunkBytes);
        try
        {
            int end = 0, line = 1; // buffer[0] is always the start of line number 'line'
            var eof = false;
            var skipping = false;
            while (true)
            {
                if (!eof && end < buffer.Length)
                {
                    var read = stream.Read(buffer, end, buffer.Length - end);
                    eof = read == 0;
                    end += read;
                }

                if (skipping)
                {
                    var newline = buffer.AsSpan(0, end).IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        if (eof)
                        {
                            yield break;
                        }

                        end = 0;
                        continue;
                    }

                    Buffer.BlockCopy(buffer, newline + 1, buffer, 0, end - newline - 1);
                    end -= newline + 1;
                    line++;
                    skipping = false;
                    continue;
                }

                var last = buffer.AsSpan(0, end).LastIndexOf((byte)'\n');
                if (last >= 0 || (eof && end > 0))
                {
                    var length = last >= 0 ? last + 1 : end;
                    var next = ArrayPool<byte>.Shared.Rent(Math.Max(chunkBytes, end - length)); // After a long line the rest may be long too.
                    buffer.AsSpan(length, end - length).CopyTo(next);
                    var chunk = new JsonLinesChunk(buffer, length, line, file, source);
                    line += buffer.AsSpan(0, length).Count((byte)'\n');
                    end -= length;
                    buffer = next;
                    yield return chunk;
                    continue;
                }

                if (eof)
                {
                    yield break;
                }

                if (end == buffer.Length)
                {
                    // One line fills the buffer: grow it, up to the longest line accepted.
                    if (buffer.Length >= MaxLineBytes)
                    {
                        problems.Add(new InputProblem(source, line, 1, $"line is longer than {MaxLineBytes:N0} bytes; skipped", "CL0208"));
                        skipping = true;
                        end = 0;
                    }
                    else
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, bigger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads items one line at a time, in order, on the calling thread (the pipeline parses chunks on the linting threads instead).</summary>
    public static IEnumerable<LintItem> Read(Stream stream, SourceFile? file, string source, ProblemSink problems)
    {
        var items = new List<LintItem>();
        foreach (var chunk in ReadChunks(stream, file, source, problems))
        {
            foreach (var line in chunk)
            {
                if (TryParse(line.Bytes, line.Number, source, out var record, out var problem))
                {
                    items.Add(record.ToItem(line.Bytes, line.Number, file, source, withSourceMap: true));
                }
                else if (problem is not null)
                {
                    problems.Add(problem);
                }
            }

            chunk.Release();
            foreach (var item in items)
            {
                yield return item;
            }

            items.Clear();
        }
    }

    /// <summary>
    /// Parses one line (line end and byte order mark already removed). False for a blank line (no problem) or a line that is
    /// not a usable record (the problem says why).
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<byte> line, int lineNumber, string source, out JsonLineRecord record, out InputProblem? problem)
    {
        record = default;
        problem = null;
        if (line.Trim(" \t"u8).IsEmpty)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(line, s_options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = new InputProblem(source, lineNumber, 1, "each line must be a JSON object with a string \"text\"", "CL0204");
                return false;
            }

            string? id = null, text = null, language = null;
            int textStart = 0, rawLength = 0;
            var escaped = false;
            var kind = MessageKind.Message;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.ValueSpan;
                var escapedName = reader.ValueIsEscaped;
                reader.Read();
                if (!escapedName && property.SequenceEqual("text"u8) && reader.TokenType == JsonTokenType.String)
                {
                    text = reader.GetString();
                    textStart = (int)reader.TokenStartIndex; // the opening quote
                    rawLength = reader.ValueSpan.Length;
                    escaped = reader.ValueIsEscaped;
                }
                else if (!escapedName && property.SequenceEqual("id"u8))
                {
                    id = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => null,
                    };
                    reader.Skip();
                }
                else if (!escapedName && property.SequenceEqual("kind"u8))
                {
                    if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("rationale"u8))
                    {
                        kind = MessageKind.Rationale;
                    }
                    else if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals("message"u8))
                    {
                        problem = new InputProblem(source, lineNumber, (int)reader.TokenStartIndex + 1, "\"kind\" must be \"message\" or \"rationale\"", "CL0204");
                        return false;
                    }
                }
                else if (!escapedName && property.SequenceEqual("lang"u8))
                {
                    if (reader.TokenType != JsonTokenType.String || ItemLanguage.Parse(reader.GetString()) is not { } parsed)
                    {
                        problem = new InputProblem(source, lineNumber, (int)reader.TokenStartIndex + 1, ItemLanguage.Problem("\"lang\""), "CL0204");
                        return false;
                    }

                    language = parsed.Length == 0 ? null : parsed;
                }
                else
                {
                    reader.Skip();
                }
            }

            if (text is null)
            {
                problem = new InputProblem(source, lineNumber, 1, "each line must be a JSON object with a string \"text\"", "CL0204");
                return false;
            }

            record = new JsonLineRecord(text, id, kind, textStart, rawLength, escaped) { Language = language };
            return true;
        }
        catch (JsonException ex)
        {
            problem = new InputProblem(source, lineNumber, (int)(ex.BytePositionInLine ?? 0) + 1, $"invalid JSON: {ex.Message.Split(" LineNumber:")[0].Split(" Path:")[0]}", JsonDepth.CodeFor(ex));
            return false;
        }
        catch (InvalidOperationException ex)
        {
            problem = new InputProblem(source, lineNumber, 1, $"invalid text: {ex.Message}", "CL0203");
            return false;
        }
    }
}

/// <summary>The fields of one JSON Lines record, with where its text sits on the line (for positions).</summary>
/// <param name="Text">The unescaped text.</param>
/// <param name="Id">The id, if the line has one.</param>
/// <param name="Kind">Message or rationale.</param>
/// <param name="TextStart">Byte offset of the text's opening quote on the line.</param>
/// <param name="RawLength">Bytes between the quotes.</param>
/// <param name="Escaped">Whether the text has escapes, so positions need a map back to the raw literal.</param>
internal readonly record struct JsonLineRecord(string Text, string? Id, MessageKind Kind, int TextStart, int RawLength, bool Escaped)
{
    /// <summary>The record's <c>lang</c>, when it names one (not <c>auto</c>).</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The item to report. The map from text offsets back through escapes to raw columns is only needed to position
    /// findings, so a caller that knows the text is clean passes <paramref name="withSourceMap"/> false and skips it.
    /// </summary>
    public LintItem ToItem(ReadOnlySpan<byte> line, int lineNumber, SourceFile? file, string source, bool withSourceMap)
    {
        // Column of the first character inside the quotes, in UTF-16 units like every other column.
        var column = Encoding.UTF8.GetCharCount(line[..(TextStart + 1)]) + 1;
        var map = withSourceMap && Escaped ? new JsonLiteralSourceMap(Encoding.UTF8.GetString(line.Slice(TextStart + 1, RawLength))) : null;
        return new LintItem(source, Id ?? $"line {lineNumber}", Kind, Text, TextFormat.Auto, lineNumber, column) { File = file, Map = map, Language = Language };
    }
}
