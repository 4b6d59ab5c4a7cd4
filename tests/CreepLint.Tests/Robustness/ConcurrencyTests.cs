using System.Text.Json;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// One engine shared by many threads gives every thread the results one thread gets; batches keep input order; two
/// independently built engines produce byte-identical results (everything JSON and SARIF reports are made of).
/// </summary>
public sealed class ConcurrencyTests
{
    private static readonly Lazy<LintRequest[]> s_requests = new(LoadRequests);

    private static LintRequest[] Requests => s_requests.Value;

    [Test]
    public void Many_threads_sharing_one_engine_get_the_single_thread_results()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();
        var expected = Requests.Select(r => Canonical.Of(engine.Lint(r))).ToArray();
        const int threads = 8;
        var mismatches = new int[threads];
        HangGuard.Within(() =>
        {
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                // Each thread walks the inputs in its own order, so threads interleave on different messages.
                var order = Enumerable.Range(0, Requests.Length).OrderBy(i => (i * (t + 7)) % 1009).ThenBy(i => i).ToArray();
                foreach (var i in order)
                {
                    if (Canonical.Of(engine.Lint(Requests[i])) != expected[i])
                    {
                        Interlocked.Increment(ref mismatches[t]);
                    }
                }
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
            return 0;
        }, "eight threads linting together");
        Assert.That(mismatches, Is.All.Zero);
    }

    [Test]
    public void Batch_results_are_in_input_order_at_every_degree_of_parallelism()
    {
        var engine = CreepLintEngine.Default;
        var expected = Requests.Select(r => Canonical.Of(engine.Lint(r))).ToArray();
        foreach (var degree in new[] { 1, 2, 4, -1 })
        {
            var batch = HangGuard.Within(() => engine.LintBatch(Requests, degree), $"a batch at parallelism {degree}");
            Assert.That(batch.Select(Canonical.Of), Is.EqualTo(expected), $"parallelism {degree}");
        }
    }

    [Test]
    public void Two_independently_built_engines_give_byte_identical_results()
    {
        var first = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();
        var second = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();
        var a = string.Join('\n', Requests.Select(r => Canonical.Of(first.Lint(r))));
        var b = string.Join('\n', Requests.Select(r => Canonical.Of(second.Lint(r))));
        Assert.Multiple(() =>
        {
            Assert.That(b, Is.EqualTo(a));
            Assert.That(second.Rules.Select(r => r.Id), Is.EqualTo(first.Rules.Select(r => r.Id)));
            Assert.That(a, Does.Contain("CL1001"), "the inputs exercise real findings");
        });
    }

    [Test]
    public void A_cancelled_batch_stops_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(() => CreepLintEngine.Default.LintBatch(Requests, cancellationToken: cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    /// <summary>Rule examples, evasion variants and their plain forms: clean, creepy, HTML and disguised text.</summary>
    private static LintRequest[] LoadRequests()
    {
        var examples = CreepLintEngine.Default.Rules.SelectMany(r => r.BadExamples.Concat(r.GoodExamples)).Select(e => new LintRequest(e.Text, e.Kind));
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Robustness", "evasion.jsonl");
        var evasion = File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement).SelectMany(e => new[]
        {
            new LintRequest(e.GetProperty("variant").GetString()!),
            new LintRequest(e.GetProperty("plain").GetString()!, MessageKind.Rationale),
        });
        return [.. examples.Concat(evasion)];
    }
}
