using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CreepLint.Rules;
using CreepLint.Text;

namespace CreepLint.Suppressions;

/// <summary>A problem with a suppression comment: where it is, what is wrong, and its stable code (a warning, never an error).</summary>
internal readonly record struct DirectiveProblem(int Line, int Column, string Message, string Code);

/// <summary>
/// Finds inline suppressions in whatever comment syntax the file has (<c>&lt;!-- --&gt;</c>, <c>{% comment %}</c>,
/// <c>{{!-- --}}</c>, <c>#</c> (also ERB's <c>&lt;%#</c> and gettext), <c>//</c>, <c>/* */</c>, Razor's <c>@* *@</c>):
/// <c>creeplint-disable-next-line ID[, ID] -- reason</c> and friends.
/// </summary>
internal static partial class DirectiveParser
{
    private static readonly string[] s_commentOpeners = ["<!--", "{%", "{{!", "#", "//", "/*", "{#", "@*"];
    private static readonly string[] s_commentClosers = ["-->", "--}}", "}}", "%}", "{%", "*/", "#}", "*@", "%>"];

    [GeneratedRegex(@"creeplint-(?<kind>disable-next-line|disable-file|disable|enable)\b(?<rest>[^\r\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();

    /// <summary>Cheap pre-check so files without directives are not scanned by the regex.</summary>
    public static bool MayContain(string text) => text.Contains("creeplint-", StringComparison.Ordinal);

    /// <summary>The directives in <paramref name="text"/>, which starts at <paramref name="firstLine"/>:<paramref name="firstColumn"/> of the file (a window of a long file).</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="known">The rule ids, names and categories a directive may name.</param>
    /// <param name="problems">Told of each directive without a reason or naming no known rule; null to ignore them.</param>
    /// <param name="firstLine">The file line <paramref name="text"/> starts on.</param>
    /// <param name="firstColumn">The file column <paramref name="text"/> starts at.</param>
    public static List<Directive> Parse(string text, KnownRules known, Action<DirectiveProblem>? problems, int firstLine = 1, int firstColumn = 1)
    {
        var directives = new List<Directive>();
        if (!MayContain(text))
        {
            return directives;
        }

        var lines = new LineIndex(text);
        var open = new List<Directive>();
        foreach (Match match in DirectivePattern().Matches(text))
        {
            var (textLine, textColumn) = lines.At(match.Index);
            var lineStart = lines.OffsetOf(textLine, 1);
            var (line, column) = (textLine + firstLine - 1, textLine == 1 ? textColumn + firstColumn - 1 : textColumn);
            var before = text.AsSpan(lineStart, match.Index - lineStart);
            if (FirstOpener(before) < 0)
            {
                continue; // Prose that mentions the directive, not a directive.
            }

            var kind = match.Groups["kind"].Value;
            var rest = CutAtCloser(match.Groups["rest"].Value);
            var (ids, reason) = SplitReason(rest);
            if (kind == "enable")
            {
                foreach (var block in open)
                {
                    if (ids.IsEmpty || ids.Intersect(block.Ids, StringComparer.OrdinalIgnoreCase).Any() || block.Ids.IsEmpty)
                    {
                        block.EndLine = Math.Min(block.EndLine, line);
                    }
                }

                open.RemoveAll(b => b.EndLine != int.MaxValue);
                continue;
            }

            var scope = kind switch
            {
                "disable-next-line" => DirectiveScope.NextLine,
                "disable-file" => DirectiveScope.File,
                _ => DirectiveScope.Block,
            };
            var directive = new Directive(scope, ids, reason, line, column);
            Validate(directive, known, problems);
            directives.Add(directive);
            if (scope == DirectiveScope.Block)
            {
                open.Add(directive);
            }
        }

        return directives;
    }

    /// <summary>Splits <c>ID, ID -- reason</c>.</summary>
    public static (ImmutableArray<string> Ids, string? Reason) SplitReason(string text)
    {
        var dash = text.IndexOf("--", StringComparison.Ordinal);
        var idsPart = dash >= 0 ? text[..dash] : text;
        var reason = dash >= 0 ? text[(dash + 2)..].Trim() : null;
        var ids = idsPart.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray();
        return (ids, string.IsNullOrEmpty(reason) ? null : reason);
    }

    /// <summary>Tells <paramref name="problems"/> of a missing reason and of every id no rule or category has.</summary>
    public static void Validate(Directive directive, KnownRules known, Action<DirectiveProblem>? problems)
    {
        if (problems is null)
        {
            return;
        }

        if (directive.Reason is null)
        {
            problems(new DirectiveProblem(directive.Line, directive.Column,
                $"{directive.Describe()} has no reason; add one after ' -- ' so reviewers know why the finding is acceptable", "CL0301"));
        }

        foreach (var id in directive.Ids)
        {
            // The learned model's finding is no rule of a pack, but a reviewed message may suppress it like one.
            if (!known.Contains(id) && !Scoring.ModelBlend.IsNamedBy(id))
            {
                problems(new DirectiveProblem(directive.Line, directive.Column,
                    $"the suppression names '{id}', which is no rule id, rule name or category{Spelling.DidYouMean(id, known.All)}", "CL0303"));
            }
        }
    }

    /// <summary>The first of <paramref name="directives"/> that covers a finding of <paramref name="ruleId"/> on <paramref name="line"/>, marked used.</summary>
    public static Directive? Covering(IReadOnlyList<Directive> directives, RuleInfo? rule, string ruleId, int line)
    {
        foreach (var directive in directives)
        {
            if (directive.Covers(rule, ruleId, line))
            {
                directive.Used = true;
                return directive;
            }
        }

        return null;
    }

    /// <summary>
    /// Blanks in <paramref name="buffer"/> the text of every directive comment of <paramref name="source"/>, from the comment's
    /// opener to its closer or the line's end, so that a suppression and its reason are never read as the message: in a plain
    /// text file "# creeplint-disable-next-line CL1001 -- reviewed: we noticed …" is a comment, not copy (HTML and template
    /// comments are dropped by the extractor already).
    /// </summary>
    /// <param name="source">The message text.</param>
    /// <param name="length">How much of it was extracted.</param>
    /// <param name="buffer">The extracted text; its characters that come from a directive comment become spaces.</param>
    public static void Blank(string source, int length, TextBuffer buffer)
    {
        if (!MayContain(source))
        {
            return;
        }

        foreach (Match match in DirectivePattern().Matches(source))
        {
            if (match.Index >= length)
            {
                break;
            }

            var lineStart = match.Index == 0 ? 0 : source.LastIndexOf('\n', match.Index - 1) + 1;
            var opener = FirstOpener(source.AsSpan(lineStart, match.Index - lineStart));
            if (opener < 0)
            {
                continue; // Prose that mentions the directive is the message's own text.
            }

            var rest = match.Groups["rest"];
            var (cut, closer) = Closer(rest.Value);
            var start = lineStart + opener;
            var end = Math.Min(length, rest.Index + cut + closer);
            var chars = buffer.Chars;
            var map = buffer.Map;
            for (var k = 0; k < buffer.Length; k++)
            {
                // A placeholder's mark stays: the tokenizer pairs the n-th mark with the n-th placeholder.
                if (map[k] >= start && map[k] < end && chars[k] != CharFolding.PlaceholderMark)
                {
                    chars[k] = ' ';
                }
            }
        }
    }

    /// <summary>Where the first comment opener in <paramref name="before"/> starts, or -1.</summary>
    private static int FirstOpener(ReadOnlySpan<char> before)
    {
        var first = -1;
        foreach (var opener in s_commentOpeners)
        {
            var i = before.IndexOf(opener, StringComparison.Ordinal);
            if (i >= 0 && (first < 0 || i < first))
            {
                first = i;
            }
        }

        return first;
    }

    private static string CutAtCloser(string rest) => rest[..Closer(rest).Cut];

    /// <summary>Where the comment's closer starts in <paramref name="rest"/> (its length when none) and how long it is.</summary>
    private static (int Cut, int Length) Closer(string rest)
    {
        var (cut, length) = (rest.Length, 0);
        foreach (var closer in s_commentClosers)
        {
            var i = rest.IndexOf(closer, StringComparison.Ordinal);
            if (i >= 0 && i < cut)
            {
                (cut, length) = (i, closer.Length);
            }
        }

        return (cut, length);
    }
}

/// <summary>Rule ids, names and category ids a suppression or configuration may name.</summary>
internal sealed class KnownRules
{
    private readonly HashSet<string> _all = new(StringComparer.OrdinalIgnoreCase);

    public KnownRules(IEnumerable<RuleInfo> rules)
        : this(rules.SelectMany(r => new[] { r.Id, r.Name }))
    {
    }

    /// <summary>The ids and names of <paramref name="rules"/>, which may not be compiled yet, in the order of their ids (as
    /// <see cref="CreepLintEngine.Rules"/> lists them), and every category id.</summary>
    public KnownRules(IEnumerable<RuleEntry> rules)
        : this(rules.DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).SelectMany(r => new[] { r.Id, r.Name }))
    {
    }

    private KnownRules(IEnumerable<string> idsAndNames)
    {
        foreach (var name in idsAndNames)
        {
            _all.Add(name);
        }

        foreach (var category in CreepCategories.All)
        {
            _all.Add(category.ToId());
        }
    }

    public IEnumerable<string> All => _all;

    public bool Contains(string id) => _all.Contains(id);
}
