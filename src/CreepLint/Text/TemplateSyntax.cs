using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace CreepLint.Text;

/// <summary>
/// Recognises template placeholders: Liquid/Handlebars/Jinja <c>{{ x }}</c>, <c>{{{ x }}}</c>, <c>{% tag %}</c>,
/// comments (<c>{{! }}</c>, <c>{{!-- --}}</c>, <c>{# #}</c>, <c>{% comment %}…{% endcomment %}</c>),
/// Mailchimp <c>*|X|*</c>, Salesforce <c>%%x%%</c>, <c>%%= =%%</c>, <c>%%[ ]%%</c>, <c>${x}</c>, and two that are
/// plain text's own: a named or positional format hole <c>{first_name}</c>, <c>{0}</c> (.NET, ICU, Python, resource
/// files) and a percent-delimited merge field <c>%FIRST_NAME%</c> (SMS and push tools). These two are read only when
/// what is between the delimiters is a bare name (letters, digits, '_', '.'; a name starts with a letter or '_'), so
/// "{ color: red }", "20% off 30%" and "{count, plural, …}" stay text.
/// </summary>
internal static class TemplateSyntax
{
    /// <summary>Longest placeholder expression considered; a longer "placeholder" is taken as literal text.</summary>
    private const int MaxExpressionLength = 2000;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_keywords = new[]
    {
        "if", "elsif", "elseif", "else", "endif", "unless", "endunless", "for", "endfor", "in", "case", "when", "endcase",
        "assign", "capture", "endcapture", "and", "or", "not", "contains", "true", "false", "nil", "null", "empty", "blank",
        "with", "endwith", "as", "each", "this", "include", "render", "echo", "liquid", "cycle", "tablerow", "endtablerow",
        "limit", "offset", "reversed", "break", "continue", "increment", "decrement", "raw", "endraw", "lookup", "log",
        "let", "set", "endset", "block", "endblock", "extends", "macro", "endmacro", "is", "defined", "none", "forloop", "index",
        "first", "last", "length", "size", "v",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    internal enum Kind
    {
        /// <summary>Not a placeholder: the characters are literal text.</summary>
        None,

        /// <summary>An output placeholder standing in the prose.</summary>
        Output,

        /// <summary>A control tag (if/for/assign…): not displayed, but its fields are data the template uses.</summary>
        Control,

        /// <summary>A template comment: neither prose nor fields.</summary>
        Comment,
    }

    /// <summary>Whether <paramref name="c"/> can start a placeholder (a cheap pre-check for the scanner).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CanStart(char c) => c is '{' or '*' or '%' or '$';

    /// <summary>Recognises a placeholder at <paramref name="i"/>; on success <paramref name="end"/> is one past it and its fields are added.</summary>
    public static Kind Match(string src, int i, out int end, List<FieldRef>? fields)
    {
        end = i;
        var n = src.Length;
        if (i + 1 >= n)
        {
            return Kind.None;
        }

        var c = src[i];
        var d = src[i + 1];
        if (c == '{' && d == '{')
        {
            if (i + 2 < n && src[i + 2] == '!')
            {
                var longComment = string.CompareOrdinal(src, i + 3, "--", 0, 2) == 0;
                var close = src.IndexOf(longComment ? "--}}" : "}}", i + 3, StringComparison.Ordinal);
                if (close < 0)
                {
                    return Kind.None;
                }

                end = close + (longComment ? 4 : 2);
                return Kind.Comment;
            }

            var triple = i + 2 < n && src[i + 2] == '{';
            var open = i + (triple ? 3 : 2);
            var closeAt = IndexOfBounded(src, triple ? "}}}" : "}}", open);
            if (closeAt < 0)
            {
                return Kind.None;
            }

            end = closeAt + (triple ? 3 : 2);
            var exprStart = open;
            while (exprStart < closeAt && (src[exprStart] is '-' or '~' || char.IsWhiteSpace(src[exprStart])))
            {
                exprStart++;
            }

            var lead = exprStart < closeAt ? src[exprStart] : ' ';
            if (lead == '/')
            {
                return Kind.Control;
            }

            var control = lead is '#' or '^' or '>' || StartsWithWord(src, exprStart, closeAt, "else");
            AddFields(src, exprStart, closeAt, skipFirst: false, fields);
            return control ? Kind.Control : Kind.Output;
        }

        if (c == '{' && d == '#')
        {
            var close = IndexOfBounded(src, "#}", i + 2);
            if (close < 0)
            {
                return Kind.None;
            }

            end = close + 2;
            return Kind.Comment;
        }

        if (c == '{' && d == '%')
        {
            var close = IndexOfBounded(src, "%}", i + 2);
            if (close < 0)
            {
                return Kind.None;
            }

            end = close + 2;
            var exprStart = i + 2;
            while (exprStart < close && (src[exprStart] == '-' || char.IsWhiteSpace(src[exprStart])))
            {
                exprStart++;
            }

            if (StartsWithWord(src, exprStart, close, "comment"))
            {
                var endTag = src.IndexOf("endcomment", end, StringComparison.OrdinalIgnoreCase);
                var endClose = endTag < 0 ? -1 : src.IndexOf("%}", endTag, StringComparison.Ordinal);
                end = endClose < 0 ? n : endClose + 2;
                return Kind.Comment;
            }

            AddFields(src, exprStart, close, skipFirst: true, fields);
            return Kind.Control;
        }

        if (c == '*' && d == '|')
        {
            var close = src.IndexOf("|*", i + 2, Math.Min(n - (i + 2), 80), StringComparison.Ordinal);
            if (close <= i + 2 || !IsMergeTag(src, i + 2, close))
            {
                return Kind.None;
            }

            end = close + 2;
            var name = src.AsSpan(i + 2, close - (i + 2));
            var colon = name.IndexOf(':');
            var isControl = name.StartsWith("IF:", StringComparison.OrdinalIgnoreCase) || name.StartsWith("ELSEIF:", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("END:", StringComparison.OrdinalIgnoreCase) || name.Equals("ELSE:", StringComparison.OrdinalIgnoreCase);
            var fieldStart = colon >= 0 && isControl ? i + 2 + colon + 1 : i + 2;
            if (fieldStart < close && !name.StartsWith("END:", StringComparison.OrdinalIgnoreCase))
            {
                fields?.Add(new FieldRef(fieldStart, close - fieldStart));
            }

            return isControl ? Kind.Control : Kind.Output;
        }

        if (c == '%' && d == '%' && i + 2 < n)
        {
            var e = src[i + 2];
            if (e is '[' or '=')
            {
                var closeToken = e == '[' ? "]%%" : "=%%";
                var close = IndexOfBounded(src, closeToken, i + 3);
                if (close < 0)
                {
                    return Kind.None;
                }

                end = close + 3;
                AddFields(src, i + 3, close, skipFirst: false, fields);
                return e == '[' ? Kind.Control : Kind.Output;
            }

            if (char.IsLetter(e))
            {
                var j = i + 2;
                while (j < n && j - i < 66 && (char.IsLetterOrDigit(src[j]) || src[j] is '_' or '.' or '-' or ' '))
                {
                    j++;
                }

                if (j + 1 < n && src[j] == '%' && src[j + 1] == '%' && src[j - 1] != ' ')
                {
                    end = j + 2;
                    fields?.Add(new FieldRef(i + 2, j - (i + 2)));
                    return Kind.Output;
                }
            }

            return Kind.None;
        }

        if (c == '{' && (char.IsAsciiLetter(d) || d == '_' || char.IsAsciiDigit(d)))
        {
            // {first_name}, {user.income}, {0}: a bare name or a position, nothing else, closed within 64 characters.
            var j = BareName(src, i + 1, allowDigitStart: true);
            if (j < 0 || j >= n || src[j] != '}')
            {
                return Kind.None;
            }

            end = j + 1;
            if (!char.IsAsciiDigit(d))
            {
                fields?.Add(new FieldRef(i + 1, j - (i + 1)));
            }

            return Kind.Output;
        }

        if (c == '%' && (char.IsAsciiLetter(d) || d == '_') && (i == 0 || !char.IsAsciiLetterOrDigit(src[i - 1])))
        {
            // %FIRST_NAME%: a bare name between single percent signs, not a percentage ("20%") nor a word after one.
            var j = BareName(src, i + 1, allowDigitStart: false);
            if (j < 0 || j >= n || src[j] != '%' || (j + 1 < n && char.IsAsciiLetterOrDigit(src[j + 1])))
            {
                return Kind.None;
            }

            end = j + 1;
            fields?.Add(new FieldRef(i + 1, j - (i + 1)));
            return Kind.Output;
        }

        if (c == '$' && d == '{')
        {
            var close = src.IndexOf('}', i + 2, Math.Min(n - (i + 2), 200));
            if (close < 0)
            {
                return Kind.None;
            }

            end = close + 1;
            AddFields(src, i + 2, close, skipFirst: false, fields);
            return Kind.Output;
        }

        return Kind.None;
    }

    /// <summary>
    /// One past a bare name starting at <paramref name="start"/> (ASCII letters, digits, '_' and inner '.'), or -1 when there
    /// is none or it runs past 64 characters.
    /// </summary>
    private static int BareName(string src, int start, bool allowDigitStart)
    {
        var j = start;
        if (j >= src.Length || !(char.IsAsciiLetter(src[j]) || src[j] == '_' || (allowDigitStart && char.IsAsciiDigit(src[j]))))
        {
            return -1;
        }

        var digitsOnly = char.IsAsciiDigit(src[j]);
        while (j < src.Length && j - start < 64 && (char.IsAsciiLetterOrDigit(src[j]) || src[j] == '_' || (src[j] == '.' && j + 1 < src.Length && char.IsAsciiLetter(src[j + 1]) && !digitsOnly)))
        {
            digitsOnly &= char.IsAsciiDigit(src[j]);
            j++;
        }

        return j - start >= 64 ? -1 : j;
    }

    private static int IndexOfBounded(string src, string token, int from)
    {
        var count = Math.Min(src.Length - from, MaxExpressionLength);
        return count <= 0 ? -1 : src.IndexOf(token, from, count, StringComparison.Ordinal);
    }

    private static bool IsMergeTag(string src, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!(char.IsLetterOrDigit(src[k]) || src[k] is '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithWord(string src, int start, int end, string word) =>
        end - start >= word.Length
        && string.Compare(src, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (start + word.Length == end || !char.IsLetterOrDigit(src[start + word.Length]));

    /// <summary>Adds each data path referenced by an expression, skipping strings, numbers, keywords and filter names.</summary>
    private static void AddFields(string src, int start, int end, bool skipFirst, List<FieldRef>? fields)
    {
        if (fields is null)
        {
            return;
        }

        var afterPipe = false;
        var first = true;
        var k = start;
        while (k < end)
        {
            var ch = src[k];
            if (ch is '"' or '\'')
            {
                var close = src.IndexOf(ch, k + 1, end - (k + 1));
                k = close < 0 ? end : close + 1;
                continue;
            }

            if (ch == '|')
            {
                afterPipe = true;
                k++;
                continue;
            }

            if (char.IsLetter(ch) || ch is '_' or '@')
            {
                var s = ch == '@' ? k + 1 : k;
                var j = k + 1;
                while (j < end && (char.IsLetterOrDigit(src[j]) || src[j] is '_' or '.' or '[' or ']' || (src[j] == '-' && j + 1 < end && char.IsLetter(src[j + 1]))))
                {
                    j++;
                }

                var e = j;
                while (e > s && src[e - 1] is '.' or '[' or ']')
                {
                    e--;
                }

                var isFilterName = afterPipe;
                afterPipe = false;
                var skip = (first && skipFirst) || isFilterName || e <= s || s_keywords.Contains(src.AsSpan(s, e - s));
                first = false;
                if (!skip)
                {
                    fields.Add(new FieldRef(s, e - s));
                }

                k = j;
                continue;
            }

            k++;
        }
    }
}
