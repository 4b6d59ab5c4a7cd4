using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using CreepLint.Language;
using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Benchmarks;

/// <summary>
/// A stopwatch loop over short messages on one thread, for profilers (<c>perf record</c>) and paired before/after runs:
/// the per-message cost of the library on the SMS corpus, without BenchmarkDotNet's process and without the CLI.
/// </summary>
/// <remarks>
/// <c>short-loop CORPUS.jsonl [seconds] [--no-model] [--phases] [--identify] [--unheard] [--passes N] [--paired DIR_A DIR_B]</c>: reads the <c>text</c> of every line (as <c>bench --write-corpus</c>
/// writes it), lints them all once to warm up, then lints them over and over for the given time (default 10 s) and prints
/// the median pass in ns per message, messages per CPU-second, a checksum of the scores and one of the languages (to
/// compare builds). <c>--identify</c> times language identification alone and counts how the messages were identified;
/// <c>--unheard</c> counts the messages the model cannot speak on and times what scoring them would cost.
/// </remarks>
internal static class ShortLoop
{
    /// <summary>With <c>--passes N</c>, exactly N timed passes (the same work in every run, for profilers) instead of a time.</summary>
    private static int s_passes;

    private static bool More(Stopwatch wall, double seconds, int done) =>
        s_passes > 0 ? done < s_passes : wall.Elapsed.TotalSeconds < seconds || done == 0;

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: short-loop CORPUS.jsonl [seconds] [--no-model] [--phases] [--identify] [--unheard] [--passes N] [--paired DIR_A DIR_B]");
            return 2;
        }

        var seconds = args.Length > 2 && double.TryParse(args[2], CultureInfo.InvariantCulture, out var s) ? s : 10;
        var at = Array.IndexOf(args, "--passes");
        s_passes = at > 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 0;
        var engine = args.Contains("--no-model") ? CreepLintEngine.CreateBuilder().WithoutModel().Build() : CreepLintEngine.Default;
        var messages = File.ReadLines(args[1]).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToArray();

        if (args.Contains("--phases"))
        {
            Phases(engine, messages, seconds);
            return 0;
        }

        var paired = Array.IndexOf(args, "--paired");
        if (paired > 0 && paired + 2 < args.Length)
        {
            return PairedLoop.Run(messages, seconds, args[paired + 1], args[paired + 2], args.Contains("--no-model"));
        }

        if (args.Contains("--unheard"))
        {
            Unheard(engine, messages, seconds);
            return 0;
        }

        if (args.Contains("--identify"))
        {
            Identification(messages, seconds);
            return 0;
        }

        var (checksum, languages) = Checksum(engine, messages);
        var passes = new List<double>();
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        while (More(wall, seconds, passes.Count))
        {
            var pass = Stopwatch.StartNew();
            Pass(engine, messages);
            passes.Add(pass.Elapsed.TotalNanoseconds / messages.Length);
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
        passes.Sort();
        var linted = (double)passes.Count * messages.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{messages.Length} messages x {passes.Count} passes: median {passes[passes.Count / 2]:F0} ns/msg, best {passes[0]:F0}; {linted / cpu:F0} msg/cpu-s; checksum {checksum:x16}, languages {languages:x16}"));
        return 0;
    }

    /// <summary>
    /// Cumulative phases of a lint over the corpus, alternated pass by pass: extract; + tokenise; + scan; + index hits
    /// and evaluate the rules; + the whole lint (model and result). The differences are each phase's cost per message.
    /// </summary>
    private static void Phases(CreepLintEngine engine, string[] messages, double seconds)
    {
        var rules = engine.RuleSet;
        var phases = new (string Name, Action<string> Run)[]
        {
            ("extract", text => MatchUpTo(rules, text, 1)),
            ("+ tokenize", text => MatchUpTo(rules, text, 2)),
            ("+ scan", text => MatchUpTo(rules, text, 3)),
            ("+ rules (match)", text =>
            {
                var scratch = LintScratch.Current;
                scratch.Begin(rules.SetCount, rules.Rules.Length);
                MessageMatcher.Match(rules, scratch, text, MessageKind.Message, TextFormat.Auto);
                scratch.End();
            }),
            ("+ findings, model, result", text => engine.Lint(text)),
        };
        TimePhases([.. phases.Select(p => p.Name)], seconds, messages.Length, p =>
        {
            var run = phases[p].Run;
            foreach (var message in messages)
            {
                run(message);
            }
        });
    }

    /// <summary>
    /// Language identification alone: extract and tokenise, then the same plus identification, alternated pass by pass;
    /// the difference is what identification costs a message. Also counts how the messages were decided.
    /// </summary>
    private static void Identification(string[] messages, double seconds)
    {
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        var fast = 0;
        foreach (var message in messages)
        {
            var scratch = LintScratch.Current;
            scratch.Begin(0, 0);
            MessageMatcher.Prepare(scratch, message, TextFormat.Auto);
            var folded = scratch.Buffer.Chars.AsSpan(0, scratch.Buffer.Length);
            var tokens = CollectionsMarshal.AsSpan(scratch.Tokens);
            fast += EnglishWords.Decide(folded, tokens) ? 1 : 0;
            var language = LanguageIdentifier.Identify(folded, tokens, message);
            languages[language] = languages.GetValueOrDefault(language) + 1;
            scratch.End();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{messages.Length} messages: {fast} decided by the fast path; {string.Join(", ", languages.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}"));
        var phases = new (string Name, bool Identify)[] { ("extract + tokenize", false), ("+ identify", true) };
        var sink = 0;
        TimePhases([.. phases.Select(p => p.Name)], seconds, messages.Length, p =>
        {
            foreach (var message in messages)
            {
                var scratch = LintScratch.Current;
                scratch.Begin(0, 0);
                MessageMatcher.Prepare(scratch, message, TextFormat.Auto);
                if (phases[p].Identify)
                {
                    sink += LanguageIdentifier.Identify(scratch.Buffer.Chars.AsSpan(0, scratch.Buffer.Length), CollectionsMarshal.AsSpan(scratch.Tokens), message).Length;
                }

                scratch.End();
            }
        });
        GC.KeepAlive(sink);
    }

    /// <summary>
    /// How many messages the model could not speak on (no rule finding counts and no sentence is shaped like a claim about
    /// the reader), and what its prediction costs on those: the matching alone, then with the prediction, alternated pass
    /// by pass over those messages.
    /// </summary>
    private static void Unheard(CreepLintEngine engine, string[] messages, double seconds)
    {
        var rules = engine.RuleSet;
        var scorer = engine.Scorer!;
        var unheard = messages.Where(text => CreepLintEngine.IdentifyLanguage(text) == rules.Language).Where(text =>
        {
            var scratch = LintScratch.Current;
            scratch.Begin(rules.SetCount, rules.Rules.Length);
            MessageMatcher.Match(rules, scratch, text, MessageKind.Message, TextFormat.Auto);
            var alone = !Scoring.MessageScore.HasRuleEvidence(Scoring.ResultBuilder.Findings(rules, scratch, text).AsSpan());
            var skip = alone && !Model.SentenceRoles.IsGrounded(new Model.ScoringInput(scratch, rules, text, MessageKind.Message));
            scratch.End();
            return skip;
        }).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{messages.Length} messages: {unheard.Length} ({100.0 * unheard.Length / messages.Length:F1} %) alone and not grounded"));
        var phases = new (string Name, int Steps)[] { ("match", 0), ("+ grounding test", 1), ("+ predict", 2) };
        var sink = 0.0;
        TimePhases([.. phases.Select(p => p.Name)], seconds, unheard.Length, p =>
        {
            foreach (var text in unheard)
            {
                var scratch = LintScratch.Current;
                scratch.Begin(rules.SetCount, rules.Rules.Length);
                MessageMatcher.Match(rules, scratch, text, MessageKind.Message, TextFormat.Auto);
                var input = new Model.ScoringInput(scratch, rules, text, MessageKind.Message);
                sink += phases[p].Steps > 0 && Model.SentenceRoles.IsGrounded(input) ? 1 : 0;
                sink += phases[p].Steps > 1 ? scorer.Predict(input) : 0;
                scratch.End();
            }
        });
        GC.KeepAlive(sink);
    }

    /// <summary>Runs <paramref name="pass"/> for each phase in turn, pass after pass, for the given time (or
    /// <c>--passes</c>), and prints each phase's median per message and its difference from the phase before.</summary>
    private static void TimePhases(string[] names, double seconds, int messages, Action<int> pass)
    {
        var times = names.Select(_ => new List<double>()).ToArray();
        var wall = Stopwatch.StartNew();
        while (More(wall, seconds, times[0].Count))
        {
            for (var p = 0; p < names.Length; p++)
            {
                var watch = Stopwatch.StartNew();
                pass(p);
                times[p].Add(watch.Elapsed.TotalNanoseconds / messages);
            }
        }

        PrintPhases(names, times);
    }

    private static void PrintPhases(string[] names, List<double>[] times)
    {
        var previous = 0.0;
        for (var p = 0; p < names.Length; p++)
        {
            times[p].Sort();
            var median = times[p][times[p].Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{names[p],-28} median {median,6:F0} ns/msg (best {times[p][0],6:F0}), this phase {median - previous,6:F0} ns"));
            previous = median;
        }
    }

    /// <summary>The first <paramref name="steps"/> steps of matching: extract, then tokenise, then scan.</summary>
    private static void MatchUpTo(CompiledRuleSet rules, string text, int steps)
    {
        var scratch = LintScratch.Current;
        scratch.Begin(rules.SetCount, rules.Rules.Length);
        TextExtractor.Extract(text, text.Length, TextExtractor.LooksLikeHtml(text), scratch.Buffer);
        if (steps > 1)
        {
            Tokenizer.Tokenize(scratch.Buffer, text, scratch.Tokens, scratch.Questions);
        }

        if (steps > 2)
        {
            rules.Table.Scan(scratch.Buffer.Chars, scratch.Tokens, scratch.Match, scratch.Hits, text);
        }

        scratch.End();
    }

    private static int Pass(CreepLintEngine engine, string[] messages)
    {
        var findings = 0;
        foreach (var message in messages)
        {
            findings += engine.Lint(message).Findings.Length;
        }

        return findings;
    }

    /// <summary>A hash of every result's score, verdict, model opinion and findings, and one of every result's language:
    /// equal across builds that lint alike.</summary>
    private static (ulong Results, ulong Languages) Checksum(CreepLintEngine engine, string[] messages)
    {
        var hash = 14695981039346656037UL;
        var languages = hash;
        foreach (var message in messages)
        {
            var result = engine.Lint(message);
            var line = string.Create(CultureInfo.InvariantCulture, $"{result.Score:R}|{result.Verdict}|{result.Model?.Probability:R}|");
            foreach (var f in result.Findings)
            {
                line += string.Create(CultureInfo.InvariantCulture, $"{f.RuleId}@{f.Offset}+{f.Length}:{f.Score:R}:{f.Message}:{f.Suggestion};");
            }

            foreach (var c in line)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            foreach (var c in result.Language + "|")
            {
                languages = (languages ^ c) * 1099511628211UL;
            }
        }

        return (hash, languages);
    }
}
