using System.Text;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Tests;

public sealed class InternalsTests
{
    [TestCase("Hi \"you\" there", "\"Hi \\\"you\\\" there\"", 8, 11)]
    [TestCase("a\nb", "\"a\\nb\"", 2, 4)]
    [TestCase("é x", "\"\\u00e9 x\"", 2, 8)]
    [TestCase("line one line two", "|\n  line one\n  line two", 9, 15)]
    [TestCase("it's", "'it''s'", 3, 5)]
    public void Align_offset_maps_decoded_characters_back_to_raw_source(string decoded, string raw, int decodedOffset, int rawOffset) =>
        Assert.That(SourceMap.AlignOffset(decoded, raw, 0, decodedOffset), Is.EqualTo(rawOffset));

    [TestCase("build/", "build", true, true)]
    [TestCase("build/", "build", false, false)]
    [TestCase("*.log", "deep/x.log", false, true)]
    [TestCase("/top.txt", "sub/top.txt", false, false)]
    [TestCase("/top.txt", "top.txt", false, true)]
    [TestCase("docs/**/*.md", "docs/a/b/c.md", false, true)]
    public void Gitignore_patterns_follow_git(string pattern, string path, bool isDirectory, bool ignored)
    {
        var root = Path.Combine(Path.GetTempPath(), "creeplint-gitignore", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, ".gitignore"), pattern + "\n");
            var ignore = new GitIgnore();
            ignore.AddFile(Path.Combine(root, ".gitignore"), root);
            Assert.That(ignore.IsIgnored(Path.Combine(root, path), isDirectory), Is.EqualTo(ignored));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void Jsonl_reader_streams_and_does_not_read_ahead_of_what_is_consumed()
    {
        using var stream = new EndlessJsonLines();
        var items = JsonLinesReader.Read(stream, null, "endless.jsonl", new ProblemSink()).Take(3).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { "0", "1", "2" }));
            Assert.That(stream.BytesRead, Is.LessThan(256 * 1024), "only a read chunk or two, never the whole input");
        });
    }

    [Test]
    public void Pipeline_returns_results_in_input_order_across_batches()
    {
        var items = Enumerable.Range(0, 5000).Select(i => new LintItem("x", i.ToString(System.Globalization.CultureInfo.InvariantCulture), MessageKind.Message,
            i % 7 == 0 ? "We noticed you like rakes." : "Spring sale.", TextFormat.PlainText));
        var results = LintPipeline.Run(EngineSet.Single(CreepLintEngine.Default), items).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Item.Id), Is.EqualTo(Enumerable.Range(0, 5000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(results.Select(r => r.Result.HasFindings), Is.EqualTo(Enumerable.Range(0, 5000).Select(i => i % 7 == 0)));
        });
    }

    /// <summary>An endless JSON Lines stream that counts what was read from it.</summary>
    private sealed class EndlessJsonLines : Stream
    {
        private byte[] _pending = [];
        private int _offset;
        private int _next;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (_offset == _pending.Length)
                {
                    _pending = Encoding.UTF8.GetBytes($"{{\"id\": \"{_next++}\", \"text\": \"Spring sale on rakes.\"}}\n");
                    _offset = 0;
                }

                var n = Math.Min(count - written, _pending.Length - _offset);
                Array.Copy(_pending, _offset, buffer, offset + written, n);
                _offset += n;
                written += n;
            }

            BytesRead += written;
            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
