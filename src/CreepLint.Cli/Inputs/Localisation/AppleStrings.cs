using System.Globalization;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>iOS and macOS <c>.strings</c>: <c>"key" = "value";</c> pairs with <c>/* */</c> and <c>//</c> comments; each value is a message named by its key.</summary>
internal static class AppleStrings
{
    public static void Read(string text, StringSink sink)
    {
        var i = 0;
        while (true)
        {
            i = SkipTrivia(text, i);
            if (i >= text.Length)
            {
                return;
            }

            var keyAt = i;
            var (key, afterKey) = ReadToken(text, i, "a key (\"key\" = \"value\";)");
            i = SkipTrivia(text, afterKey);
            if (i < text.Length && text[i] == ';')
            {
                i++; // "key"; is shorthand for "key" = "key";
                continue;
            }

            if (i >= text.Length || text[i] != '=')
            {
                throw new LocalisationException(i, $"expected '=' after the key \"{key}\"");
            }

            i = SkipTrivia(text, i + 1);
            if (i >= text.Length || text[i] != '"')
            {
                throw new LocalisationException(i, $"expected the quoted value of \"{key}\"");
            }

            var valueStart = i + 1;
            var value = new LocalisedString();
            var end = ReadQuoted(text, i, value);
            sink(key.ToString(), value, valueStart, end - 1);
            i = SkipTrivia(text, end);
            if (i >= text.Length || text[i] != ';')
            {
                throw new LocalisationException(i, $"expected ';' after the value of \"{key}\" (started at offset {keyAt})");
            }

            i++;
        }
    }

    private static (string Key, int End) ReadToken(string text, int i, string what)
    {
        if (text[i] == '"')
        {
            var key = new LocalisedString();
            var end = ReadQuoted(text, i, key);
            return (key.ToItemText(), end);
        }

        var j = i;
        while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '_' or '.' or '-'))
        {
            j++;
        }

        return j > i ? (text[i..j], j) : throw new LocalisationException(i, $"expected {what}, found '{text[i]}'");
    }

    /// <summary>Reads a quoted string starting at the quote at <paramref name="i"/>; returns the index after the closing quote.</summary>
    private static int ReadQuoted(string text, int i, LocalisedString value)
    {
        var open = i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                return i + 1;
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                var n = text[i + 1];
                if (n is 'U' or 'u' && i + 6 <= text.Length && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp))
                {
                    value.Append((char)cp, i);
                    i += 6;
                    continue;
                }

                value.Append(n switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => n }, i);
                i += 2;
                continue;
            }

            value.Append(c, i);
            i++;
        }

        throw new LocalisationException(open, "this string is never closed; add the closing '\"'");
    }

    private static int SkipTrivia(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, "/*", 0, 2) == 0)
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? throw new LocalisationException(i, "this comment is never closed; add '*/'") : close + 2;
            }
            else if (string.CompareOrdinal(text, i, "//", 0, 2) == 0)
            {
                var eol = text.IndexOf('\n', i);
                i = eol < 0 ? text.Length : eol + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
