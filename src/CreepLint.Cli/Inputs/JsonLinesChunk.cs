using System.Buffers;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Whole lines of a JSON Lines file in a pooled buffer: the reader only cuts the file at line ends, and whichever thread
/// lints the chunk parses it, so reading never waits for parsing and parsing runs on every core.
/// </summary>
internal sealed class JsonLinesChunk(byte[] buffer, int length, int firstLine, SourceFile? file, string source)
{
    private byte[]? _buffer = buffer;

    /// <summary>One-based line number of the first line.</summary>
    public int FirstLine { get; } = firstLine;

    /// <summary>The file the lines came from.</summary>
    public SourceFile? File { get; } = file;

    /// <summary>The file as reports name it.</summary>
    public string Source { get; } = source;

    /// <summary>Bytes held (for bounding the input in flight).</summary>
    public int Length { get; } = length;

    /// <summary>The lines, without line ends (and without the byte order mark on line 1).</summary>
    public LineEnumerator GetEnumerator() =>
        new((_buffer ?? throw new ObjectDisposedException(nameof(JsonLinesChunk))).AsSpan(0, Length), FirstLine);

    /// <summary>Returns the buffer to the pool; the lines cannot be read afterwards.</summary>
    public void Release()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Walks the lines of a chunk; LF and CRLF both end a line, as everywhere else in CreepLint.</summary>
    internal ref struct LineEnumerator(ReadOnlySpan<byte> bytes, int firstLine)
    {
        private ReadOnlySpan<byte> _rest = bytes;
        private int _next = firstLine;

        public JsonLine Current { get; private set; }

        public bool MoveNext()
        {
            if (_rest.IsEmpty)
            {
                return false;
            }

            var newline = _rest.IndexOf((byte)'\n');
            var line = newline < 0 ? _rest : _rest[..newline];
            _rest = newline < 0 ? default : _rest[(newline + 1)..];
            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (_next == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                line = line[3..];
            }

            Current = new JsonLine(line, _next++);
            return true;
        }
    }
}

/// <summary>One line of a JSON Lines file and its one-based number.</summary>
internal readonly ref struct JsonLine(ReadOnlySpan<byte> bytes, int number)
{
    public ReadOnlySpan<byte> Bytes { get; } = bytes;

    public int Number { get; } = number;
}
