using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace CreepLint.Cli.Commands;

/// <summary>
/// <c>creeplint bench</c>: in-process throughput of the engine on a large corpus, single-threaded and with every core,
/// with peak memory. Speeds depend on the machine; the report says which machine it ran on.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Where the SMS corpus lives relative to a checkout of the repository (the shared folder sits beside it).</summary>
    internal const string DefaultCorpus = "../shared/corpora/sms-spam-collection.tsv";

    /// <summary>Size of one synthetic long HTML email: a large real-world newsletter.</summary>
    private const int LongMessageBytes = 20 * 1024;

    /// <summary>Largest corpus the harness builds in memory; the bench holds every message at once.</summary>
    private const int MaxSizeMegabytes = 512;

    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i") { Description = "A JSONL corpus ({\"text\": …} per line) to time instead of the generated one." };
        var corpus = new Option<string>("--corpus")
        {
            Description = "The tab-separated SMS corpus (label<TAB>text) repeated to build the generated corpus.",
            DefaultValueFactory = _ => DefaultCorpus,
        };
        var size = new Option<double>("--size-mb")
        {
            Description = "Size in MB of the generated JSONL corpus.",
            DefaultValueFactory = _ => 20,
        }.Number(0, MaxSizeMegabytes, minExclusive: true);
        var passes = new Option<int>("--passes")
        {
            Description = "Timed passes per measurement; the fastest is reported (the others absorb GC and scheduler noise).",
            DefaultValueFactory = _ => 3,
        }.WholeNumber(1, 100);
        var writeCorpus = new Option<string?>("--write-corpus") { Description = "Also write the generated corpus to this JSONL file (for timing 'creeplint lint' end to end)." };
        var format = new Option<string>("--format", "-f") { Description = "Report format: text or json.", DefaultValueFactory = _ => "text" };
        format.OneOf("text", "json");

        var common = new CommonOptions();
        var command = new Command("bench", "Measure in-process lint throughput (MB/s, messages/s) and peak memory on one core and on all cores, " +
            "with the engine 'creeplint lint' would build here (configuration, rules and model; --no-model for rules alone).")
        {
            input, corpus, size, passes, writeCorpus, format,
        };
        foreach (var option in common.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var sizeMb = parse.GetValue(size);
            if (sizeMb is <= 0 or > MaxSizeMegabytes)
            {
                throw new UsageException($"--size-mb must be between 0 and {MaxSizeMegabytes}; got {sizeMb.ToString(CultureInfo.InvariantCulture)}");
            }

            var passCount = parse.GetValue(passes);
            if (passCount is < 1 or > 100)
            {
                throw new UsageException($"--passes must be between 1 and 100; got {passCount}");
            }

            var config = RunSetup.LoadConfig(parse, common, null, context);
            if (parse.GetValue(writeCorpus) is { } corpusTarget)
            {
                Outputs.OutputGuard.Check(Path.GetFullPath(corpusTarget),
                    RunSetup.InputFiles(config, [], context.WorkingDirectory).Append(parse.GetValue(input)).Append(parse.GetValue(corpus)), "the corpus");
            }

            var buildClock = Stopwatch.StartNew();
            var (engine, _) = RunSetup.BuildEngine(config);
            var buildMs = buildClock.Elapsed.TotalMilliseconds;
            var description = string.Join(", ", new[]
            {
                config.DefaultRules ? "default pack" : null,
                config.RuleDirectories.Count > 0 ? $"rules from {string.Join(", ", config.RuleDirectories)}" : null,
                $"{engine.Rules.Length} rules",
                !config.Model ? "no model" : config.ModelFile is { } file ? $"model {file}" : "default model",
            }.OfType<string>());

            var inputPath = parse.GetValue(input);
            var (shortMessages, source) = inputPath is null
                ? (Generate(parse.GetValue(corpus)!, (long)(sizeMb * 1_000_000)), parse.GetValue(corpus)!)
                : (ReadJsonLines(inputPath), inputPath);
            if (parse.GetValue(writeCorpus) is { } target)
            {
                WriteJsonLines(target, shortMessages);
            }

            var longMessages = JoinIntoEmails(shortMessages);
            var report = new BenchReport(source, Environment.ProcessorCount, engine.Rules.Length, description, buildMs);
            foreach (var (name, messages) in new[] { ("short", shortMessages), ("long", longMessages) })
            {
                var workload = new Workload(name, messages);
                report.Runs.Add(Measure(engine, workload, 1, passCount));
                report.Runs.Add(Measure(engine, workload, Environment.ProcessorCount, passCount));
            }

            report.PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64;
            report.GcHeapBytes = GC.GetGCMemoryInfo().HeapSizeBytes;
            report.CorpusMessages = shortMessages.Length;
            report.CorpusUtf8Bytes = new Workload("short", shortMessages).Utf8Bytes;
            if (parse.GetValue(format) == "json")
            {
                report.WriteJson(context.Out);
            }
            else
            {
                report.WriteText(context.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static BenchRun Measure(CreepLintEngine engine, Workload workload, int threads, int passes)
    {
        var messages = workload.Messages;
        Run(engine, messages, threads); // Warm-up: JIT tiers, per-thread scratch, folding caches.
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.Zero;
        long allocated = 0;
        var gen0 = GC.CollectionCount(0);
        using var process = Process.GetCurrentProcess();
        for (var p = 0; p < passes; p++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            Run(engine, messages, threads);
            var elapsed = Stopwatch.GetElapsedTime(start);
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            if (elapsed < best)
            {
                best = elapsed;
                bestCpu = cpu;
            }
        }

        var seconds = Math.Max(best.TotalSeconds, 1e-9);
        var cpuSeconds = Math.Max(bestCpu.TotalSeconds, 1e-9);
        return new BenchRun(workload.Name, threads, messages.Length, workload.Utf8Bytes, seconds,
            workload.Utf8Bytes / 1_000_000.0 / seconds, messages.Length / seconds,
            (double)allocated / passes / Math.Max(1, messages.Length), GC.CollectionCount(0) - gen0,
            cpuSeconds, workload.Utf8Bytes / 1_000_000.0 / cpuSeconds);
    }

    private static void Run(CreepLintEngine engine, string[] messages, int threads)
    {
        if (threads == 1)
        {
            foreach (var message in messages)
            {
                _ = engine.Lint(message);
            }

            return;
        }

        // Contiguous ranges per worker: the same shape as LintBatch, without keeping every result alive.
        var chunk = Math.Max(16, messages.Length / (threads * 8));
        Parallel.For(0, (messages.Length + chunk - 1) / chunk, new ParallelOptions { MaxDegreeOfParallelism = threads }, c =>
        {
            var end = Math.Min(messages.Length, (c + 1) * chunk);
            for (var i = c * chunk; i < end; i++)
            {
                _ = engine.Lint(messages[i]);
            }
        });
    }

    /// <summary>Repeats the corpus's rows until their JSONL encoding reaches <paramref name="targetBytes"/>.</summary>
    internal static string[] Generate(string corpusPath, long targetBytes)
    {
        string[] rows;
        try
        {
            rows = [.. File.ReadLines(corpusPath, Encoding.UTF8).Skip(1).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2 && p[1].Length > 0).Select(p => p[1])];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{corpusPath}: cannot read the corpus ({ex.Message}); pass --corpus with the SMS corpus or --input with a JSONL file");
        }

        if (rows.Length == 0)
        {
            throw new UsageException($"{corpusPath}:1:1: the corpus has no 'label<TAB>text' rows after its header; pass --corpus with the SMS corpus or --input with a JSONL file");
        }

        var messages = new List<string>();
        long bytes = 0;
        for (var i = 0; bytes < targetBytes; i++)
        {
            var text = rows[i % rows.Length];
            messages.Add(text);
            bytes += JsonLineBytes(i, text);
        }

        return [.. messages];
    }

    // The escaped text as the corpus writer's Utf8JsonWriter writes it (the same default encoder), plus its two quotes.
    private static long JsonLineBytes(int id, string text) =>
        JsonEncodedText.Encode(text).EncodedUtf8Bytes.Length + 2 + 20 + id.ToString(CultureInfo.InvariantCulture).Length;

    private static string[] ReadJsonLines(string path)
    {
        var messages = new List<string>();
        var lineNumber = 0;
        try
        {
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                {
                    throw new UsageException($"{path}:{lineNumber}:1: each line must be a JSON object with a string \"text\"");
                }

                messages.Add(text.GetString()!);
            }
        }
        catch (JsonException ex)
        {
            throw new UsageException($"{path}:{lineNumber}:{(ex.BytePositionInLine ?? 0) + 1}: invalid JSON; each line must be a JSON object with a string \"text\"");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot be read ({ex.Message}); check the path given to --input");
        }

        if (messages.Count == 0)
        {
            throw new UsageException($"{path}:1:1: no messages to time; the file needs at least one {{\"text\": …}} line");
        }

        return [.. messages];
    }

    private static void WriteJsonLines(string path, string[] messages)
    {
        try
        {
            Outputs.AtomicFile.Write(path, stream =>
            {
                using var json = new Utf8JsonWriter(stream);
                for (var i = 0; i < messages.Length; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("id", i.ToString(CultureInfo.InvariantCulture));
                    json.WriteString("text", messages[i]);
                    json.WriteEndObject();
                    json.Flush();
                    stream.WriteByte((byte)'\n');
                    json.Reset();
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot be written ({ex.Message}); check the path given to --write-corpus");
        }
    }

    /// <summary>Groups consecutive messages into ~20 KB HTML emails, one paragraph per message.</summary>
    private static string[] JoinIntoEmails(string[] messages)
    {
        var emails = new List<string>();
        var sb = new StringBuilder(LongMessageBytes + 1024);
        foreach (var message in messages)
        {
            if (sb.Length == 0)
            {
                sb.Append("<!DOCTYPE html><html><head><style>p{margin:0 0 12px}</style></head><body><table><tr><td>\n");
            }

            sb.Append("<p>").Append(WebUtility.HtmlEncode(message)).Append("</p>\n");
            if (sb.Length >= LongMessageBytes)
            {
                emails.Add(sb.Append("</td></tr></table></body></html>").ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            emails.Add(sb.Append("</td></tr></table></body></html>").ToString());
        }

        return [.. emails];
    }

    private sealed class Workload(string name, string[] messages)
    {
        public string Name { get; } = name;

        public string[] Messages { get; } = messages;

        public long Utf8Bytes { get; } = messages.Sum(m => (long)Encoding.UTF8.GetByteCount(m));
    }
}
