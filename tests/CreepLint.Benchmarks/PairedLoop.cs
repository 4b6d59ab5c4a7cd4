using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace CreepLint.Benchmarks;

/// <summary>
/// Two builds of the library in one process, each in its own load context, linting the same messages in alternating
/// slices of a few dozen milliseconds on one thread, timed by the thread's CPU clock: on a shared machine, load that
/// comes and goes falls on both builds alike, where separate runs of a few seconds each drift by a tenth or more.
/// </summary>
/// <remarks>
/// <c>short-loop CORPUS.jsonl [seconds] --paired DIR_A DIR_B</c>: each directory holds a build's <c>CreepLint.dll</c> (a
/// <c>bin/Release/net10.0</c> folder). Prints each build's messages per CPU-second, the ratio B/A of the totals and the
/// median of the per-slice ratios, and each build's sum of scores (equal when the builds lint alike). With
/// <c>--no-model</c> each build lints with rules alone (<c>WithoutModel()</c>), else with
/// <c>CreepLintEngine.Default</c>.
/// </remarks>
internal static partial class PairedLoop
{
    /// <summary>Messages per slice: about 50 ms of linting, long enough for the clock, short enough to interleave finely.</summary>
    private const int SliceMessages = 16_384;

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static int Run(string[] messages, double seconds, string dirA, string dirB, bool noModel = false)
    {
        var builds = new[] { Load(dirA, noModel), Load(dirB, noModel) };
        var sums = builds.Select(b => b(messages, 0, messages.Length)).ToArray(); // Warm-up, and the score sums.
        for (var w = 0; w < 2; w++)
        {
            foreach (var build in builds)
            {
                build(messages, 0, messages.Length);
            }
        }

        var cpu = new double[2];
        var linted = new long[2];
        var ratios = new List<double>();
        var wall = Stopwatch.StartNew();
        for (var slice = 0; wall.Elapsed.TotalSeconds < seconds; slice++)
        {
            var from = (slice * SliceMessages) % messages.Length;
            var to = Math.Min(from + SliceMessages, messages.Length);
            var times = new double[2];
            for (var k = 0; k < 2; k++)
            {
                var b = (slice + k) & 1; // A first in even slices, B first in odd ones.
                var start = ThreadCpu();
                builds[b](messages, from, to);
                times[b] = ThreadCpu() - start;
                cpu[b] += times[b];
                linted[b] += to - from;
            }

            ratios.Add(times[0] / times[1]);
        }

        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A {dirA}: {linted[0] / cpu[0]:F0} msg/cpu-s; B {dirB}: {linted[1] / cpu[1]:F0} msg/cpu-s; " +
            $"B/A {cpu[0] / cpu[1]:F4} (median of {ratios.Count} slices {ratios[ratios.Count / 2]:F4}); score sums {sums[0]} {sums[1]}"));
        return 0;
    }

    /// <summary>A build's <c>CreepLintEngine.Default</c> (or, with <paramref name="noModel"/>, an engine built without the model),
    /// as a compiled loop that lints messages [from, to) and sums their scores.</summary>
    private static Func<string[], int, int, long> Load(string directory, bool noModel)
    {
        var context = new BuildContext(Path.GetFullPath(directory));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(directory), "CreepLint.dll"));
        var engineType = assembly.GetType("CreepLint.CreepLintEngine", throwOnError: true)!;
        var kindType = assembly.GetType("CreepLint.MessageKind", throwOnError: true)!;
        var formatType = assembly.GetType("CreepLint.TextFormat", throwOnError: true)!;
        var engine = noModel ? WithoutModel(engineType) : engineType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var lint = engineType.GetMethod("Lint", [typeof(string), kindType, formatType])!;

        var texts = Expression.Parameter(typeof(string[]), "texts");
        var from = Expression.Parameter(typeof(int), "from");
        var to = Expression.Parameter(typeof(int), "to");
        var i = Expression.Variable(typeof(int), "i");
        var sum = Expression.Variable(typeof(long), "sum");
        var end = Expression.Label(typeof(long));
        var call = Expression.Call(Expression.Constant(engine, engineType), lint, Expression.ArrayIndex(texts, i),
            Expression.Constant(Enum.ToObject(kindType, 0), kindType), Expression.Constant(Enum.ToObject(formatType, 0), formatType));
        var body = Expression.Block(
            [i, sum],
            Expression.Assign(i, from),
            Expression.Assign(sum, Expression.Constant(0L)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, to),
                    Expression.Block(
                        Expression.AddAssign(sum, Expression.Convert(Expression.Property(call, "Score"), typeof(long))),
                        Expression.PostIncrementAssign(i)),
                    Expression.Break(end, sum)),
                end));
        return Expression.Lambda<Func<string[], int, int, long>>(body, texts, from, to).Compile();
    }

    /// <summary>The build's <c>CreepLintEngine.CreateBuilder().WithoutModel().Build()</c>.</summary>
    private static object WithoutModel(Type engineType)
    {
        var builder = engineType.GetMethod("CreateBuilder", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        builder = builder.GetType().GetMethod("WithoutModel", Type.EmptyTypes)!.Invoke(builder, null)!;
        return builder.GetType().GetMethod("Build", Type.EmptyTypes)!.Invoke(builder, null)!;
    }

    private static double ThreadCpu()
    {
        _ = ClockGetTime(ThreadCpuClock, out var time);
        return time.Seconds + (time.Nanoseconds / 1e9);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>Loads a build's assemblies from its directory, and everything else (the framework) from the default context.</summary>
    private sealed class BuildContext(string directory) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) && name.Name != "System.Runtime" ? LoadFromAssemblyPath(path) : null;
        }
    }
}
