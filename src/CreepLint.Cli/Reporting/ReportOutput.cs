using System.Text;

namespace CreepLint.Cli.Reporting;

/// <summary>
/// Where a report goes: standard output, or a file given with <c>-o</c>. A file is written to a temporary name and renamed
/// into place when the report is complete, so a failed run never leaves half a report behind.
/// </summary>
internal sealed class ReportOutput : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _path;
    private readonly string? _temp;
    private readonly FileStream? _file;
    private Stream? _stream;
    private TextWriter? _writer;
    private bool _committed;

    private ReportOutput(TextWriter console, string? path)
    {
        if (path is null)
        {
            _writer = console;
            return;
        }

        _path = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(_path)!;
        try
        {
            Directory.CreateDirectory(directory);
            _temp = Outputs.AtomicFile.TempFor(_path);
            _file = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the report to '{path}': {ex.Message}");
        }
    }

    public bool IsFile => _file is not null;

    public static ReportOutput Open(TextWriter console, string? path) => new(console, path);

    /// <summary>The output as bytes (for JSON writers); on standard output the bytes are decoded into the writer.</summary>
    public Stream Stream => _stream ??= _file is not null ? _file : new TextWriterStream(_writer!);

    /// <summary>The output as text.</summary>
    public TextWriter Writer => _writer ??= new StreamWriter(_file!, s_utf8, 1 << 16, leaveOpen: true);

    /// <summary>Flushes and moves the finished file into place.</summary>
    public void Commit()
    {
        _writer?.Flush();
        _stream?.Flush();
        if (_file is not null)
        {
            _file.Flush(flushToDisk: true);
            _writer?.Dispose();
            _file.Dispose();
            File.Move(_temp!, _path!, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (_file is not null && !_committed)
        {
            if (_writer is not null)
            {
                _writer.Dispose();
            }

            _file.Dispose();
            if (File.Exists(_temp))
            {
                File.Delete(_temp);
            }
        }
    }

    /// <summary>A write-only stream that decodes UTF-8 into a text writer (split sequences are carried over between writes).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = s_utf8.GetDecoder();
        private char[] _chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[Math.Max(needed, _chars.Length * 2)];
            }

            var written = _decoder.GetChars(buffer, _chars, flush: false);
            writer.Write(_chars, 0, written);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
