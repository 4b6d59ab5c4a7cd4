using System.Buffers;

namespace CreepLint.Text;

/// <summary>
/// Turns source text (plain, HTML, templates) into normalised prose in one pass, keeping a map from every
/// normalised character back to its source offset.
/// </summary>
/// <remarks>
/// HTML handling is a streaming scanner rather than a DOM: it must keep exact source offsets, join words split
/// by inline tags (<c>preg&lt;b&gt;&lt;/b&gt;nant</c>), never recurse (deeply nested markup cannot exhaust the stack), and
/// never allocate per tag. Named character references are resolved with the embedded HTML5 entity table (<see cref="HtmlEntities"/>).
/// </remarks>
internal static class TextExtractor
{
    /// <summary>The longest tag name <see cref="KindOf"/> knows ("mj-accordion-element").</summary>
    private const int LongestKnownTag = 20;

    /// <summary>The characters that can end a tag or change how the rest of it is read: quotes, brackets and placeholder openers.</summary>
    private static readonly SearchValues<char> s_tagSyntax = SearchValues.Create("\"'<>{*%$");

    /// <summary>ASCII characters that fold to their ASCII lower case and open nothing (no tag, entity or placeholder).</summary>
    private static readonly SearchValues<char> s_plainAscii = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c)
            .Where(c => c is not ('<' or '&') && !TemplateSyntax.CanStart(c) && CharFolding.Fold(c) == ((char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c)).ToString())]);

    /// <summary>
    /// Whether <paramref name="text"/> looks like HTML: a tag opener followed later by a closing bracket, or a character
    /// reference (<c>&amp;#112;</c>, <c>&amp;shy;</c>) that an email client would decode, so entities cannot hide words.
    /// </summary>
    public static bool LooksLikeHtml(string text) => text.AsSpan().IndexOfAny('<', '&') >= 0 && (HasTag(text) || HasCharacterReference(text));

    private static bool HasCharacterReference(string text)
    {
        for (var i = text.IndexOf('&'); i >= 0 && i + 2 < text.Length; i = text.IndexOf('&', i + 1))
        {
            var next = text[i + 1];
            if (next == '#' && (char.IsAsciiDigit(text[i + 2]) || (text[i + 2] is 'x' or 'X' && i + 3 < text.Length && char.IsAsciiHexDigit(text[i + 3]))))
            {
                return true;
            }

            if (char.IsAsciiLetter(next))
            {
                var k = i + 1;
                while (k < text.Length && k - i <= 32 && char.IsAsciiLetterOrDigit(text[k]))
                {
                    k++;
                }

                if (k < text.Length && text[k] == ';' && !string.IsNullOrEmpty(ResolveEntity(text.AsSpan(i + 1, k - i))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasTag(string text)
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
        Scan(source, 0, length, html, attribute: false, buffer);
    }

    /// <summary>
    /// Folds <paramref name="source"/>[<paramref name="i"/>..<paramref name="length"/>) into the buffer. In an
    /// <paramref name="attribute"/> value a '&lt;' is literal, and the placeholders' fields were recorded with the tag already.
    /// </summary>
    private static void Scan(string source, int i, int length, bool html, bool attribute, TextBuffer buffer)
    {
        var markup = html && !attribute;
        while (i < length)
        {
            var c = source[i];
            if (TemplateSyntax.CanStart(c))
            {
                var kind = TemplateSyntax.Match(source, i, out var end, attribute ? null : buffer.Fields);
                if (kind != TemplateSyntax.Kind.None && end <= length)
                {
                    if (kind == TemplateSyntax.Kind.Output)
                    {
                        buffer.Placeholders.Add(new PlaceholderSpan(i, end - i));
                        buffer.Append(CharFolding.PlaceholderMark, i);
                    }
                    else if (kind == TemplateSyntax.Kind.Control)
                    {
                        buffer.Append(' ', i);
                    }

                    // A template comment renders as nothing, so it must not split the word around it ("preg{# x #}nant").

                    i = end;
                    continue;
                }
            }

            if (markup && c == '<' && TrySkipMarkup(source, length, ref i, buffer))
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

            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                buffer.HasBidiControls = true;
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
            if (!isComment)
            {
                // A comment renders as nothing, so "preg<!-- x -->nant" stays one word; a doctype separates.
                buffer.Append(' ', start);
            }

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
        var kind = KindOf(name);
        if (kind == TagKind.Hidden && !closing && !selfClosing)
        {
            i = SkipHiddenContent(src, n, i, name);
            buffer.Append(' ', start);
        }
        else if (kind == TagKind.Block)
        {
            buffer.Append(CharFolding.BreakMark, start);
        }
        else if (kind == TagKind.Separator)
        {
            buffer.Append(' ', start);
        }

        if (!closing && kind != TagKind.Hidden)
        {
            ReadableAttributes.Append(src, nameStart, nameEnd, tagEnd, buffer);
        }

        return true;
    }

    /// <summary>Folds an attribute value a reader sees or hears as its own block: a sentence break before and after it.</summary>
    internal static void AppendAttributeValue(string src, int valueStart, int valueEnd, TextBuffer buffer)
    {
        buffer.Append(CharFolding.BreakMark, valueStart);
        Scan(src, valueStart, valueEnd, html: true, attribute: true, buffer);
        buffer.Append(CharFolding.BreakMark, valueEnd);
    }

    /// <summary>What a tag does to the text: block tags end sentences, hidden ones hide their content, br and img separate words.</summary>
    /// <remarks>
    /// Tag names are ASCII letters, digits, '-' and ':' (the scanner ends a name at anything else), so setting bit 5
    /// lower-cases the letters and leaves the rest alone; the switch compiles to tests on length and characters.
    /// </remarks>
    private static TagKind KindOf(ReadOnlySpan<char> name)
    {
        if (name.Length > LongestKnownTag)
        {
            return TagKind.Inline;
        }

        Span<char> lower = stackalloc char[LongestKnownTag];
        for (var k = 0; k < name.Length; k++)
        {
            lower[k] = (char)(name[k] | 0x20);
        }

        return lower[..name.Length] switch
        {
            "address" or "article" or "aside" or "blockquote" or "body" or "caption" or "center" or "dd" or "details" or "dialog"
                or "div" or "dl" or "dt" or "fieldset" or "figcaption" or "figure" or "footer" or "form" or "h1" or "h2" or "h3"
                or "h4" or "h5" or "h6" or "head" or "header" or "hr" or "html" or "li" or "main" or "mj-button" or "mj-column"
                or "mj-section" or "mj-text" or "nav" or "ol" or "p" or "pre" or "section" or "summary" or "table" or "tbody"
                or "td" or "tfoot" or "th" or "thead" or "tr" or "ul" or "option" or "button"
                // MJML: each of these renders as its own block, and mj-title and mj-preview are read (inbox title, preview text).
                or "mj-title" or "mj-preview" or "mj-accordion" or "mj-accordion-element" or "mj-accordion-title" or "mj-accordion-text"
                or "mj-hero" or "mj-wrapper" or "mj-group" or "mj-table" or "mj-navbar-link" or "mj-social-element" or "mj-carousel-image"
                or "mj-include" => TagKind.Block,
            // <title> is read (the browser tab, some clients' inbox line): a block, like mj-title.
            "title" => TagKind.Block,
            "script" or "style" or "template" or "noscript" or "xml" or "mj-style" or "mj-attributes" => TagKind.Hidden,
            "br" or "img" => TagKind.Separator,
            _ => TagKind.Inline,
        };
    }

    /// <summary>Finds the <c>&gt;</c> that ends a tag, honouring quoted attribute values; records fields of placeholders inside attributes.</summary>
    private static int FindTagEnd(string src, int from, int n, TextBuffer buffer)
    {
        var quote = '\0';
        for (var k = from; k < n; k++)
        {
            // Attribute values (URLs, styles) are most of a tag: jump to the next character that can matter.
            var skip = src.AsSpan(k, n - k).IndexOfAny(s_tagSyntax);
            if (skip < 0)
            {
                return -1;
            }

            k += skip;
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

    /// <summary>The text a named reference stands for (the embedded HTML5 table; decoding allocates nothing), or null.</summary>
    private static string? ResolveEntity(ReadOnlySpan<char> nameWithSemicolon) => HtmlEntities.Resolve(nameWithSemicolon);

    /// <summary>The length of the character reference starting at <paramref name="at"/> (1 when there is none).</summary>
    public static int CharacterReferenceLength(string src, int at)
    {
        var k = at + 1;
        if (k < src.Length && src[k] == '#')
        {
            k++;
            var hex = k < src.Length && src[k] is 'x' or 'X';
            k += hex ? 1 : 0;
            while (k < src.Length && k - at < 12 && (hex ? char.IsAsciiHexDigit(src[k]) : char.IsAsciiDigit(src[k])))
            {
                k++;
            }
        }
        else
        {
            while (k < src.Length && k - at < 34 && char.IsAsciiLetterOrDigit(src[k]))
            {
                k++;
            }
        }

        return k < src.Length && src[k] == ';' ? k - at + 1 : Math.Max(1, k - at);
    }

    private static bool TryDecodeEntity(string src, int n, ref int i, TextBuffer buffer)
    {
        if (i + 2 < n && src[i + 1] == '#')
        {
            return TryDecodeNumericReference(src, n, ref i, buffer);
        }

        var semi = src.IndexOf(';', i + 1, Math.Min(n - (i + 1), 34));
        if (semi < 0 || semi == i + 1)
        {
            return false;
        }

        var symbol = ResolveEntity(src.AsSpan(i + 1, semi - i));
        if (string.IsNullOrEmpty(symbol))
        {
            return false;
        }

        foreach (var ch in symbol)
        {
            buffer.Append(CharFolding.Fold(ch), i);
        }

        i = semi + 1;
        return true;
    }

    /// <summary>
    /// Decodes <c>&amp;#112;</c> and <c>&amp;#x70;</c>, with or without the closing semicolon: browsers render
    /// <c>&amp;#112regnant</c> as "pregnant", so the linter must read it that way too.
    /// </summary>
    private static bool TryDecodeNumericReference(string src, int n, ref int i, TextBuffer buffer)
    {
        var hex = src[i + 2] is 'x' or 'X';
        var k = i + (hex ? 3 : 2);
        var digitsStart = k;
        var cp = 0;
        while (k < n && k - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(src[k]) : char.IsAsciiDigit(src[k])))
        {
            cp = (cp * (hex ? 16 : 10)) + (char.IsAsciiDigit(src[k]) ? src[k] - '0' : (src[k] | 0x20) - 'a' + 10);
            k++;
        }

        if (k == digitsStart || cp is <= 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return false;
        }

        if (k < n && src[k] == ';')
        {
            k++;
        }

        buffer.HasBidiControls |= cp is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);
        buffer.Append(cp <= 0xFFFF ? CharFolding.Fold((char)cp) : CharFolding.Fold(cp), i);
        i = k;
        return true;
    }

    /// <summary>What a tag does to the extracted text.</summary>
    private enum TagKind : byte
    {
        /// <summary>Nothing: inline tags join the words around them ("preg&lt;b&gt;&lt;/b&gt;nant").</summary>
        Inline,

        /// <summary>Ends a sentence.</summary>
        Block,

        /// <summary>Hides its content (script, style, title...).</summary>
        Hidden,

        /// <summary>Separates words (br, img).</summary>
        Separator,
    }
}
