using System.Buffers;
using System.Text;
using CreepLint.Yaml;

namespace CreepLint.Rules;

/// <summary>
/// Checks the raw text of a rule file before YAML sees it: its size, its encoding and stray control characters,
/// each reported at the exact line and column, so a binary or mis-encoded file gets a message a person can act on.
/// </summary>
internal static class RuleText
{
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] s_utf16LittleEndianBom = [0xFF, 0xFE];
    private static readonly byte[] s_utf16BigEndianBom = [0xFE, 0xFF];

    /// <summary>Decodes a rule file's bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.</summary>
    /// <returns>The text, or null with a diagnostic at the first byte that is not valid UTF-8.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(s_utf16LittleEndianBom))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith(s_utf16BigEndianBom))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith(s_utf8Bom))
        {
            bytes = bytes[3..];
        }

        var line = 1;
        var column = 1;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                diagnostics.Add(file, line, column, "CL0009", $"the file is not valid UTF-8 (byte 0x{rest[0]:X2}); save it as UTF-8");
                return null;
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

            rest = rest[consumed..];
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Checks size and characters; returns false (with a diagnostic) when the text must not be parsed.</summary>
    public static bool Check(string text, string file, DiagnosticBag diagnostics)
    {
        if (text.Length > Limits.MaxRuleFileBytes)
        {
            diagnostics.Add(file, 1, 1, "CL0042", $"rule text is {text.Length:N0} characters; the limit is {Limits.MaxRuleFileBytes:N0} (split it into several files)");
            return false;
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if ((c < ' ' && c is not '\t' and not '\r') || c is '\u007F' or '\uFFFE' or '\uFFFF' or '\uFFFD')
            {
                var what = c == '\uFFFD' ? "a replacement character (U+FFFD), left where bytes were not valid text" : $"the control character U+{(int)c:X4}";
                diagnostics.Add(file, line, i - lineStart + 1, "CL0008", $"the file contains {what}; is it a binary file or saved in another encoding? Save it as UTF-8 text");
                return false;
            }
        }

        return true;
    }
}
