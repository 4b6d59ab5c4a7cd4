namespace CreepLint.Cli.Inputs.Templates;

/// <summary>
/// Pug (formerly Jade), read line by line: each tag becomes an HTML tag (so block tags end sentences and inline ones join
/// words), its text is copied in place, <c>#{expr}</c> and <c>= expr</c> become output placeholders whose fields feed
/// provenance, <c>- code</c> and keywords (<c>if</c>, <c>each</c>, <c>include</c>, <c>mixin</c>…) are control, and
/// <c>//</c> and <c>//-</c> comments, attributes, <c>script</c>/<c>style</c> blocks and filters are never text.
/// </summary>
internal static class PugTemplate
{
    private static readonly string[] s_keywords =
        ["if", "else", "unless", "each", "for", "while", "case", "when", "default", "include", "extends", "block", "append", "prepend", "mixin", "yield"];

    /// <summary>Tags whose content the reader never sees, with the blocks under them.</summary>
    private static readonly string[] s_hidden = ["script", "style", "title", "template", "noscript", "xml", "head"];

    public static RewrittenText Rewrite(string src)
    {
        var b = new RewrittenText.Builder(src);
        var hiddenBelow = -1; // Lines indented deeper than this are hidden (a comment, script, style or filter block).
        var textBelow = -1; // Lines indented deeper than this are text (after "p." ).
        var i = 0;
        while (i < src.Length)
        {
            var eol = src.IndexOf('\n', i);
            var lineEnd = eol < 0 ? src.Length : eol;
            var contentEnd = lineEnd > i && src[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var start = i;
            while (start < contentEnd && src[start] is ' ' or '\t')
            {
                start++;
            }

            var indent = start - i;
            var blank = start == contentEnd;
            if (!blank && hiddenBelow >= 0 && indent > hiddenBelow)
            {
                // Inside a hidden block: nothing but the line break.
            }
            else if (!blank && textBelow >= 0 && indent > textBelow)
            {
                Text(b, src, start, contentEnd);
            }
            else if (!blank)
            {
                hiddenBelow = -1;
                textBelow = -1;
                switch (Line(b, src, start, contentEnd))
                {
                    case Block.Hidden:
                        hiddenBelow = indent;
                        break;
                    case Block.Text:
                        textBelow = indent;
                        break;
                }
            }

            b.Copy(contentEnd, eol < 0 ? src.Length : eol + 1);
            i = eol < 0 ? src.Length : eol + 1;
        }

        return b.Build();
    }

    /// <summary>What the lines indented under a line are.</summary>
    private enum Block
    {
        None,
        Hidden,
        Text,
    }

    private static Block Line(RewrittenText.Builder b, string src, int start, int end)
    {
        var c = src[start];
        if (c == '/' && start + 1 < end && src[start + 1] == '/')
        {
            return Block.Hidden; // "//" and "//-" comments and everything indented under them.
        }

        if (c == '|')
        {
            Text(b, src, Math.Min(end, start + (start + 1 < end && src[start + 1] == ' ' ? 2 : 1)), end);
            return Block.None;
        }

        if (c == '<')
        {
            b.Copy(start, end); // Literal HTML.
            return Block.None;
        }

        if (c == '-')
        {
            Control(b, start + 1, end);
            return start + 1 == end ? Block.Hidden : Block.None; // A bare "-" opens a block of code.
        }

        if (c == '=' || (c == '!' && start + 1 < end && src[start + 1] == '='))
        {
            Output(b, start + (c == '=' ? 1 : 2), end, start);
            return Block.None;
        }

        if (c == ':')
        {
            return Block.Hidden; // A filter (:markdown, :scss): its block is not Pug.
        }

        if (c == '+')
        {
            Control(b, start + 1, end); // A mixin call.
            return Block.None;
        }

        var word = start;
        while (word < end && (char.IsLetterOrDigit(src[word]) || src[word] is '-' or '_' or ':'))
        {
            word++;
        }

        var name = src[start..word];
        if (name is "doctype")
        {
            return Block.None;
        }

        if (Array.IndexOf(s_keywords, name) >= 0 && (word == end || src[word] is ' ' or '('))
        {
            Control(b, start, end);
            return Block.None;
        }

        return Tag(b, src, start, end, word);
    }

    /// <summary>A tag line: <c>tag#id.class(attrs) text</c>, <c>tag: nested</c>, <c>tag= expr</c> or <c>tag.</c> before a text block.</summary>
    private static Block Tag(RewrittenText.Builder b, string src, int start, int end, int nameEnd)
    {
        var name = nameEnd > start ? src[start..nameEnd] : "div";
        if (nameEnd == start && src[start] is not ('.' or '#'))
        {
            Text(b, src, start, end); // Not Pug syntax at all: read it as text rather than lose it.
            return Block.None;
        }

        var hidden = Array.IndexOf(s_hidden, name.ToLowerInvariant()) >= 0;
        var k = nameEnd;
        while (k < end)
        {
            if (src[k] is '.' or '#' && k + 1 < end && (char.IsLetter(src[k + 1]) || src[k + 1] is '-' or '_'))
            {
                k++;
                while (k < end && (char.IsLetterOrDigit(src[k]) || src[k] is '-' or '_'))
                {
                    k++;
                }
            }
            else if (src[k] == '(')
            {
                k = Math.Min(end, Close(src, k, end) + 1);
            }
            else if (string.CompareOrdinal(src, k, "&attributes(", 0, 12) == 0)
            {
                k = Math.Min(end, Close(src, k + 11, end) + 1);
            }
            else
            {
                break;
            }
        }

        if (hidden)
        {
            return Block.Hidden;
        }

        b.Emit($"<{name}>", start);
        if (k < end && src[k] == '/')
        {
            k++; // Self-closing.
        }

        if (k >= end)
        {
            return Block.None;
        }

        if (src[k] == '.' && k + 1 == end)
        {
            return Block.Text;
        }

        if (src[k] == ':' && k + 1 < end)
        {
            var nested = k + 1;
            while (nested < end && src[nested] == ' ')
            {
                nested++;
            }

            return nested < end ? Line(b, src, nested, end) : Block.None;
        }

        if (src[k] == '=' || (src[k] == '!' && k + 1 < end && src[k + 1] == '='))
        {
            Output(b, k + (src[k] == '=' ? 1 : 2), end, k);
            return Block.None;
        }

        Text(b, src, src[k] == ' ' ? k + 1 : k, end);
        return Block.None;
    }

    /// <summary>Text with <c>#{expr}</c>/<c>!{expr}</c> interpolations as placeholders and <c>#[tag text]</c> inline tags.</summary>
    private static void Text(RewrittenText.Builder b, string src, int start, int end)
    {
        var copyFrom = start;
        for (var k = start; k < end; k++)
        {
            if (src[k] is not ('#' or '!') || k + 1 >= end || src[k + 1] is not ('{' or '['))
            {
                continue;
            }

            if (k > start && src[k - 1] == '\\')
            {
                continue;
            }

            var close = Close(src, k + 1, end);
            if (close >= end)
            {
                break;
            }

            b.Copy(copyFrom, k);
            if (src[k + 1] == '{')
            {
                Output(b, k + 2, close, k);
            }
            else
            {
                var inner = k + 2;
                var word = inner;
                while (word < close && (char.IsLetterOrDigit(src[word]) || src[word] is '-' or '_'))
                {
                    word++;
                }

                Tag(b, src, inner, close, word);
            }

            copyFrom = close + 1;
            k = close;
        }

        b.Copy(copyFrom, end);
    }

    private static void Output(RewrittenText.Builder b, int exprStart, int exprEnd, int at)
    {
        b.Emit("{{ ", at);
        b.CopyExpression(exprStart, exprEnd);
        b.Emit(" }}", Math.Max(at, exprEnd - 1));
    }

    private static void Control(RewrittenText.Builder b, int start, int end) => ErbTemplate.Wrap(b, "{%", "%}", start, start, end, Math.Max(start, end - 1));

    /// <summary>The index of the bracket closing the one at <paramref name="open"/> on this line, skipping quoted strings; <paramref name="end"/> when unclosed.</summary>
    private static int Close(string src, int open, int end)
    {
        var opening = src[open];
        var closing = opening switch { '(' => ')', '{' => '}', _ => ']' };
        var depth = 0;
        for (var k = open; k < end; k++)
        {
            var c = src[k];
            if (c is '"' or '\'' or '`')
            {
                var q = src.IndexOf(c, k + 1, end - (k + 1));
                k = q < 0 ? end : q;
                continue;
            }

            if (c == opening)
            {
                depth++;
            }
            else if (c == closing && --depth == 0)
            {
                return k;
            }
        }

        return end;
    }
}
