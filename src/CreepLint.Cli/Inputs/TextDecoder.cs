using System.Text;

namespace CreepLint.Cli.Inputs;

/// <summary>Turns file bytes into text: honours BOMs (UTF-8, UTF-16, UTF-32), spots binary files, reports invalid UTF-8 by position.</summary>
internal static class TextDecoder
{
    /// <summary>Bytes inspected for NUL characters to decide a file is binary (as git does).</summary>
    public const int BinarySniffBytes = 8000;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Whether the start of the file has NUL bytes and is mostly not text (fewer than three bytes in four printable,
    /// whitespace or part of a valid UTF-8 sequence): an image or archive, not a template. A text with a few stray NUL bytes
    /// is still linted, so a NUL beside a sentence cannot hide it.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasWideBom(bytes))
        {
            return false; // UTF-16/32 text legitimately contains NUL bytes.
        }

        var sniff = bytes[..Math.Min(bytes.Length, BinarySniffBytes)];
        if (!sniff.Contains((byte)0))
        {
            return false;
        }

        int text = 0, i = 0;
        while (i < sniff.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(sniff[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                i++; // Not UTF-8: not text (a sequence cut by the sniff's end costs at most three bytes).
                continue;
            }

            if (rune.Value >= 0x80 || rune.Value is >= 0x20 and < 0x7F or '\n' or '\r' or '\t' or 0x0C)
            {
                text += consumed;
            }

            i += consumed;
        }

        return text * 4 < sniff.Length * 3;
    }

    /// <summary>Whether the bytes start with a UTF-16 or UTF-32 byte order mark.</summary>
    public static bool HasWideBom(ReadOnlySpan<byte> bytes) =>
        HasUnicodeBom(bytes, out _, out var bomLength) && bomLength >= 2 && !bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);

    /// <summary>Decodes text; on invalid UTF-8 decodes with replacement characters and reports where the first bad byte is.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source, ProblemSink problems)
    {
        if (HasUnicodeBom(bytes, out var encoding, out var bomLength) && encoding is not UTF8Encoding)
        {
            return encoding.GetString(bytes[bomLength..]);
        }

        var body = bytes[bomLength..];
        try
        {
            return s_strictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            var (line, column, offset) = FirstInvalid(body);
            problems.Add(new InputProblem(source, line, column,
                $"is not valid UTF-8 (first bad byte at offset {offset + bomLength}); linted with the bad bytes replaced by U+FFFD. Save the file as UTF-8", "CL0203", "warning"));
            return Encoding.UTF8.GetString(body);
        }
    }

    private static bool HasUnicodeBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        (encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)s_strictUtf8, 3),
            [0xFF, 0xFE, 0, 0, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
            _ => ((Encoding)s_strictUtf8, 0),
        };
        return length > 0;
    }

    /// <summary>Line, column (in characters) and byte offset of the first byte that is not valid UTF-8.</summary>
    private static (int Line, int Column, int Offset) FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1, i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return (line, column, i);
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column += rune.Utf16SequenceLength;
            }

            i += consumed;
        }

        return (line, column, i);
    }
}
