using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Streams JSON Lines from UTF-8 bytes: <c>{"id": …, "text": …, "kind": "message"|"rationale"}</c> per line, other fields
/// ignored. One line is in memory at a time (plus the caller's batch), so corpus size does not bound memory.
/// </summary>
internal static class JsonLinesReader
{
    /// <summary>Longest line accepted (the longest message plus JSON escaping); a longer line is reported and skipped.</summary>
    private const int MaxLineBytes = 3 * Limits.MaxMessageLength;

    private const int ChunkBytes = 64 * 1024;

    public static IEnumerable<LintItem> Read(Stream stream, SourceFile? file, string source, ProblemSink problems)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int start = 0, end = 0, lineNumber = 0;
            var eof = false;
            var skipping = false;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !eof)
                {
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        if (buffer.Length >= MaxLineBytes)
                        {
                            if (!skipping)
                            {
                                problems.Add(new InputProblem(source, lineNumber + 1, 1, $"line is longer than {MaxLineBytes:N0} bytes; skipped", "CL0208"));
                            }

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

                    var read = stream.Read(buffer, end, buffer.Length - end);
                    if (read == 0)
                    {
                        eof = true;
                    }

                    end += read;
                    continue;
                }

                if (newline < 0 && start == end)
                {
                    yield break;
                }

                var lineEnd = newline < 0 ? end : start + newline;
                var lineStart = start;
                start = newline < 0 ? end : lineEnd + 1;
                lineNumber++;
                if (skipping)
                {
                    skipping = false;
                    continue;
                }

                var item = ParseLine(Trim(buffer.AsSpan(lineStart, lineEnd - lineStart), lineNumber), lineNumber, file, source, problems);
                if (item is not null)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line, int lineNumber)
    {
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return lineNumber == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? line[3..] : line;
    }

    /// <summary>Parses one line; returns null (and reports why) when it is not a usable record.</summary>
    internal static LintItem? ParseLine(ReadOnlySpan<byte> line, int lineNumber, SourceFile? file, string source, ProblemSink problems)
    {
        if (line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(new InputProblem(source, lineNumber, 1, "each line must be a JSON object with a string \"text\"", "CL0204"));
                return null;
            }

            string? id = null, text = null, raw = null;
            var textColumn = 1;
            var kind = MessageKind.Message;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.ValueSpan;
                var escapedName = reader.ValueIsEscaped;
                reader.Read();
                if (!escapedName && property.SequenceEqual("text"u8) && reader.TokenType == JsonTokenType.String)
                {
                    text = reader.GetString();

                    // Column of the first character inside the quotes, in UTF-16 units like every other column.
                    textColumn = Encoding.UTF8.GetCharCount(line[..((int)reader.TokenStartIndex + 1)]) + 1;
                    raw = reader.ValueIsEscaped ? Encoding.UTF8.GetString(reader.ValueSpan) : null;
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
                        problems.Add(new InputProblem(source, lineNumber, (int)reader.TokenStartIndex + 1, "\"kind\" must be \"message\" or \"rationale\"", "CL0204"));
                        return null;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            if (text is null)
            {
                problems.Add(new InputProblem(source, lineNumber, 1, "each line must be a JSON object with a string \"text\"", "CL0204"));
                return null;
            }

            return new LintItem(source, id ?? $"line {lineNumber}", kind, text, TextFormat.Auto, lineNumber, textColumn)
            {
                File = file,
                Map = raw is null ? null : new JsonLiteralSourceMap(raw),
            };
        }
        catch (JsonException ex)
        {
            problems.Add(new InputProblem(source, lineNumber, (int)(ex.BytePositionInLine ?? 0) + 1, $"invalid JSON: {ex.Message.Split(" LineNumber:")[0].Split(" Path:")[0]}", "CL0204"));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            problems.Add(new InputProblem(source, lineNumber, 1, $"invalid text: {ex.Message}", "CL0203"));
            return null;
        }
    }
}
