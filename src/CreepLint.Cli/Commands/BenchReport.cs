using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace CreepLint.Cli.Commands;

/// <summary>One timed measurement: a workload linted with a number of threads (the fastest of the passes).</summary>
/// <remarks>
/// CPU time is the process's, over the same pass: on a machine shared with other work, MB per CPU-second is the cost per
/// core, while MB/s also counts the time other processes held the cores.
/// </remarks>
internal sealed record BenchRun(
    string Workload,
    int Threads,
    int Messages,
    long Utf8Bytes,
    double Seconds,
    double MegabytesPerSecond,
    double MessagesPerSecond,
    double AllocatedBytesPerMessage,
    int Gen0Collections,
    double CpuSeconds,
    double MegabytesPerCpuSecond);

/// <summary>What <c>creeplint bench</c> prints: the machine, the corpus, one line per run, and memory.</summary>
internal sealed class BenchReport(string source, int cores, int rules, string engine, double buildMilliseconds)
{
    public List<BenchRun> Runs { get; } = [];

    public long PeakWorkingSetBytes { get; set; }

    public long GcHeapBytes { get; set; }

    public int CorpusMessages { get; set; }

    public long CorpusUtf8Bytes { get; set; }

    public void WriteText(TextWriter output)
    {
        var ci = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(ci, $"creeplint bench: {CorpusMessages:N0} messages, {CorpusUtf8Bytes / 1e6:F1} MB of message text from {source}"));
        output.WriteLine(string.Create(ci, $"machine: {cores} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}"));
        output.WriteLine(string.Create(ci, $"engine: {engine}, built in {buildMilliseconds:F1} ms (cold, includes JIT)"));
        output.WriteLine();
        output.WriteLine("workload  threads   messages       MB/s    messages/s   MB/cpu-s  cpu/wall  alloc B/msg  gen0");
        foreach (var r in Runs)
        {
            output.WriteLine(string.Create(ci, $"{r.Workload,-8}  {r.Threads,7}  {r.Messages,9:N0}  {r.MegabytesPerSecond,9:F1}  {r.MessagesPerSecond,12:N0}  {r.MegabytesPerCpuSecond,9:F1}  {r.CpuSeconds / r.Seconds,8:F2}  {r.AllocatedBytesPerMessage,11:F1}  {r.Gen0Collections,4}"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(ci, $"peak working set: {PeakWorkingSetBytes / 1e6:F1} MB (includes the corpus held in memory); GC heap at end: {GcHeapBytes / 1e6:F1} MB"));
        output.WriteLine("Workloads: short = one corpus row per message; long = rows joined into ~20 KB HTML emails. Fastest of the passes; MB = 10^6 bytes of UTF-8 message text.");
        output.WriteLine("MB/cpu-s divides by the process's CPU time, so it is the per-core cost even when other work shares the machine; cpu/wall near the thread count means every core was busy linting.");
    }

    public void WriteJson(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteNumber("cores", cores);
            json.WriteNumber("rules", rules);
            json.WriteString("engine", engine);
            json.WriteNumber("buildMilliseconds", Math.Round(buildMilliseconds, 2));
            json.WriteNumber("messages", CorpusMessages);
            json.WriteNumber("utf8Bytes", CorpusUtf8Bytes);
            json.WriteStartArray("runs");
            foreach (var r in Runs)
            {
                json.WriteStartObject();
                json.WriteString("workload", r.Workload);
                json.WriteNumber("threads", r.Threads);
                json.WriteNumber("messages", r.Messages);
                json.WriteNumber("utf8Bytes", r.Utf8Bytes);
                json.WriteNumber("seconds", r.Seconds);
                json.WriteNumber("megabytesPerSecond", Significant(r.MegabytesPerSecond));
                json.WriteNumber("messagesPerSecond", Math.Round(r.MessagesPerSecond));
                json.WriteNumber("allocatedBytesPerMessage", Math.Round(r.AllocatedBytesPerMessage, 2));
                json.WriteNumber("gen0Collections", r.Gen0Collections);
                json.WriteNumber("cpuSeconds", r.CpuSeconds);
                json.WriteNumber("megabytesPerCpuSecond", Significant(r.MegabytesPerCpuSecond));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("peakWorkingSetBytes", PeakWorkingSetBytes);
            json.WriteNumber("gcHeapBytes", GcHeapBytes);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// A rate to four significant digits: a tiny corpus on a busy machine runs at a few kilobytes a second, which two
    /// decimal places of megabytes would report as zero.
    /// </summary>
    private static double Significant(double value)
    {
        if (value <= 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        var digits = Math.Clamp(3 - (int)Math.Floor(Math.Log10(value)), 0, 15);
        return Math.Round(value, digits);
    }
}
