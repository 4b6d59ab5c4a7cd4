using System.Net;
using System.Text;
using CreepLint.Text;

namespace CreepLint.Cli.Reporting.Review;

/// <summary>
/// A message as its reader sees it, for the report page: the engine's own reading of the source (<see cref="TextExtractor"/>:
/// the text HTML renders, attribute values a reader meets, entities decoded) shown in the source's own letters, with
/// template tags kept and marked, and for each character the stretch of the source it shows, so a finding's span (source
/// offsets) is found in the view. Nothing here runs or renders the markup: tags, scripts and styles are never shown.
/// </summary>
internal sealed class ReaderView
{
    private readonly int[] _from;
    private readonly int[] _to;

    private ReaderView(string text, int[] from, int[] to, List<(int Offset, int Length)> templates)
    {
        Text = text;
        _from = from;
        _to = to;
        Templates = templates;
    }

    /// <summary>What the reader sees: blocks on lines of their own; in plain text, the text's own line breaks.</summary>
    public string Text { get; }

    /// <summary>Template placeholders and tags (<c>{{ first_name }}</c>, <c>{% if … %}</c>) in <see cref="Text"/>, in order.</summary>
    public List<(int Offset, int Length)> Templates { get; }

    /// <summary>
    /// The view of <paramref name="source"/> from offset <paramref name="from"/> to <paramref name="to"/> (a window of a long file
    /// shows only its own stretch), read as the engine reads <paramref name="format"/>.
    /// </summary>
    public static ReaderView Build(string source, TextFormat format, int from = 0, int to = int.MaxValue)
    {
        var html = format switch
        {
            TextFormat.Html => true,
            TextFormat.PlainText => false,
            _ => TextExtractor.LooksLikeHtml(source),
        };
        var length = Math.Min(source.Length, Limits.MaxMessageLength);
        to = Math.Min(to, length);
        var buffer = new TextBuffer();
        TextExtractor.Extract(source, length, html, buffer);
        var builder = new Builder(source, html);
        var placeholders = buffer.Placeholders;
        var nextPlaceholder = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            var at = buffer.Map[i];
            if (at < builder.Covered || at < from || at >= to)
            {
                continue; // A character folded into several (ß → ss) or a stretch another window shows.
            }

            var c = buffer.Chars[i];
            if (c == CharFolding.BreakMark)
            {
                builder.Break();
                continue;
            }

            if (c == CharFolding.PlaceholderMark)
            {
                while (nextPlaceholder < placeholders.Count && placeholders[nextPlaceholder].Start < at)
                {
                    nextPlaceholder++;
                }

                var placeholderLength = nextPlaceholder < placeholders.Count && placeholders[nextPlaceholder].Start == at ? placeholders[nextPlaceholder].Length : 1;
                builder.Template(at, at + placeholderLength);
                continue;
            }

            var s = source[at];
            if (TemplateSyntax.CanStart(s) && TemplateSyntax.Match(source, at, out var end, null) == TemplateSyntax.Kind.Control)
            {
                builder.Template(at, end);
                continue;
            }

            if (html && s == '&')
            {
                // A decoded reference shows as what it stands for; a literal ampersand (its next character is the next one shown) as itself.
                var reference = TextExtractor.CharacterReferenceLength(source, at);
                if (reference > 1 && (i + 1 >= buffer.Length || buffer.Map[i + 1] != at + 1))
                {
                    var written = source.Substring(at, reference);
                    builder.Show(WebUtility.HtmlDecode(written.EndsWith(';') ? written : written + ";"), at, at + reference);
                    continue;
                }
            }

            if (char.IsWhiteSpace(c))
            {
                builder.Space(s, at, at + 1);
                continue;
            }

            // Marks and format characters the reading folds away (accents written apart, joiners in emoji) still show.
            var shownTo = at + (char.IsHighSurrogate(s) && at + 1 < length ? 2 : 1);
            while (shownTo < length && IsAttached(source[shownTo]))
            {
                shownTo++;
            }

            builder.Show(source[at..shownTo], at, shownTo);
        }

        return builder.Finish();
    }

    /// <summary>Combining marks and joiners; never bidirectional controls, so the page shows words in the order they were linted.</summary>
    private static bool IsAttached(char c) =>
        c is not ((>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')) && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.Format;

    /// <summary>
    /// Where the source span [<paramref name="offset"/>, +<paramref name="length"/>) shows in <see cref="Text"/>, trimmed of white
    /// space at its ends; length 0, at the nearest place, when none of it shows (a field inside an attribute value).
    /// </summary>
    public (int Offset, int Length) Locate(int offset, int length)
    {
        var end = offset + length;
        var start = 0;
        while (start < Text.Length && _to[start] <= offset)
        {
            start++;
        }

        var last = start;
        while (last < Text.Length && _from[last] < end)
        {
            last++;
        }

        while (last > start && char.IsWhiteSpace(Text[last - 1]))
        {
            last--;
        }

        while (start < last && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        return (start, last - start);
    }

    /// <summary>Accumulates the view, collapsing HTML white space as a browser does.</summary>
    private sealed class Builder(string source, bool html)
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _from = [];
        private readonly List<int> _to = [];
        private readonly List<(int, int)> _templates = [];

        /// <summary>Source offsets below this are already shown.</summary>
        public int Covered { get; private set; }

        public void Break()
        {
            TrimSpace();
            if (_text.Length > 0 && _text[^1] != '\n')
            {
                Add('\n', Covered, Covered);
            }
        }

        public void Space(char c, int from, int to)
        {
            // Nothing shows before the first word (a template comment's line, the markup's indentation), and HTML collapses runs.
            if (_text.Length == 0 || (html && _text[^1] is ' ' or '\n'))
            {
                Covered = to;
                return;
            }

            // Plain text keeps its own line breaks; a CR LF pair shows as one.
            if (!html && c == '\r' && to < source.Length && source[to] == '\n')
            {
                Covered = to;
                return;
            }

            // Plain text keeps its own white space; line and paragraph separators break the line as they would on a screen.
            Add(html ? ' ' : c is '\r' or '\u2028' or '\u2029' ? '\n' : c, from, to);
            Covered = to;
        }

        public void Show(string shown, int from, int to)
        {
            foreach (var ch in shown)
            {
                Add(ch, from, to);
            }

            Covered = to;
        }

        /// <summary>A template tag, shown as written, each character at its own source offset (a field inside it is found exactly).</summary>
        public void Template(int from, int to)
        {
            _templates.Add((_text.Length, to - from));
            for (var i = from; i < to; i++)
            {
                Add(source[i], i, i + 1);
            }

            Covered = to;
        }

        public ReaderView Finish()
        {
            TrimSpace();
            while (_text.Length > 0 && _text[^1] == '\n')
            {
                RemoveLast();
            }

            return new ReaderView(_text.ToString(), [.. _from], [.. _to], _templates);
        }

        private void TrimSpace()
        {
            while (html && _text.Length > 0 && _text[^1] == ' ')
            {
                RemoveLast();
            }
        }

        private void RemoveLast()
        {
            _text.Length--;
            _from.RemoveAt(_from.Count - 1);
            _to.RemoveAt(_to.Count - 1);
        }

        private void Add(char c, int from, int to)
        {
            _text.Append(c);
            _from.Add(from);
            _to.Add(to);
        }
    }
}
