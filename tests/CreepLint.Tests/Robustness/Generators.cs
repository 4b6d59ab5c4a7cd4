using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace CreepLint.Tests.Robustness;

/// <summary>A generated message; shown escaped and shortened when a property fails.</summary>
public sealed record HostileMessage(string Text)
{
    public override string ToString() => ResultChecks.Shorten(Text);
}

/// <summary>A real rule pack with one file mutated: <see cref="Files"/> are (name, text) pairs.</summary>
public sealed record MutatedRulePack(IReadOnlyList<(string Name, string Text)> Files, string Mutated, string Description)
{
    public override string ToString() => $"{Mutated}: {Description}";
}

/// <summary>FsCheck arbitraries for hostile messages and mutated rule files.</summary>
public static class Generators
{
    /// <summary>Pieces that stress each stage: markup, templates, entities, Unicode tricks, sentence breaks, creepy phrases.</summary>
    private static readonly string[] s_fragments =
    [
        "we noticed", "you're pregnant", "your diabetes", "Congratulations", " ", "  ", "\n", "\r\n", "\r", "\t", ".", "!", "?", ",", "'",
        "<", ">", "</", "<p>", "</p>", "<div>", "<b>", "</b>", "<br>", "<br/>", "<!--", "-->", "<!DOCTYPE html>", "<script>", "</script>",
        "<style>", "<a href=\"{{ url }}\">", "<img alt='x'>", "<?xml ?>", "<b class=\"", "\"", "&", "&amp;", "&#112;", "&#x70;", "&#",
        "&#x", "&shy;", "&ZeroWidthSpace;", "&#0;", "&#xD800;", "&#1114111;", "&#99999999999;", "&#xE000;",
        "{{", "}}", "{{{", "}}}", "{{ first_name }}", "{{ predicted_due_date }}", "{{!", "{{!--", "--}}", "{%", "%}", "{% if x %}",
        "{% comment %}", "{% endcomment %}", "{#", "#}", "*|", "|*", "*|FNAME|*", "%%", "%%[", "]%%", "%%=", "=%%", "${", "}", "$5",
        "\u200B", "\u200D", "\u00AD", "\uFEFF", "\u202E", "\u202C", "\u2066", "\u3164", "\u2800", "\uE000", "\uE001", "\uFFFD",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "👩‍👩‍👧", "🇵🇷🇪🇬", "🅿", "\U000E0041", "e\u0301\u0308\u0327", "ｐｒｅｇｎａｎｔ", "𝐩𝐫𝐞𝐠",
        "שלום עולם", "مرحبا بك", "p r e g n a n t", "p.r.e.g.n.a.n.t", "pr3gn4nt", "w3", "11:52pm", "87%", "3 times", "$1,000.00",
        "i", "a", " a b c d e f g h ", "_", "-", "*", "·", "'s", "\0", "\u0085", "\u2028", "\u2029",
    ];

    private static readonly Gen<string> s_randomChars =
        Gen.ArrayOf(Gen.Frequency((9, Gen.Choose(32, 0x2FFF)), (1, Gen.Choose(0, 0xFFFF))).Select(c => (char)c)).Select(a => new string(a));

    private static readonly Gen<string> s_astral =
        Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);

    /// <summary>Long runs: one enormous word, deep nesting, endless openers, long spaced-out runs.</summary>
    private static readonly Gen<string> s_long =
        Gen.Zip(Gen.Elements("a", "pregnant", "1", "<b>", "<div>", "{{", "&#", "p ", "a.", "x\u0301", "🙂", "\uD800", "</", "<!--", "we noticed you "), Gen.Choose(100, 8_000))
            .Select(t => string.Concat(Enumerable.Repeat(t.Item1, t.Item2 / t.Item1.Length)));

    private static readonly Gen<string> s_fragment = Gen.Frequency(
        (12, Gen.Elements(s_fragments)),
        (3, s_randomChars),
        (1, s_astral),
        (1, s_long));

    /// <summary>Concatenations of fragments: markup, templates and Unicode mixed at random.</summary>
    public static Gen<string> MessageText => Gen.ListOf(s_fragment).Select(parts => string.Concat(parts));

    /// <summary>Real messages (rule examples and evasion bases) cut, spliced and sprinkled with fragments.</summary>
    public static Gen<string> MutatedMessageText =>
        Gen.Elements(RealMessages()).SelectMany(text => Gen.Choose(1, 5).SelectMany(n => Gen.ListOf(Mutation, n)).Select(ops => ops.Aggregate(text, (t, op) => op(t))));

    private static Gen<Func<string, string>> Mutation => Gen.OneOf(
        Gen.Zip(s_fragment, Gen.Choose(0, 1000)).Select(t => (Func<string, string>)(s => s.Insert(t.Item2 % (s.Length + 1), t.Item1))),
        Gen.Zip(Gen.Choose(0, 1000), Gen.Choose(1, 20)).Select(t => (Func<string, string>)(s => s.Length == 0 ? s : s.Remove(t.Item1 % s.Length, Math.Min(t.Item2, s.Length - (t.Item1 % s.Length))))),
        Gen.Choose(0, 1000).Select(p => (Func<string, string>)(s => s + s[(p % (s.Length + 1))..])));

    public static Arbitrary<HostileMessage> Messages() =>
        Gen.OneOf(MessageText, MutatedMessageText).Select(t => new HostileMessage(t)).ToArbitrary();

    public static Arbitrary<MutatedRulePack> RulePacks() => RulePackGen.ToArbitrary();

    private static Gen<MutatedRulePack> RulePackGen =>
        Gen.Zip(Gen.Choose(0, DefaultRuleFiles.Count - 1), Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(RuleMutation, n))).Select(t =>
        {
            var (name, text) = DefaultRuleFiles[t.Item1];
            var described = new StringBuilder();
            foreach (var op in t.Item2)
            {
                text = op.Apply(text);
                described.Append(op.Description).Append("; ");
            }

            var files = DefaultRuleFiles.Select(f => f.Name == name ? (name, text) : f).ToList();
            return new MutatedRulePack(files, name, described.ToString());
        });

    private static readonly Lazy<List<(string Name, string Text)>> s_defaultRuleFiles = new(LoadDefaultRuleFiles);

    /// <summary>Characters that matter to YAML and to rule terms.</summary>
    private static readonly string[] s_yamlNoise =
        [":", "-", "- ", "[", "]", "{", "}", "&a ", "*a", "!", "!!str ", "!Tag ", "#", "'", "\"", "\t", "\n", "\r", "  ", "|", ">", "@", "<", "*", "?", "%", "\\", "\0", "\uFFFD", "~", "null", "1e999", "-1", "\u00A0", "---\n", "...\n"];

    private static Gen<TextMutation> RuleMutation => Gen.OneOf(
        Gen.Zip(Gen.Elements(s_yamlNoise), Gen.Choose(0, 100_000)).Select(t => new TextMutation($"insert {Show(t.Item1)} at {t.Item2}", s => s.Insert(t.Item2 % (s.Length + 1), t.Item1))),
        Gen.Zip(Gen.Choose(0, 100_000), Gen.Choose(1, 40)).Select(t => new TextMutation($"delete {t.Item2} chars at {t.Item1}", s => s.Length == 0 ? s : s.Remove(t.Item1 % s.Length, Math.Min(t.Item2, s.Length - (t.Item1 % s.Length))))),
        Gen.Choose(0, 10_000).Select(n => new TextMutation($"delete line {n}", s => Lines(s, lines => { if (lines.Count > 0) { lines.RemoveAt(n % lines.Count); } }))),
        Gen.Choose(0, 10_000).Select(n => new TextMutation($"duplicate line {n}", s => Lines(s, lines => { if (lines.Count > 0) { lines.Insert(n % lines.Count, lines[n % lines.Count]); } }))),
        Gen.Zip(Gen.Choose(0, 10_000), Gen.Choose(0, 10_000)).Select(t => new TextMutation($"swap lines {t.Item1} and {t.Item2}", s => Lines(s, lines =>
        {
            if (lines.Count > 0)
            {
                var (a, b) = (t.Item1 % lines.Count, t.Item2 % lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
            }
        }))),
        Gen.Zip(Gen.Choose(0, 10_000), Gen.Choose(-4, 4)).Select(t => new TextMutation($"re-indent line {t.Item1} by {t.Item2}", s => Lines(s, lines =>
        {
            if (lines.Count > 0)
            {
                var k = t.Item1 % lines.Count;
                var lead = lines[k].Length - lines[k].TrimStart(' ').Length;
                lines[k] = t.Item2 >= 0 ? new string(' ', t.Item2) + lines[k] : lines[k][Math.Min(-t.Item2, lead)..];
            }
        }))));

    /// <summary>The embedded default pack as (name, text), the same files <see cref="CreepLintEngineBuilder.AddDefaultRules"/> reads.</summary>
    public static IReadOnlyList<(string Name, string Text)> DefaultRuleFiles => s_defaultRuleFiles.Value;

    private static List<(string Name, string Text)> LoadDefaultRuleFiles()
    {
        var assembly = typeof(CreepLintEngine).Assembly;
        return [.. CreepLintEngineBuilder.DefaultRuleResources(assembly).Select(name =>
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            return (name, reader.ReadToEnd());
        })];
    }

    private static string[] RealMessages() =>
        [.. CreepLintEngine.Default.Rules.SelectMany(r => r.BadExamples.Concat(r.GoodExamples)).Select(e => e.Text).Append(string.Empty)];

    private static string Lines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines);
        return string.Join('\n', lines);
    }

    private static string Show(string s) => string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}

/// <summary>One described edit of a text.</summary>
public sealed record TextMutation(string Description, Func<string, string> Apply);
