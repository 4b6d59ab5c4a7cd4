namespace CreepLint.Cli.Inputs.Templates;

/// <summary>
/// Razor (.cshtml): implicit <c>@Model.PredictedDueDate</c> and explicit <c>@(expr)</c> expressions become placeholders
/// whose fields feed provenance; <c>@* *@</c> is a comment; <c>@{ }</c> code blocks, directives (<c>@model</c>,
/// <c>@using</c>…) and control statements (<c>@if (…) {</c>, <c>} else {</c>, <c>@foreach</c>…) are control, and their
/// braces are not text; <c>@@</c> is a literal '@', and an '@' inside a word (an e-mail address) stays text.
/// </summary>
internal static class RazorTemplate
{
    private static readonly string[] s_directives =
    [
        "model", "using", "inject", "page", "layout", "inherits", "namespace", "addTagHelper", "removeTagHelper", "tagHelperPrefix",
        "implements", "attribute", "preservewhitespace", "rendermode", "typeparam",
    ];

    private static readonly string[] s_statements = ["if", "foreach", "for", "while", "switch", "do", "try", "lock", "section", "using"];

    private static readonly string[] s_codeBlocks = ["functions", "code"];

    private static readonly string[] s_continuations = ["else", "catch", "finally"];

    public static RewrittenText Rewrite(string src)
    {
        var b = new RewrittenText.Builder(src);
        var openBlocks = 0;
        var i = 0;
        var copyFrom = 0;
        while (i < src.Length)
        {
            var c = src[i];
            if (c == '}' && openBlocks > 0)
            {
                b.Copy(copyFrom, i);
                openBlocks--;
                b.Emit(" ", i);
                i++;
                var next = SkipSpace(src, i);
                var word = Word(src, next);
                if (Array.IndexOf(s_continuations, word) >= 0)
                {
                    var headerEnd = StatementHeader(src, next + word.Length, out var opensBlock);
                    b.Breaks(i, next);
                    ErbTemplate.Wrap(b, "{%", "%}", next, next, headerEnd, Math.Max(next, headerEnd - 1));
                    openBlocks += opensBlock ? 1 : 0;
                    i = opensBlock ? headerEnd + 1 : headerEnd;
                }

                copyFrom = i;
                continue;
            }

            if (c != '@' || i + 1 >= src.Length)
            {
                i++;
                continue;
            }

            if (i > 0 && (char.IsLetterOrDigit(src[i - 1]) || src[i - 1] is '_' or '.'))
            {
                i++; // anna@example.com
                continue;
            }

            b.Copy(copyFrom, i);
            var d = src[i + 1];
            if (d == '@')
            {
                b.Copy(i, i + 1);
                i += 2;
            }
            else if (d == '*')
            {
                var close = src.IndexOf("*@", i + 2, StringComparison.Ordinal);
                var end = close < 0 ? src.Length : close + 2;
                if (close < 0)
                {
                    b.Problem(i, "this Razor comment is never closed; add '*@' (the rest of the file is not linted)");
                }

                b.Emit("{# #}", i);
                b.Breaks(i, end);
                i = end;
            }
            else if (d == '(')
            {
                var close = Balanced(src, i + 1, '(', ')');
                if (close >= src.Length)
                {
                    b.Problem(i, "this Razor expression '@(' is never closed; add ')'");
                }

                ErbTemplate.Wrap(b, "{{", "}}", i, i + 2, close, Math.Max(i + 1, close - 1));
                i = Math.Min(src.Length, close + 1);
            }
            else if (d == '{')
            {
                var close = Balanced(src, i + 1, '{', '}');
                if (close >= src.Length)
                {
                    b.Problem(i, "this Razor code block '@{' is never closed; add '}' (the rest of the file is not linted)");
                }

                ErbTemplate.Wrap(b, "{%", "%}", i, i + 2, close, Math.Max(i + 1, close - 1));
                b.Breaks(i, Math.Min(src.Length, close + 1));
                i = Math.Min(src.Length, close + 1);
            }
            else if (char.IsLetter(d) || d == '_')
            {
                var word = Word(src, i + 1);
                var isStatement = Array.IndexOf(s_statements, word) >= 0 && (word != "using" || src.AsSpan(SkipSpace(src, i + 1 + word.Length)).StartsWith("("));
                if (!isStatement && Array.IndexOf(s_directives, word) >= 0)
                {
                    var eol = src.IndexOfAny(['\r', '\n'], i);
                    b.Emit("{# #}", i);
                    i = eol < 0 ? src.Length : eol;
                }
                else if (Array.IndexOf(s_codeBlocks, word) >= 0)
                {
                    var brace = src.IndexOf('{', i);
                    var close = brace < 0 ? src.Length : Balanced(src, brace, '{', '}');
                    b.Emit("{# #}", i);
                    b.Breaks(i, Math.Min(src.Length, close + 1));
                    i = Math.Min(src.Length, close + 1);
                }
                else if (isStatement)
                {
                    var headerEnd = StatementHeader(src, i + 1 + word.Length, out var opensBlock);
                    ErbTemplate.Wrap(b, "{%", "%}", i, i + 1, headerEnd, Math.Max(i, headerEnd - 1));
                    openBlocks += opensBlock ? 1 : 0;
                    i = opensBlock ? headerEnd + 1 : headerEnd;
                }
                else
                {
                    var end = ImplicitExpression(src, i + 1, word);
                    ErbTemplate.Wrap(b, "{{", "}}", i, i + 1, end, end - 1);
                    i = end;
                }
            }
            else
            {
                i++;
                continue; // A lone '@' before a space or symbol is text.
            }

            copyFrom = i;
        }

        b.Copy(copyFrom, src.Length);
        return b.Build();
    }

    private static int SkipSpace(string src, int i)
    {
        while (i < src.Length && char.IsWhiteSpace(src[i]))
        {
            i++;
        }

        return i;
    }

    private static string Word(string src, int i)
    {
        var j = i;
        while (j < src.Length && (char.IsLetterOrDigit(src[j]) || src[j] == '_'))
        {
            j++;
        }

        return src[i..j];
    }

    /// <summary>The end of a statement's header ("if (x)", "else if (y)", "section Scripts"): at its '{' (when <paramref name="opensBlock"/>) or the line's end.</summary>
    private static int StatementHeader(string src, int i, out bool opensBlock)
    {
        opensBlock = false;
        while (i < src.Length && src[i] is not ('{' or '\n' or '\r'))
        {
            i = src[i] == '(' ? Math.Min(src.Length, Balanced(src, i, '(', ')') + 1) : i + 1;
        }

        if (i < src.Length && src[i] != '{' && SkipSpace(src, i) is var k && k < src.Length && src[k] == '{')
        {
            i = k; // The brace on the next line, Allman style.
        }

        opensBlock = i < src.Length && src[i] == '{';
        return i;
    }

    /// <summary>
    /// The end of an implicit expression: identifiers joined by '.', with balanced call arguments and indexers
    /// (<c>@Model.Items[0].Name</c>, <c>@Html.Raw(x)</c>); a trailing '.' is text, as is everything after a space
    /// (except after <c>await</c>).
    /// </summary>
    private static int ImplicitExpression(string src, int i, string first)
    {
        var j = i + first.Length;
        if (first == "await" && j < src.Length && src[j] == ' ')
        {
            j = SkipSpace(src, j);
            j += Word(src, j).Length;
        }

        while (j < src.Length)
        {
            var c = src[j];
            if (c == '.' && j + 1 < src.Length && (char.IsLetter(src[j + 1]) || src[j + 1] == '_'))
            {
                j += 1 + Word(src, j + 1).Length;
            }
            else if (c is '(' or '[')
            {
                var close = Balanced(src, j, c, c == '(' ? ')' : ']');
                if (close >= src.Length)
                {
                    break;
                }

                j = close + 1;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, skipping C# strings; the text's length when unclosed.</summary>
    private static int Balanced(string src, int open, char opening, char closing)
    {
        var depth = 0;
        for (var k = open; k < src.Length; k++)
        {
            var c = src[k];
            if (c is '"' or '\'')
            {
                var end = k + 1;
                while (end < src.Length && src[end] != c && src[end] != '\n')
                {
                    end += src[end] == '\\' ? 2 : 1;
                }

                k = Math.Min(end, src.Length - 1);
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

        return src.Length;
    }
}
