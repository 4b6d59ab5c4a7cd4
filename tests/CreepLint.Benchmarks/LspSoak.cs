using System.Diagnostics;
using System.Globalization;
using CreepLint.Cli.Lsp;
using CreepLint.Lsp.Tests.Support;

namespace CreepLint.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/CreepLint.Benchmarks -- lsp-soak [edits]</c>: the real <c>creeplint lsp</c>
/// process over stdio, a 2,000-line template open, then edits typed one at a time. Prints the time from sending each
/// change to receiving its diagnostics (the pause turned off, then with the default 150 ms pause), the server's resident
/// memory every 1,000 edits, and the managed heap of the same edit-and-lint loop in-process after a full collection.
/// </summary>
internal static class LspSoak
{
    private const int WarmUpEdits = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var folder = Path.Combine(Path.GetTempPath(), "creeplint-lsp-soak");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "newsletter.liquid");
        var uri = new Uri(path).AbsoluteUri;
        var template = LspTemplate.Build();
        Console.WriteLine($"template: {LspTemplate.Lines:N0} lines, {template.Length:N0} chars; {Environment.ProcessorCount} cores; {edits:N0} edits after {WarmUpEdits} to warm up");

        await using (var client = await LspClient.StartInitializedAsync(folder, debounceMs: 0))
        {
            await client.OpenAsync(uri, template);
            var findings = client.DiagnosticsFor(uri, 1).Count;
            Console.WriteLine($"open: {findings} diagnostics");
            var version = 1;
            for (var i = 0; i < WarmUpEdits; i++)
            {
                await EditAsync(client, uri, ++version);
            }

            var latencies = new double[edits];
            Console.WriteLine($"server RSS after warm-up: {Rss(client.Process):N1} MB");
            var cpuBefore = CpuSeconds(client.Process);
            for (var i = 0; i < edits; i++)
            {
                latencies[i] = await EditAsync(client, uri, ++version);
                if ((i + 1) % 1_000 == 0)
                {
                    Console.WriteLine($"  after {i + 1,6:N0} edits: server RSS {Rss(client.Process):N1} MB");
                }
            }

            Report("edit → diagnostics, no pause (debounceMs 0)", latencies);
            // CPU time does not grow when other processes compete for the cores; wall-clock latency does.
            Console.WriteLine($"server CPU per edit (user + system): {(CpuSeconds(client.Process) - cpuBefore) * 1000 / edits:N2} ms; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            await client.ShutdownAndExitAsync();
        }

        await using (var client = await LspClient.StartInitializedAsync(folder, debounceMs: LanguageServer.DefaultDebounceMilliseconds))
        {
            await client.OpenAsync(uri, template);
            client.DiagnosticsFor(uri, 1);
            var version = 1;
            for (var i = 0; i < 50; i++)
            {
                await EditAsync(client, uri, ++version);
            }

            var latencies = new double[100];
            for (var i = 0; i < latencies.Length; i++)
            {
                latencies[i] = await EditAsync(client, uri, ++version);
            }

            Report($"edit → diagnostics, default {LanguageServer.DefaultDebounceMilliseconds} ms pause", latencies);
            await client.ShutdownAndExitAsync();
        }

        InProcessHeap(path, uri, template, edits);
        return 0;
    }

    /// <summary>Types or deletes one character in the middle of the template and waits for that version's diagnostics; returns the milliseconds.</summary>
    private static async Task<double> EditAsync(LspClient client, string uri, int version)
    {
        var change = LspTemplate.Change(version);
        var range = change.Range!.Value;
        var started = Stopwatch.GetTimestamp();
        await client.EditAsync(uri, version, LspMessages.Range(range.Start.Line, range.Start.Character, range.End.Line, range.End.Character), change.Text);
        client.DiagnosticsFor(uri, version);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void InProcessHeap(string path, string uri, string template, int edits)
    {
        var linter = new DocumentLinter(Path.GetDirectoryName(path));
        var document = new TextDocument(uri, path, 1, template);
        Console.WriteLine("in-process edit + lint loop, managed heap after a full collection:");
        var cpu = TimeSpan.Zero;
        for (var i = 1; i <= edits + WarmUpEdits; i++)
        {
            var before = Environment.CpuUsage.TotalTime;
            document.Apply(i, [LspTemplate.Change(i)]);
            linter.Lint(uri, path, i, document.Text, CancellationToken.None);
            cpu += i > WarmUpEdits ? Environment.CpuUsage.TotalTime - before : TimeSpan.Zero;
            if (i == WarmUpEdits || (i > WarmUpEdits && (i - WarmUpEdits) % 1_000 == 0))
            {
                Console.WriteLine($"  after {i - WarmUpEdits,6:N0} edits: {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:N2} MB");
            }
        }

        Console.WriteLine($"in-process CPU per edit + lint: {cpu.TotalMilliseconds / edits:N2} ms");

        // What the engine alone costs on the template, and on it with the placeholders written out (where the time goes).
        var engine = linter.ProjectFor(path).Engines!.Default;
        var plain = template.Replace("{{ first_name }}", "there", StringComparison.Ordinal);
        Console.WriteLine($"engine alone: {EngineCpu(engine, template):N2} ms CPU; with {{{{ first_name }}}} written as 'there': {EngineCpu(engine, plain):N2} ms CPU");
    }

    private static double EngineCpu(CreepLintEngine engine, string text)
    {
        const int runs = 200;
        for (var i = 0; i < runs; i++)
        {
            engine.Lint(new LintRequest(text));
        }

        var before = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < runs; i++)
        {
            engine.Lint(new LintRequest(text));
        }

        return (Environment.CpuUsage.TotalTime - before).TotalMilliseconds / runs;
    }

    private static void Report(string what, double[] milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        Console.WriteLine($"{what}, {sorted.Length:N0} edits: median {At(0.5):N1} ms, p90 {At(0.9):N1} ms, p99 {At(0.99):N1} ms, max {sorted[^1]:N1} ms, mean {sorted.Average():N1} ms");
    }

    /// <summary>The process's user + system CPU seconds (Linux /proc, 100 ticks a second; 0 elsewhere).</summary>
    private static double CpuSeconds(Process process)
    {
        var stat = $"/proc/{process.Id}/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }

        var fields = File.ReadAllText(stat).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>The process's resident set in MB (Linux /proc; 0 elsewhere).</summary>
    private static double Rss(Process process)
    {
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
