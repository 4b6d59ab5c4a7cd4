using System.Globalization;
using System.Text;
using System.Text.Json;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Pipeline;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>The streaming pipeline: JSON Lines cut into chunks, linted on several threads, reported in input order.</summary>
public sealed class PipelineTests
{
    [TestCase(8)]
    [TestCase(64)]
    [TestCase(1024)]
    [TestCase(JsonLinesReader.ChunkBytes)]
    public void Chunks_hold_whole_lines_numbered_across_chunks(int chunkBytes)
    {
        var lines = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            lines.Add(i % 37 == 5 ? string.Empty : $"{{\"id\": \"{i}\", \"text\": \"{new string('x', i % 50)} line {i}\"}}");
        }

        // A byte order mark, LF and CRLF line ends, and no line end after the last line.
        var content = "\uFEFF" + string.Concat(lines.Select((l, i) => l + (i % 3 == 0 ? "\r\n" : "\n")))[..^1];
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var seen = new List<(int Line, string? Id, string Text)>();
        foreach (var chunk in JsonLinesReader.ReadChunks(stream, null, "m.jsonl", new ProblemSink(), chunkBytes))
        {
            foreach (var line in chunk)
            {
                if (JsonLinesReader.TryParse(line.Bytes, line.Number, "m.jsonl", out var record, out var problem))
                {
                    seen.Add((line.Number, record.Id, record.Text));
                }
                else
                {
                    Assert.That(problem, Is.Null, "only blank lines are skipped");
                }
            }

            chunk.Release();
        }

        var expected = lines.Select((l, i) => (Line: i + 1, Id: (string?)i.ToString(CultureInfo.InvariantCulture), Text: $"{new string('x', i % 50)} line {i}"))
            .Where(e => lines[e.Line - 1].Length > 0);
        Assert.That(seen, Is.EqualTo(expected));
    }

    [Test]
    public void Every_thread_count_writes_the_same_report_as_one_thread()
    {
        using var repo = CorpusRepo();
        var reports = new[] { "1", "2", "3", "8" }.Select(threads => repo.Run("lint", ".", "--format", "json", "--threads", threads)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reports[0].ExitCode, Is.Not.EqualTo(ExitCodes.UsageOrConfig), reports[0].ToString());
            Assert.That(JsonDocument.Parse(reports[0].Out).RootElement.GetProperty("summary").GetProperty("messages").GetInt32(), Is.EqualTo(6003));
            foreach (var report in reports.Skip(1))
            {
                Assert.That(report.Out, Is.EqualTo(reports[0].Out));
                Assert.That(report.ExitCode, Is.EqualTo(reports[0].ExitCode));
            }
        });
    }

    [Test]
    public void Problems_are_listed_in_input_order_then_unused_suppressions()
    {
        using var repo = CorpusRepo();
        foreach (var threads in new[] { "1", "2" })
        {
            var report = JsonDocument.Parse(repo.Run("lint", ".", "--format", "json", "--threads", threads).Out).RootElement;
            var problems = report.GetProperty("problems").EnumerateArray()
                .Select(p => $"{p.GetProperty("source").GetString()}:{p.GetProperty("line").GetInt32()} {p.GetProperty("code").GetString()}").ToList();
            Assert.That(problems, Is.EqualTo(new[]
            {
                "b.jsonl:2 CL0204", "b.jsonl:2503 CL0204", "b.jsonl:5004 CL0204", "c.json:1 CL0204", "d.jsonl:2 CL0204",
                "a.html:1 CL0302", "e.html:1 CL0302",
            }), $"--threads {threads}");
        }
    }

    [Test]
    public void Findings_behind_json_escapes_are_positioned_on_every_thread_count()
    {
        const string line = "{\"id\": \"x\", \"text\": \"Caf\\u00e9 \\\"news\\\": You're expecting!\"}\n";
        using var repo = new TempRepo().Write("m.jsonl", string.Concat(Enumerable.Repeat(line, 3000)));
        var positions = new[] { "1", "2" }.Select(threads =>
        {
            var report = JsonDocument.Parse(repo.Run("lint", "m.jsonl", "--format", "json", "--threads", threads).Out).RootElement;
            return report.GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "CL1001"))
                .Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32())).ToList();
        }).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(positions[0], Is.EqualTo(Enumerable.Range(1, 3000).Select(i => (i, 42))));
            Assert.That(positions[1], Is.EqualTo(positions[0]));
        });
    }

    [Test]
    public void A_reading_failure_reaches_the_caller_after_the_batches_read_before_it()
    {
        var linted = new List<string>();
        var ex = Assert.Throws<IOException>(() =>
        {
            foreach (var batch in LintPipeline.Run(EngineSet.Single(CreepLintEngine.Default), FailingInput(1000), new ProblemSink(), threads: 2))
            {
                linted.AddRange(batch.Results.Select(r => r.Item.Id!));
            }
        });
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("disk gone"));
            Assert.That(linted, Is.EqualTo(Enumerable.Range(0, linted.Count).Select(i => i.ToString(CultureInfo.InvariantCulture))));
            Assert.That(linted, Has.Count.InRange(1, 1000));
        });
    }

    [Test]
    public void Reading_stays_a_bounded_distance_ahead_of_the_report()
    {
        var pulled = 0;
        IEnumerable<InputEntry> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return new InputEntry(new LintItem("x", i.ToString(CultureInfo.InvariantCulture), MessageKind.Message, "Spring sale on rakes.", TextFormat.PlainText));
            }
        }

        var taken = 0;
        foreach (var batch in LintPipeline.Run(EngineSet.Single(CreepLintEngine.Default), Endless(), new ProblemSink(), threads: 2))
        {
            taken += batch.Results.Count;
            if (taken >= 5000)
            {
                break;
            }
        }

        // Two batches of 256 items per thread wait in the queue, plus the one being filled.
        Assert.That(Volatile.Read(ref pulled), Is.LessThanOrEqualTo(taken + (5 * 256) + 1));
    }

    [Test]
    public void Threads_below_one_are_a_usage_error()
    {
        using var repo = new TempRepo().Write("a.txt", "Spring sale.");
        var result = repo.Run("lint", "a.txt", "--threads", "0");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.StartWith("creeplint: --threads expects a whole number from 1 to 1024, not '0'"));
        });
    }

    /// <summary>
    /// Files in walk order: an unused suppression, 6,000 JSON Lines over many chunks and batches (creepy lines behind
    /// escapes, broken lines), a broken catalog, a small broken JSONL file and another unused suppression.
    /// </summary>
    private static TempRepo CorpusRepo()
    {
        var jsonl = new StringBuilder();
        for (var i = 0; i < 6000; i++)
        {
            if (i % 2500 == 1)
            {
                jsonl.Append("{\"id\": \"broken\", \"text\": nope}\n");
            }

            var text = i % 97 == 0 ? "We noticed you\\u0027ve been looking at \\\"baby clothes\\\"." : $"Spring sale number {i}.";
            jsonl.Append(CultureInfo.InvariantCulture, $"{{\"id\": {i}, \"text\": \"{text}\"}}\n");
        }

        return new TempRepo()
            .Write("a.html", "<!-- creeplint-disable-next-line CL5001 -- reviewed -->\n<p>Hello there.</p>\n")
            .Write("b.jsonl", jsonl.ToString())
            .Write("c.json", "{\"messages\": [ {\"id\": \"a\", \"subject\": \"x\" ]}")
            .Write("d.jsonl", "{\"id\": 1, \"text\": \"We noticed you\"}\n{\"id\": 2, \"text\": oops}\n")
            .Write("e.html", "<!-- creeplint-disable-next-line CL5001 -- reviewed -->\n<p>Fine words.</p>\n");
    }

    private static IEnumerable<InputEntry> FailingInput(int items)
    {
        for (var i = 0; i < items; i++)
        {
            yield return new InputEntry(new LintItem("x", i.ToString(CultureInfo.InvariantCulture), MessageKind.Message, "Spring sale.", TextFormat.PlainText));
        }

        throw new IOException("disk gone");
    }
}
