using System.Globalization;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>
/// gettext <c>.po</c>/<c>.pot</c>: each entry's <c>msgstr</c> (each <c>msgstr[n]</c> of a plural) is a message named by its
/// <c>msgid</c> (with <c>msgctxt</c> as a prefix); an untranslated entry's <c>msgid</c> (and <c>msgid_plural</c>) is linted
/// instead. Strings continued over several quoted lines are joined, every character keeping its place in the file.
/// </summary>
internal static class Gettext
{
    public static void Read(string text, StringSink sink)
    {
        var entry = new Entry();
        string? keyword = null;
        LocalisedString? current = null;
        var i = 0;
        while (i < text.Length)
        {
            var eol = text.IndexOf('\n', i);
            var lineEnd = eol < 0 ? text.Length : eol;
            var start = i;
            while (start < lineEnd && text[start] is ' ' or '\t' or '\uFEFF')
            {
                start++;
            }

            var line = text.AsSpan(start, lineEnd - start).TrimEnd('\r');
            if (line.IsEmpty)
            {
                entry.Flush(sink);
                entry = new Entry();
                current = null;
            }
            else if (line[0] == '#')
            {
                current = null; // Comments, flags, references; "#~" obsolete entries are not read.
            }
            else if (line[0] == '"')
            {
                if (current is null)
                {
                    throw new LocalisationException(start, "a continued string must follow msgid, msgstr or msgctxt");
                }

                ReadQuoted(text, start, current);
            }
            else
            {
                var word = 0;
                while (word < line.Length && (char.IsAsciiLetter(line[word]) || line[word] is '_' or '[' or ']' || char.IsAsciiDigit(line[word])))
                {
                    word++;
                }

                keyword = line[..word].ToString();
                var quote = start + word;
                while (quote < lineEnd && text[quote] is ' ' or '\t')
                {
                    quote++;
                }

                if (quote >= lineEnd || text[quote] != '"')
                {
                    throw new LocalisationException(start, $"expected a keyword (msgid, msgstr, msgctxt) and a quoted string, found '{line.ToString()}'");
                }

                if (keyword is "msgid" or "msgctxt" or "msgid_plural")
                {
                    if (entry.HasTranslation && keyword != "msgid_plural")
                    {
                        entry.Flush(sink); // A new entry without a blank line between.
                        entry = new Entry();
                    }
                }

                current = new LocalisedString();
                switch (keyword)
                {
                    case "msgctxt": entry.Context = (current, quote); break;
                    case "msgid": entry.Id = (current, quote); break;
                    case "msgid_plural": entry.Plural = (current, quote); break;
                    default:
                        if (!keyword.StartsWith("msgstr", StringComparison.Ordinal))
                        {
                            throw new LocalisationException(start, $"unknown keyword '{keyword}'; expected msgid, msgid_plural, msgstr or msgctxt");
                        }

                        entry.Translations.Add((keyword, current, quote));
                        break;
                }

                ReadQuoted(text, quote, current);
            }

            i = eol < 0 ? text.Length : eol + 1;
        }

        entry.Flush(sink);
    }

    private static void ReadQuoted(string text, int open, LocalisedString value)
    {
        var i = open + 1;
        while (i < text.Length && text[i] is not ('\n' or '\r'))
        {
            var c = text[i];
            if (c == '"')
            {
                return;
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(text[i + 1] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other }, i);
                i += 2;
                continue;
            }

            value.Append(c, i);
            i++;
        }

        throw new LocalisationException(open, "this string is never closed on its line; add the closing '\"'");
    }

    private sealed class Entry
    {
        public (LocalisedString Value, int At)? Context { get; set; }

        public (LocalisedString Value, int At)? Id { get; set; }

        public (LocalisedString Value, int At)? Plural { get; set; }

        public List<(string Keyword, LocalisedString Value, int At)> Translations { get; } = [];

        public bool HasTranslation => Translations.Count > 0;

        public void Flush(StringSink sink)
        {
            if (Id is not { } id || id.Value.Length == 0)
            {
                return; // No entry, or the header (msgid "").
            }

            var key = id.Value.ToItemText();
            if (Context is { } context)
            {
                key = $"{context.Value.ToItemText()}|{key}";
            }

            var translated = Translations.Where(t => t.Value.Length > 0).ToList();
            if (translated.Count == 0)
            {
                sink(key, id.Value, id.At + 1, id.At + 1 + id.Value.Length);
                if (Plural is { } plural)
                {
                    sink($"{key}/plural", plural.Value, plural.At + 1, plural.At + 1 + plural.Value.Length);
                }

                return;
            }

            foreach (var (keyword, value, at) in translated)
            {
                var suffix = keyword.Length > 6 ? keyword[6..] : string.Empty;
                sink(suffix.Length == 0 ? key : key + suffix.ToString(CultureInfo.InvariantCulture), value, at + 1, at + 1 + value.Length);
            }
        }
    }
}
