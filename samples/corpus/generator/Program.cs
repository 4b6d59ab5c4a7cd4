using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CreepLint.Samples.Corpus;

/// <summary>
/// Command line: <c>--seed N</c> (default 1729), <c>-o FILE</c> to write the corpus, <c>--stats</c> to print counts,
/// duplicates and the largest frame shares, <c>--check FILE</c> to verify that FILE is exactly what the seed produces.
/// </summary>
public static partial class Program
{
    public static int Main(string[] args)
    {
        var seed = 1729;
        string? output = null;
        string? check = null;
        var stats = false;
        var samples = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed" when i + 1 < args.Length: seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "-o" or "--output" when i + 1 < args.Length: output = args[++i]; break;
                case "--check" when i + 1 < args.Length: check = args[++i]; break;
                case "--stats": stats = true; break;
                case "--samples" when i + 1 < args.Length: samples = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine("usage: CorpusGenerator [--seed N] [-o FILE] [--stats] [--samples N] [--check FILE]");
                    return 2;
            }
        }

        var items = CorpusGenerator.GenerateItems(seed);
        var bytes = Encoding.UTF8.GetBytes(string.Concat(items.Select(i => CorpusGenerator.ToJson(i) + "\n")));
        if (output is not null)
        {
            File.WriteAllBytes(output, bytes);
            Console.WriteLine($"wrote {items.Count} items to {output} (seed {seed})");
        }
        if (stats) PrintStats(items);
        if (samples > 0)
            foreach (var g in items.GroupBy(i => i.Frame).OrderBy(g => g.Key, StringComparer.Ordinal))
                foreach (var item in g.Take(samples))
                    Console.WriteLine($"{g.Key}\t{(item.Creepy ? item.Category : item.Hard ? "clean-hard" : "clean-plain")}\t{item.Text}");
        if (check is not null)
        {
            var same = File.Exists(check) && File.ReadAllBytes(check).AsSpan().SequenceEqual(bytes);
            Console.WriteLine(same ? $"OK: {check} matches seed {seed}" : $"MISMATCH: {check} differs from what seed {seed} produces");
            if (!same) return 1;
        }
        if (output is null && !stats && check is null && samples == 0)
            foreach (var line in items.Select(CorpusGenerator.ToJson)) Console.WriteLine(line);
        return 0;
    }

    private static readonly string[] s_categories =
    [
        "inferred-trait", "sensitive-prediction", "behavioral-detail", "location-tracking", "surveillance-language",
        "undisclosed-source", "price-targeting", "vulnerability", "sensitive-field",
    ];

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}|\*\|.*?\|\*|%%.*?%%|\$\{.*?\}")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex(@"\b(you|your|yours|yourself|you're|u|ur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouRegex();

    [GeneratedRegex(@"first_?name|FNAME|\bfirstname\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamePlaceholderRegex();

    /// <summary>A literal first name from the pool (as written or in capitals), or a name placeholder. "Will" and the
    /// names that are common words in capitals are matched only as written, so "Will you…" and "WE WILL" do not count.</summary>
    private static readonly Regex s_nameRegex = new(
        @"\b(" + string.Join("|", Pools.FirstNames.Where(n => n != "Will")
            .Concat(Pools.FirstNames.Where(n => n.Length >= 4 && n is not ("Mark" or "Grace" or "Frank" or "Iris" or "Ruth" or "Will"))
                .Select(n => n.ToUpperInvariant()))) + @")\b", RegexOptions.CultureInvariant);

    /// <summary>The reader is addressed by name: a literal first name or a name placeholder.</summary>
    public static bool HasName(string text) => NamePlaceholderRegex().IsMatch(text) || s_nameRegex.IsMatch(text);

    [GeneratedRegex(@"\d")]
    private static partial Regex DigitRegex();

    private static void PrintStats(IReadOnlyList<CorpusItem> items)
    {
        int total = items.Count, creepy = items.Count(i => i.Creepy), clean = total - creepy;
        int hard = items.Count(i => !i.Creepy && i.Hard), plain = clean - hard;
        string Pct(int n, int d) => d == 0 ? "-" : (100.0 * n / d).ToString("0.0", CultureInfo.InvariantCulture) + "%";

        Console.WriteLine($"items {total}; creepy {creepy} ({Pct(creepy, total)}); clean {clean} (hard {hard} = {Pct(hard, clean)} of clean, plain {plain})");
        Console.WriteLine($"rationales {items.Count(i => i.Kind == "rationale")} ({Pct(items.Count(i => i.Kind == "rationale"), total)}); US spelling {Pct(items.Count(i => i.Us), total)}; typos {items.Count(i => i.Typo)} ({Pct(items.Count(i => i.Typo), total)})");

        Console.WriteLine("\n| category | messages | rationales | total |\n|---|---:|---:|---:|");
        foreach (var cat in s_categories)
            Row(cat, items.Where(i => i.Category == cat));
        Row("clean (hard, g-hard)", items.Where(i => !i.Creepy && i.Hard));
        Row("clean (plain, g-plain)", items.Where(i => !i.Creepy && !i.Hard));
        Row("**creepy total**", items.Where(i => i.Creepy));
        Row("**clean total**", items.Where(i => !i.Creepy));
        Row("**all items**", items);

        var families = CorpusGenerator.Families();
        Console.WriteLine("\n| construction | label | categories | frames (m+r) | items |\n|---|---|---|---:|---:|");
        foreach (var f in families)
        {
            var mine = items.Where(i => i.Construction == f.Name).ToList();
            var cats = string.Join(", ", mine.Where(i => i.Category is not null).Select(i => i.Category!).Distinct().OrderBy(x => x, StringComparer.Ordinal));
            var label = f.Creepy ? "creepy" : f.Hard ? "clean (hard)" : "clean (plain)";
            Console.WriteLine($"| {f.Name} | {label} | {(cats.Length == 0 ? "-" : cats)} | {f.M.Length}+{f.R.Length} | {mine.Count} |");
        }
        Console.WriteLine($"families {families.Length} (creepy {families.Count(f => f.Creepy)}, clean {families.Count(f => !f.Creepy)}); frames {families.Sum(f => f.M.Length + f.R.Length)} (creepy {families.Where(f => f.Creepy).Sum(f => f.M.Length + f.R.Length)}, clean {families.Where(f => !f.Creepy).Sum(f => f.M.Length + f.R.Length)})");

        Console.WriteLine("\n| channel | creepy | clean |\n|---|---:|---:|");
        foreach (var g in items.GroupBy(i => i.Channel).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"| {g.Key} | {g.Count(i => i.Creepy)} | {g.Count(i => !i.Creepy)} |");
        Console.WriteLine("\n| register | creepy | clean |\n|---|---:|---:|");
        foreach (var g in items.GroupBy(i => i.Register).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"| {g.Key} | {g.Count(i => i.Creepy)} | {g.Count(i => !i.Creepy)} |");

        var exact = total - items.Select(i => i.Text).Distinct(StringComparer.Ordinal).Count();
        var folded = total - items.Select(i => i.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var ids = total - items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"\nduplicates: exact texts {exact}, case-insensitive texts {folded}, ids {ids}");

        var frames = items.GroupBy(i => i.Frame).Select(g => (Frame: g.Key, Count: g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.Frame, StringComparer.Ordinal).ToList();
        Console.WriteLine($"frames used {frames.Count}; max frame share {frames[0].Frame} {frames[0].Count} items = {Pct(frames[0].Count, total)} (limit 1%); smallest {frames[^1].Frame} {frames[^1].Count}");
        foreach (var f in frames.Take(5)) Console.WriteLine($"  {f.Frame}: {f.Count}");
        var topics = items.GroupBy(i => i.Topic).Count();
        Console.WriteLine($"topics {topics}");

        Console.WriteLine("\nsurface balance (creepy / clean), should be within a few points:");
        Console.WriteLine("\n| feature | all items: creepy | all items: clean | messages: creepy | messages: clean |\n|---|---:|---:|---:|---:|");
        Feature("second person (you, your, u, ur…)", i => YouRegex().IsMatch(i.Text));
        Feature("name or name placeholder", i => HasName(i.Text));
        Feature("digit", i => DigitRegex().IsMatch(i.Text));
        Feature("question mark", i => i.Text.Contains('?', StringComparison.Ordinal));
        Feature("any template placeholder", i => PlaceholderRegex().IsMatch(i.Text));
        Feature("HTML tag", i => i.Text.Contains("<p>", StringComparison.Ordinal));
        Feature("emoji register", i => i.Register == "emoji");
        Feature("SMS opt-out", i => i.Text.Contains("STOP", StringComparison.Ordinal));
        {
            string Mean(Func<CorpusItem, bool> f) => items.Where(f).Average(i => i.Text.Length).ToString("0", CultureInfo.InvariantCulture);
            Console.WriteLine($"| mean length (chars) | {Mean(i => i.Creepy)} | {Mean(i => !i.Creepy)} | {Mean(i => i.Creepy && i.Kind == "message")} | {Mean(i => !i.Creepy && i.Kind == "message")} |");
        }

        void Row(string name, IEnumerable<CorpusItem> set)
        {
            var list = set.ToList();
            Console.WriteLine($"| {name} | {list.Count(i => i.Kind == "message")} | {list.Count(i => i.Kind == "rationale")} | {list.Count} |");
        }

        void Feature(string name, Func<CorpusItem, bool> has)
        {
            var ca = items.Where(i => i.Creepy).ToList();
            var na = items.Where(i => !i.Creepy).ToList();
            var cm = ca.Where(i => i.Kind == "message").ToList();
            var nm = na.Where(i => i.Kind == "message").ToList();
            Console.WriteLine($"| {name} | {Pct(ca.Count(has), ca.Count)} | {Pct(na.Count(has), na.Count)} | {Pct(cm.Count(has), cm.Count)} | {Pct(nm.Count(has), nm.Count)} |");
        }
    }
}
