using System.Text;
using System.Text.RegularExpressions;

namespace CreepLint.Benchmarks;

/// <summary>
/// Rule packs of any size built from lexicon-style phrases (two or three invented words each), the message they are
/// timed on, and the naive alternative: one compiled <see cref="Regex"/> per rule, tried in turn.
/// </summary>
internal sealed class SyntheticPack
{
    /// <summary>Phrases per synthetic rule, about what a real lexicon-backed rule lists.</summary>
    private const int PhrasesPerRule = 5;

    /// <summary>Rules per generated file: 1,000 rules are about 400 KB, inside the rule reader's 1 MB limit per file.</summary>
    private const int RulesPerFile = 1_000;

    private static readonly string[] s_syllables =
    [
        "ba", "ke", "lo", "mi", "nu", "pa", "re", "si", "to", "vu", "da", "fe", "go", "hi", "ju", "ka", "le", "mo", "ni", "pu",
    ];

    private SyntheticPack(int rules, string[] files, string[][] phrases)
    {
        Rules = rules;
        Files = files;
        Phrases = phrases;
    }

    public int Rules { get; }

    /// <summary>The pack as YAML documents of at most 1,000 rules each, loaded with <c>AddRules(yaml, name)</c> one by one.</summary>
    public string[] Files { get; }

    /// <summary>Each rule's phrases, for the naive regex baseline.</summary>
    public string[][] Phrases { get; }

    /// <summary>
    /// A ~150-character clean message in which several words are pack words (so partial phrases start and die), but no
    /// phrase occurs whole: the cost measured is the scan, the same for every rule count.
    /// </summary>
    public static string Message { get; } =
        $"Hello {Word(3)}, our {Word(17)} sale starts Friday with {Word(250)} deals on {Word(1200)} and more; visit your {Word(4000)} store for {Word(9)} offers today.";

    public static SyntheticPack Create(int rules)
    {
        var random = new Random(rules);
        var files = new List<string>();
        var yaml = new StringBuilder();
        var phrases = new string[rules][];
        for (var r = 0; r < rules; r++)
        {
            if (r % RulesPerFile == 0)
            {
                if (yaml.Length > 0)
                {
                    files.Add(yaml.ToString());
                }

                yaml.Clear().Append("rules:\n");
            }

            phrases[r] = new string[PhrasesPerRule];
            yaml.Append("  - id: SYN").Append((r + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
                .Append("    name: synthetic-rule-").Append(r + 1).Append('\n')
                .Append("    category: behavioral-detail\n    severity: warning\n    confidence: 60\n")
                .Append("    message: \"Synthetic rule ").Append(r + 1).Append(": '{match}'.\"\n")
                .Append("    why: Generated for the rule-count benchmark.\n    suggestion: Say it without the detail.\n    phrases:\n");
            for (var p = 0; p < PhrasesPerRule; p++)
            {
                var words = random.Next(2, 4);
                var phrase = string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random.Next(5000))));
                phrases[r][p] = phrase;
                yaml.Append("      - ").Append(phrase).Append('\n');
            }
        }

        files.Add(yaml.ToString());
        return new SyntheticPack(rules, [.. files], phrases);
    }

    /// <summary>One compiled, case-insensitive regex per rule: <c>\b(?:phrase one|phrase two|…)\b</c>.</summary>
    public Regex[] NaiveRegexes() =>
        [.. Phrases.Select(rule => new Regex(
            @"\b(?:" + string.Join('|', rule.Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")\b",
            RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];

    /// <summary>The n-th invented word: three syllables, distinct for every n below 8,000.</summary>
    private static string Word(int n) =>
        s_syllables[n % 20] + s_syllables[n / 20 % 20] + s_syllables[n / 400 % 20];
}
