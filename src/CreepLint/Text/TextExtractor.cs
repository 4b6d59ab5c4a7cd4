using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using AngleSharp.Html;

namespace CreepLint.Text;

/// <summary>
/// Turns source text (plain, HTML, templates) into normalised prose in one pass, keeping a map from every
/// normalised character back to its source offset.
/// </summary>
/// <remarks>
/// HTML handling is a streaming scanner rather than a DOM: it must keep exact source offsets, join words split
/// by inline tags (<c>preg&lt;b&gt;&lt;/b&gt;nant</c>), never recurse (deeply nested markup cannot exhaust the stack), and
/// never allocate per tag. Named character references are resolved with AngleSharp's HTML5 entity table.
/// </remarks>
internal static class TextExtractor
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_blockTags = new[]
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
        "li", "main", "mj-button", "mj-column", "mj-section", "mj-text", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option", "button",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_hiddenContentTags = new[]
    {
        "script", "style", "title", "template", "noscript", "xml", "mj-style", "mj-title", "mj-attributes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ASCII characters that fold to their ASCII lower case and open nothing (no tag, entity or placeholder).</summary>
    private static readonly SearchValues<char> s_plainAscii = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c)
            .Where(c => c is not ('<' or '&') && !TemplateSyntax.CanStart(c) && CharFolding.Fold(c) == ((char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c)).ToString())]);

    /// <summary>
    /// Named character references resolved so far. Only names that resolve are kept, so the cache is bounded by the HTML5
    /// entity table (about 2,200 names) whatever the input; after warm-up, decoding a reference allocates nothing.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> s_entities = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_entityLookup =
        s_entities.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="text"/> looks like HTML: a tag opener followed later by a closing bracket.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var i = text.IndexOf('<');
        while (i >= 0 && i + 1 < text.Length)
        {
            var c = text[i + 1];
            if ((char.IsAsciiLetter(c) || c is '/' or '!') && text.IndexOf('>', i + 1) > 0)
            {
                return true;
            }

            i = text.IndexOf('<', i + 1);
        }

        return false;
    }

    public static void Extract(string source, int length, bool html, TextBuffer buffer)
    {
        buffer.Reset();
        var i = 0;
        while (i < length)
        {
            var c = source[i];
            if (TemplateSyntax.CanStart(c))
            {
                var kind = TemplateSyntax.Match(source, i, out var end, buffer.Fields);
                if (kind != TemplateSyntax.Kind.None && end <= length)
                {
                    if (kind == TemplateSyntax.Kind.Output)
                    {
                        buffer.Placeholders.Add(new PlaceholderSpan(i, end - i));
                        buffer.Append(CharFolding.PlaceholderMark, i);
                    }
                    else
                    {
                        buffer.Append(' ', i);
                    }

                    i = end;
                    continue;
                }
            }

            if (html && c == '<' && TrySkipMarkup(source, length, ref i, buffer))
            {
                continue;
            }

            if (html && c == '&' && TryDecodeEntity(source, length, ref i, buffer))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(source[i + 1]))
            {
                buffer.Append(CharFolding.Fold(char.ConvertToUtf32(c, source[i + 1])), i);
                i += 2;
                continue;
            }

            // Runs of plain ASCII (no markup, template or entity openers) are folded in bulk: most text is such runs.
            var run = source.AsSpan(i, length - i).IndexOfAnyExcept(s_plainAscii);
            run = run < 0 ? length - i : run;
            if (run > 0)
            {
                buffer.AppendPlainAscii(source.AsSpan(i, run), i);
                i += run;
                continue;
            }

            buffer.Append(CharFolding.Fold(c), i);
            i++;
        }
    }

    private static bool TrySkipMarkup(string src, int n, ref int i, TextBuffer buffer)
    {
        var start = i;
        if (i + 1 >= n)
        {
            return false;
        }

        var next = src[i + 1];
        if (next == '!')
        {
            var isComment = i + 3 < n && src[i + 2] == '-' && src[i + 3] == '-';
            var close = isComment ? src.IndexOf("-->", i + 4, n - (i + 4), StringComparison.Ordinal) : src.IndexOf('>', i + 2, n - (i + 2));
            i = close < 0 ? n : close + (isComment ? 3 : 1);
            buffer.Append(' ', start);
            return true;
        }

        if (next == '?')
        {
            var close = src.IndexOf('>', i + 2, n - (i + 2));
            if (close < 0)
            {
                return false;
            }

            i = close + 1;
            return true;
        }

        var closing = next == '/';
        var nameStart = closing ? i + 2 : i + 1;
        if (nameStart >= n || !char.IsAsciiLetter(src[nameStart]))
        {
            return false;
        }

        var nameEnd = nameStart;
        while (nameEnd < n && (char.IsAsciiLetterOrDigit(src[nameEnd]) || src[nameEnd] is '-' or ':'))
        {
            nameEnd++;
        }

        var tagEnd = FindTagEnd(src, nameEnd, n, buffer);
        if (tagEnd < 0)
        {
            return false;
        }

        var name = src.AsSpan(nameStart, nameEnd - nameStart);
        var selfClosing = src[tagEnd - 1] == '/';
        i = tagEnd + 1;
        if (!closing && !selfClosing && s_hiddenContentTags.Contains(name))
        {
            i = SkipHiddenContent(src, n, i, name);
            buffer.Append(' ', start);
            return true;
        }

        if (s_blockTags.Contains(name))
        {
            buffer.Append(CharFolding.BreakMark, start);
        }
        else if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("img", StringComparison.OrdinalIgnoreCase))
        {
            buffer.Append(' ', start);
        }

        return true;
    }

    /// <summary>Finds the <c>&gt;</c> that ends a tag, honouring quoted attribute values; records fields of placeholders inside attributes.</summary>
    private static int FindTagEnd(string src, int from, int n, TextBuffer buffer)
    {
        var quote = '\0';
        for (var k = from; k < n; k++)
        {
            var c = src[k];
            if (TemplateSyntax.CanStart(c) && TemplateSyntax.Match(src, k, out var end, buffer.Fields) != TemplateSyntax.Kind.None)
            {
                k = end - 1;
                continue;
            }

            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return k;
            }
            else if (c == '<')
            {
                // A new tag starts before this one closed: the '<' was literal text.
                return -1;
            }
        }

        return -1;
    }

    private static int SkipHiddenContent(string src, int n, int from, ReadOnlySpan<char> name)
    {
        var k = from;
        while (k < n)
        {
            var lt = src.IndexOf("</", k, n - k, StringComparison.Ordinal);
            if (lt < 0)
            {
                return n;
            }

            var nameStart = lt + 2;
            if (nameStart + name.Length <= n && src.AsSpan(nameStart, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var gt = src.IndexOf('>', nameStart, n - nameStart);
                return gt < 0 ? n : gt + 1;
            }

            k = lt + 2;
        }

        return n;
    }

    private static string? ResolveEntity(ReadOnlySpan<char> nameWithSemicolon)
    {
        if (s_entityLookup.TryGetValue(nameWithSemicolon, out var cached))
        {
            return cached;
        }

        var name = nameWithSemicolon.ToString();
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(name);
        if (!string.IsNullOrEmpty(symbol))
        {
            s_entities.TryAdd(name, symbol);
        }

        return symbol;
    }

    private static bool TryDecodeEntity(string src, int n, ref int i, TextBuffer buffer)
    {
        var semi = src.IndexOf(';', i + 1, Math.Min(n - (i + 1), 34));
        if (semi < 0 || semi == i + 1)
        {
            return false;
        }

        var body = src.AsSpan(i + 1, semi - i - 1);
        string? decoded = null;
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && body[1] is 'x' or 'X';
            var digits = body[(hex ? 2 : 1)..];
            if (int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, null, out var cp)
                && cp is > 0 and <= 0x10FFFF && cp is < 0xD800 or > 0xDFFF)
            {
                decoded = cp <= 0xFFFF ? CharFolding.Fold((char)cp) : CharFolding.Fold(cp);
            }
        }
        else
        {
            var symbol = ResolveEntity(src.AsSpan(i + 1, semi - i));
            if (!string.IsNullOrEmpty(symbol))
            {
                foreach (var ch in symbol)
                {
                    buffer.Append(CharFolding.Fold(ch), i);
                }

                i = semi + 1;
                return true;
            }
        }

        if (decoded is null)
        {
            return false;
        }

        buffer.Append(decoded, i);
        i = semi + 1;
        return true;
    }
}
