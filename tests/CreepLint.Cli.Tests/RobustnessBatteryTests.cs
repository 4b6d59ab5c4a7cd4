using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Reporting;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// Issue 14, fail closed: no input passes because it was too big, too deep or cut short. Each case runs the real CLI in
/// process and asserts the exit code, the finding (or the diagnostic that says what was not read), that no stack trace
/// is printed, and that every input file has the same bytes and timestamp afterwards. Slow (tens of megabytes per case):
/// the category lets a quick local run leave it out with <c>--filter TestCategory!=Robustness</c>; CI runs it.
/// </summary>
[Category("Robustness")]
public sealed class RobustnessBatteryTests
{
    private const string Pregnant = "We know you are pregnant.";
    private const string Filler = "Nothing to see here, just shopping. ";

    /// <summary>A single-line text of about <paramref name="bytes"/> ASCII bytes of harmless filler.</summary>
    private static string FillerOf(int bytes) => string.Concat(Enumerable.Repeat(Filler, bytes / Filler.Length));

    [Test]
    public void A_30_MB_single_line_whose_last_sentence_is_creepy_fails_with_the_finding_at_its_column()
    {
        var text = FillerOf(30 * 1024 * 1024) + Pregnant;
        using var repo = new TempRepo().Write("big.txt", text);
        var (result, report) = LintJson(repo, "big.txt");
        var finding = Findings(report).Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), result.Error);
            Assert.That(Position(finding), Is.EqualTo((1, text.IndexOf("you are pregnant", StringComparison.Ordinal) + 1)));
            Assert.That(Summary(report, "unread"), Is.Zero, "streamed in windows: everything was read");
            Assert.That(Problems(report), Is.Empty);
        });
    }

    [Test]
    public void The_same_file_in_the_text_format_names_the_line_and_column_and_fails()
    {
        var text = FillerOf(30 * 1024 * 1024) + Pregnant;
        using var repo = new TempRepo().Write("big.txt", text);
        var result = Run(repo, "lint", "big.txt");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(result.Out, Does.Contain($"big.txt:1:{text.IndexOf("you are pregnant", StringComparison.Ordinal) + 1}: error CL1001"));
        });
    }

    [TestCase("catalog.json")]
    [TestCase("catalog.yaml")]
    [TestCase("messages.csv")]
    [TestCase("notes.md")]
    public void A_file_over_the_size_limit_is_reported_and_the_run_exits_2_while_other_files_are_linted(string name)
    {
        using var repo = new TempRepo().Write("a.txt", "Hello.");
        using (var stream = File.Create(repo.PathOf(name)))
        {
            stream.SetLength(InputReader.MaxFileBytes + 1); // Sparse: costs no time or disk.
        }

        var (result, report) = LintJson(repo, ".");
        var problem = Problems(report).Single();
        var text = Run(repo, "lint", ".");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), "an unread file never passes");
            Assert.That((problem.GetProperty("code").GetString(), problem.GetProperty("level").GetString(), problem.GetProperty("source").GetString()), Is.EqualTo(("CL0208", "error", name)));
            Assert.That(Summary(report, "messages"), Is.EqualTo(1), "a.txt is still linted");
            Assert.That(Summary(report, "unread"), Is.EqualTo(1));
            Assert.That(text.Out, Does.EndWith("1 not fully read" + Environment.NewLine));
            Assert.That(Run(repo, "lint", ".", "--fail-on", "warn").ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
        });
    }

    [Test]
    public void A_jsonl_line_over_the_line_limit_is_reported_and_the_next_line_is_still_linted()
    {
        var longLine = "{\"id\":\"huge\",\"text\":\"" + new string('a', (4 * Limits.MaxMessageLength) + 10) + "\"}";
        using var repo = new TempRepo().Write("m.jsonl", longLine + "\n{\"id\":\"next\",\"text\":\"" + Pregnant + "\"}\n");
        var (result, report) = LintJson(repo, "m.jsonl");
        var problem = Problems(report).Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), "the creepy line fails the run");
            Assert.That((problem.GetProperty("code").GetString(), problem.GetProperty("line").GetInt32()), Is.EqualTo(("CL0208", 1)));
            Assert.That(Findings(report).Select(f => f.GetProperty("ruleId").GetString()), Does.Contain("CL1001"));
            Assert.That(Summary(report, "unread"), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_jsonl_record_longer_than_the_engine_limit_is_linted_whole_in_windows()
    {
        // One record, linted as one message: windows in memory lift Limits.MaxMessageLength.
        var text = "Thanks for shopping." + FillerOf(Limits.MaxMessageLength + 1000) + "\\n" + Pregnant;
        var line = "{\"id\":\"long\",\"text\":\"" + text + "\"}";
        using var repo = new TempRepo().Write("m.jsonl", line + "\n");
        var (result, report) = LintJson(repo, "m.jsonl");
        var findings = Findings(report).Where(f => f.GetProperty("ruleId").GetString() == "CL1001").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(report.GetProperty("results").GetArrayLength(), Is.EqualTo(1), "one record, one message");
            Assert.That(findings, Has.Count.EqualTo(1));
            Assert.That(Position(findings[0]), Is.EqualTo((1, line.IndexOf("you are pregnant", StringComparison.Ordinal) + 1)), "through the \\n escape to the raw column");
            Assert.That(Problems(report), Is.Empty);
            Assert.That(Summary(report, "unread"), Is.Zero);
        });
    }

    [Test]
    public void A_message_a_rule_could_not_finish_warns_exits_2_and_1_with_fail_on_warn()
    {
        // A lookahead forces the backtracking engine, and (a|aa)+ before a missing 'b' runs past Limits.RegexTimeout.
        const string rule = "rules:\n  - id: XX001\n    name: slow-rule\n    category: surveillance-language\n    severity: warning\n" +
            "    confidence: 60\n    message: \"Matched '{match}'.\"\n    why: \"Test.\"\n    suggestion: \"Test.\"\n    patterns:\n      - '(?=(a|aa)+b)a'\n";
        using var repo = new TempRepo().Write("rules/slow.yaml", rule).Write("a.txt", "Thanks for shopping. " + new string('a', 5_000));
        var (result, report) = LintJson(repo, "a.txt", "--rules", "rules");
        var problem = Problems(report).Single();
        var item = report.GetProperty("results")[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), "a clean but partial lint does not pass");
            Assert.That(item.GetProperty("verdict").GetString(), Is.EqualTo("warn"), "the library verdict of a partial lint");
            Assert.That((problem.GetProperty("code").GetString(), problem.GetProperty("level").GetString()), Is.EqualTo(("CL0210", "error")));
            Assert.That(problem.GetProperty("message").GetString(), Does.Contain("not linted in full").And.Contain("pattern"));
            Assert.That(Summary(report, "unread"), Is.EqualTo(1));
            Assert.That(Run(repo, "lint", "a.txt", "--rules", "rules", "--fail-on", "warn").ExitCode, Is.EqualTo(ExitCodes.Findings));
        });
    }

    [Test]
    public void A_message_with_more_findings_than_the_cap_is_reported_as_not_fully_read()
    {
        using var repo = new TempRepo().Write("many.txt", string.Concat(Enumerable.Repeat("We noticed you like rakes. ", Limits.MaxFindingsPerMessage + 20)));
        var (result, report) = LintJson(repo, "many.txt");
        var problem = Problems(report).Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), "it fails on what was reported");
            Assert.That(Findings(report).Count(), Is.EqualTo(Limits.MaxFindingsPerMessage));
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("CL0210"));
            Assert.That(problem.GetProperty("message").GetString(), Does.Contain("more than 100 findings"));
            Assert.That(Summary(report, "unread"), Is.EqualTo(1));
        });
    }

    /// <summary>Offsets around the first window's edges of a streamed file: its end, the ownership split, the next window's start.</summary>
    private static IEnumerable<int> EdgeOffsets()
    {
        const int end = TextWindows.WindowChars;
        const int overlap = TextWindows.OverlapChars;
        return [end - 12, end - 3, end - (overlap / 2) - 10, end - overlap - 5, end - overlap + 2];
    }

    [TestCaseSource(nameof(EdgeOffsets))]
    public void A_creepy_sentence_across_a_window_edge_is_found_once_at_its_exact_place(int at)
    {
        var filler = new StringBuilder(FillerOf((int)InputReader.StreamAboveBytes + (1024 * 1024)));
        filler.Remove(at, Pregnant.Length + 2).Insert(at, " " + Pregnant + " ");
        var text = filler.ToString();
        using var repo = new TempRepo().Write("edge.txt", text);
        var (result, report) = LintJson(repo, "edge.txt");
        var findings = Findings(report).Where(f => f.GetProperty("ruleId").GetString() == "CL1001").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(findings, Has.Count.EqualTo(1), "seen by both windows, reported once");
            Assert.That(Position(findings[0]), Is.EqualTo((1, text.IndexOf("you are pregnant", StringComparison.Ordinal) + 1)));
        });
    }

    [Test]
    public void Windowed_linting_finds_what_linting_whole_finds_at_the_same_offsets()
    {
        // Small windows so that hundreds of edges cut sentences at every place.
        var creepy = new[] { Pregnant, "We noticed you like rakes.", "Since your diagnosis, here is 10% off insulin." };
        var clean = new[] { "Our spring sale starts today.", "Thanks for your order!", "New colours are in store, come and see them." };
        var random = new Random(14);
        var sb = new StringBuilder();
        while (sb.Length < 10_000)
        {
            var sentences = random.Next(10) == 0 ? creepy : clean;
            sb.Append(sentences[random.Next(sentences.Length)]).Append(random.Next(4) == 0 ? "\r\n" : " ");
        }

        var text = sb.ToString();
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().WithoutModel().Build();
        var wholeResult = engine.Lint(text, format: TextFormat.PlainText);
        Assert.That(wholeResult.LimitsHit, Is.EqualTo(LintLimits.None), "the comparison needs every finding of the whole text");
        var whole = wholeResult.Findings.Select(f => (f.RuleId, f.Offset, f.Length)).ToList();
        var windowed = new List<(string, int, int)>();
        foreach (var w in TextWindows.Read(new StringReader(text), windowChars: 700, overlapChars: 200))
        {
            var part = new TextPart(w.Index, w.OwnedFrom, w.OwnedTo);
            var result = part.Keep(engine, engine.Lint(w.Text, format: TextFormat.PlainText));
            windowed.AddRange(result.Findings.Select(f => (f.RuleId, (int)w.Offset + f.Offset, f.Length)));
        }

        Assert.That(windowed, Is.EqualTo(whole).And.Count.GreaterThan(10));
    }

    [Test]
    public void Windows_own_the_whole_text_once_and_start_at_the_line_and_column_of_their_offset()
    {
        var random = new Random(1414);
        string[] pieces = ["word ", "\r\n", "\n", "\r", "\U0001F600", "caf\u00e9 ", "x", " "];
        for (var round = 0; round < 50; round++)
        {
            var sb = new StringBuilder();
            while (sb.Length < 5_000)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = sb.ToString();
            var owned = new StringBuilder();
            foreach (var w in TextWindows.Read(new StringReader(text), windowChars: 300, overlapChars: 64))
            {
                var (line, column) = TextWindows.Advance(text.AsSpan(0, (int)w.Offset), 1, 1);
                Assert.That((w.Line, w.Column), Is.EqualTo((line, column)), $"window {w.Index} of round {round}");
                Assert.That(w.Text, Is.EqualTo(text.Substring((int)w.Offset, w.Text.Length)));
                Assert.That(char.IsLowSurrogate(w.Text[w.OwnedFrom]) || (w.OwnedFrom > 0 && w.Text[w.OwnedFrom] == '\n' && w.Text[w.OwnedFrom - 1] == '\r'), Is.False, "a stretch starts on a whole character and line end");
                owned.Append(w.Text, w.OwnedFrom, w.OwnedTo - w.OwnedFrom);
            }

            Assert.That(owned.ToString(), Is.EqualTo(text), "the stretches the windows own are the text, each part once");
        }
    }

    private static IEnumerable<TestCaseData> Encodings()
    {
        foreach (var (name, encoding) in new (string, Encoding)[] { ("UTF-16 LE", new UnicodeEncoding(false, true)), ("UTF-16 BE", new UnicodeEncoding(true, true)), ("UTF-8 CRLF", new UTF8Encoding(true)) })
        {
            yield return new TestCaseData(encoding, false).SetName($"{name} file: finding on line 3 at the right column");
            yield return new TestCaseData(encoding, true).SetName($"{name} file over 4 MiB (streamed): finding on line 3 at the right column");
        }
    }

    [TestCaseSource(nameof(Encodings))]
    public void Encoded_file_reports_line_3_and_the_column_in_characters(Encoding encoding, bool large)
    {
        var first = large ? FillerOf((int)InputReader.StreamAboveBytes) : "Hello there.";
        var text = first + "\r\nSecond line, caf\u00e9 \u2615.\r\n  \u00c9t\u00e9: " + Pregnant + "\r\n";
        using var repo = new TempRepo().WriteBytes("enc.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        var (result, report) = LintJson(repo, "enc.txt");
        var finding = Findings(report).Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(Position(finding), Is.EqualTo((3, "  \u00c9t\u00e9: We know ".Length + 1)));
            Assert.That(Problems(report), Is.Empty);
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Nul_bytes_beside_a_creepy_sentence_do_not_hide_it(bool large)
    {
        var head = large ? FillerOf((int)InputReader.StreamAboveBytes) : "Hello.";
        byte[] bytes = [.. Encoding.UTF8.GetBytes(head + "\n"), 0, 0, .. Encoding.UTF8.GetBytes(Pregnant), 0, (byte)'\n'];
        using var repo = new TempRepo().WriteBytes("nul.txt", bytes);
        var (result, report) = LintJson(repo, "nul.txt");
        var finding = Findings(report).Single(f => f.GetProperty("ruleId").GetString() == "CL1001");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(Position(finding), Is.EqualTo((2, 3 + "We know ".Length)));
            Assert.That(Summary(report, "unread"), Is.Zero);
            if (!large)
            {
                Assert.That(Problems(report).Single().GetProperty("code").GetString(), Is.EqualTo("CL0212"), "a note that NUL bytes were read as text");
            }
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_file_that_looks_binary_is_skipped_with_a_note_but_never_passes(bool large)
    {
        var junk = new byte[large ? InputReader.StreamAboveBytes + 10 : 9000];
        new Random(14).NextBytes(junk); // Like compressed image data: NUL bytes here and there, mostly not text.
        using var repo = new TempRepo().WriteBytes("logo.txt", [.. junk, .. Encoding.UTF8.GetBytes("\n" + Pregnant)]);
        var (result, report) = LintJson(repo, "logo.txt");
        var problem = Problems(report).Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), "what was not read cannot pass");
            Assert.That((problem.GetProperty("code").GetString(), problem.GetProperty("level").GetString()), Is.EqualTo(("CL0202", "note")));
            Assert.That(Summary(report, "unread"), Is.EqualTo(1));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Invalid_utf8_beside_a_creepy_sentence_is_reported_and_the_sentence_still_found(bool large)
    {
        var head = large ? FillerOf((int)InputReader.StreamAboveBytes) : "Hello.";
        byte[] bytes = [.. Encoding.UTF8.GetBytes(head + "\n"), 0xC3, 0x28, 0xFF, (byte)' ', .. Encoding.UTF8.GetBytes(Pregnant), 0xFE];
        using var repo = new TempRepo().WriteBytes("bad.txt", bytes);
        var (result, report) = LintJson(repo, "bad.txt");
        var problem = Problems(report).Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(Findings(report).Select(f => f.GetProperty("ruleId").GetString()), Does.Contain("CL1001"));
            Assert.That((problem.GetProperty("code").GetString(), problem.GetProperty("level").GetString()), Is.EqualTo(("CL0203", "warning")));
        });
    }

    [Test]
    public void Symlink_loops_fifos_and_unreadable_files_are_named_and_the_other_files_still_linted()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "symbolic links, FIFOs and permissions as on Unix");
        using var repo = new TempRepo().Write("a.txt", Pregnant).Write("sub/b.txt", "We noticed you like rakes.");
        File.CreateSymbolicLink(repo.PathOf("loop1.txt"), repo.PathOf("loop2.txt"));
        File.CreateSymbolicLink(repo.PathOf("loop2.txt"), repo.PathOf("loop1.txt"));
        Directory.CreateSymbolicLink(repo.PathOf("sub/up"), repo.Root);
        var fifo = MakeFifo(repo.PathOf("pipe.txt"));
        var unreadable = MakeUnreadable(repo, "secret.txt");

        var (result, report) = HangGuard(() => LintJson(repo, "."));
        var problems = Problems(report).Select(p => (Source: p.GetProperty("source").GetString()!, Code: p.GetProperty("code").GetString()!, Message: p.GetProperty("message").GetString()!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), "a.txt fails the run");
            Assert.That(report.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("source").GetString()), Is.EqualTo(new[] { "a.txt", "sub/b.txt" }), "each real file once, the loop not followed");
            Assert.That(problems.Where(p => p.Source.StartsWith("loop", StringComparison.Ordinal)).Select(p => p.Code), Is.EqualTo(new[] { "CL0201", "CL0201" }));
            Assert.That(problems.Single(p => p.Source.StartsWith("loop1", StringComparison.Ordinal)).Message, Does.Contain("symbolic links"));
            Assert.That(problems.Single(p => p.Source == "sub/up").Message, Does.Contain("already walked"));
            if (fifo)
            {
                Assert.That(problems.Single(p => p.Source == "pipe.txt").Message, Does.Contain("not a regular file"));
            }

            if (unreadable)
            {
                Assert.That(problems.Single(p => p.Source == "secret.txt").Code, Is.EqualTo("CL0201"));
            }
        });

        // Only the broken files: nothing was read, so the run cannot pass.
        var broken = HangGuard(() => Run(repo, "lint", "loop1.txt", "pipe.txt"));
        Assert.That(broken.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), broken.ToString());
        Assert.That(broken.Out, Does.Contain("not fully read"));
        Assume.That(fifo && unreadable, Is.True, "mkfifo or an unreadable file is unavailable here; the rest of the case ran");
    }

    [Test]
    public void Deeply_nested_json_and_yaml_catalogs_are_reported_without_a_stack_overflow()
    {
        const int depth = 100_000;
        var json = "{\"messages\": " + new string('[', depth) + new string(']', depth) + "}";
        var yaml = "messages: " + new string('[', depth) + new string(']', depth) + "\n";
        var jsonl = "{\"text\": \"hi\", \"extra\": " + new string('[', depth) + new string(']', depth) + "}\n{\"text\": \"" + Pregnant + "\"}\n";
        using var repo = new TempRepo().Write("c.json", json).Write("c.yaml", yaml).Write("m.jsonl", jsonl);
        var (result, report) = LintJson(repo, "c.json", "c.yaml", "m.jsonl");
        var problems = Problems(report).Select(p => (p.GetProperty("source").GetString(), p.GetProperty("code").GetString())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.EqualTo(new[] { ("c.json", "CL0211"), ("c.yaml", "CL0211"), ("m.jsonl", "CL0211") }));
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), "the readable line of m.jsonl is creepy");
            Assert.That(Summary(report, "unread"), Is.EqualTo(3));
            Assert.That(Run(repo, "lint", "c.json").ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), "too deep to read: never a pass");
        });
    }

    [Test]
    public void Deeply_nested_html_is_linted_without_a_stack_overflow()
    {
        const int depth = 200_000;
        var html = string.Concat(Enumerable.Repeat("<div><span>", depth)) + Pregnant + string.Concat(Enumerable.Repeat("</span></div>", depth));
        using var repo = new TempRepo().Write("deep.html", html).Write("open.html", string.Concat(Enumerable.Repeat("<b><i class=\"x\">", depth)) + Pregnant);
        var (result, report) = LintJson(repo, "deep.html", "open.html");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(Findings(report).Count(f => f.GetProperty("ruleId").GetString() == "CL1001"), Is.EqualTo(2));
            Assert.That(Summary(report, "unread"), Is.Zero);
        });
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("jsonl")]
    public void One_thread_and_every_core_write_byte_identical_reports(string format)
    {
        using var repo = MixedRepo();
        var one = Run(repo, "lint", ".", "--format", format, "--threads", "1");
        var all = Run(repo, "lint", ".", "--format", format);
        Assert.Multiple(() =>
        {
            Assert.That(one.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(all.ExitCode, Is.EqualTo(one.ExitCode));
            Assert.That(Encoding.UTF8.GetBytes(all.Out), Is.EqualTo(Encoding.UTF8.GetBytes(one.Out)));
        });
    }

    /// <summary>E-mail addresses and phone numbers as templates and messages write them.</summary>
    private static readonly string[] s_personal =
    [
        "jane.doe@example.com", "JANE.DOE@EXAMPLE.COM", "first.last+tag@sub.example.co.uk", "jane&#64;example.com", "jane&#x40;example.com",
        "mailto:jane%40example.com", "jane [at] example [dot] com", "jane (at) example (dot) com",
        "+1 (555) 123-4567", "(555) 123-4567", "555-123-4567", "555.123.4567", "555 123 4567", "+44 20 7946 0958", "020 7946 0958",
        "+4915112345678", "tel:+15551234567", "+44&nbsp;20&nbsp;7946&nbsp;0958", "555/123-4567", "+33 6 12 34 56 78",
    ];

    private static string[] Formats() => Reporters.Formats;

    [TestCaseSource(nameof(Formats))]
    public void Redact_leaves_no_email_or_phone_in_any_form_in_the_report(string format)
    {
        // Each one inside a finding's span ("We noticed you, <it>, ...") and in the snippet around another.
        var lines = s_personal.Select(p => $"You've viewed {p} 6 times. We noticed you like rakes, {p}.");
        using var repo = new TempRepo().Write("a.txt", string.Join("\n", lines) + "\n")
            .Write("m.jsonl", string.Concat(s_personal.Select((p, i) => JsonSerializer.Serialize(new { id = $"m{i}", text = $"You've viewed {p} 6 times." }) + "\n")));
        var plain = Run(repo, "lint", ".", "--format", format);
        var redacted = Run(repo, "lint", ".", "--format", format, "--redact");
        var leaks = s_personal.Where(p => Visible(redacted.Out, p)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(s_personal.Any(p => Visible(plain.Out, p)), Is.True, $"the unredacted {format} report shows them (otherwise this proves nothing)");
            Assert.That(redacted.ExitCode, Is.EqualTo(plain.ExitCode));
            Assert.That(leaks, Is.Empty, $"{format} leaks");
        });
    }

    /// <summary>
    /// Whether the address or number shows in the report: as written (after undoing JSON and XML escapes), as a run of
    /// digits and separators holding its digits, or (for an address) by its local part.
    /// </summary>
    private static bool Visible(string report, string personal)
    {
        var unescaped = report.Replace("\\u0026", "&", StringComparison.Ordinal).Replace("\\u002B", "+", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        if (unescaped.Contains(personal, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var digits = DigitsOf(personal);
        if (digits.Length >= 7 && Regex.Matches(unescaped, @"[\d()+\-./ ]{7,}").Any(m => DigitsOf(m.Value).Contains(digits, StringComparison.Ordinal)))
        {
            return true;
        }

        var local = personal.Replace("mailto:", string.Empty, StringComparison.Ordinal).Split('@', '&', '%', '[', '(')[0].Trim();
        return local.Contains('.', StringComparison.Ordinal) && !local.Any(char.IsAsciiDigit) && unescaped.Contains(local, StringComparison.OrdinalIgnoreCase);
    }

    private static string DigitsOf(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    private static TempRepo MixedRepo()
    {
        var big = new StringBuilder(FillerOf((int)InputReader.StreamAboveBytes + 300_000));
        big.Insert(TextWindows.WindowChars - 7, " " + Pregnant + " ").Append("\nWe noticed you like rakes.\n");
        var repo = new TempRepo()
            .Write("big.txt", big.ToString())
            .Write("a.html", "<p>Hi,</p>\n<p>" + Pregnant + "</p>")
            .Write("m.jsonl", string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"{i}\",\"text\":\"{(i % 7 == 0 ? "We noticed you like rakes." : "Spring sale on now.")}\"}}\n")))
            .Write("c.yaml", "messages:\n  - id: one\n    subject: " + Pregnant + "\n")
            .Write("n.md", "# News\n\nWe noticed you like rakes.\n");
        return repo;
    }

    private static bool MakeFifo(string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// A file that cannot be read. Without root, a file with no permissions; as root permissions do not stop a read, so a
    /// link to a kernel file that refuses reading (<c>/proc/self/clear_refs</c>, write-only) stands in. False if neither works here.
    /// </summary>
    private static bool MakeUnreadable(TempRepo repo, string name)
    {
        var path = repo.PathOf(name);
        if (Environment.UserName != "root" && !OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, Pregnant);
            File.SetUnixFileMode(path, UnixFileMode.None);
            return true;
        }

        if (!File.Exists("/proc/self/clear_refs"))
        {
            return false;
        }

        File.CreateSymbolicLink(path, "/proc/self/clear_refs");
        return true;
    }

    private static T HangGuard<T>(Func<T> run)
    {
        var task = Task.Run(run);
        Assert.That(task.Wait(TimeSpan.FromMinutes(1)), Is.True, "the run hung (a FIFO opened for reading waits for a writer)");
        return task.Result;
    }

    /// <summary>Runs the CLI and checks what holds for every case: no stack trace, and every input unchanged.</summary>
    private static CliResult Run(TempRepo repo, params string[] args)
    {
        var before = Snapshot(repo.Root);
        var result = repo.Run([.. args, "--no-progress"]);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error + result.Out, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "no stack trace");
            Assert.That(Snapshot(repo.Root), Is.EqualTo(before), "input files unchanged");
        });
        return result;
    }

    private static (CliResult Result, JsonElement Report) LintJson(TempRepo repo, params string[] paths)
    {
        var result = Run(repo, ["lint", .. paths, "--format", "json"]);
        return (result, JsonDocument.Parse(result.Out).RootElement.Clone());
    }

    /// <summary>Path, SHA-256 and last write time of every regular file under the root (links, FIFOs and unreadable files skipped: they are not ours to read).</summary>
    private static List<string> Snapshot(string root)
    {
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Order(StringComparer.Ordinal))
        {
            if (FileKind.IsSpecial(path))
            {
                continue;
            }

            try
            {
                using var stream = File.OpenRead(path);
                files.Add($"{path} {Convert.ToHexString(SHA256.HashData(stream))} {File.GetLastWriteTimeUtc(path):O}");
            }
            catch (UnauthorizedAccessException)
            {
                files.Add($"{path} unreadable");
            }
        }

        return files;
    }

    private static IEnumerable<JsonElement> Findings(JsonElement report) =>
        report.GetProperty("results").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray());

    private static List<JsonElement> Problems(JsonElement report) => [.. report.GetProperty("problems").EnumerateArray()];

    private static int Summary(JsonElement report, string name) => report.GetProperty("summary").GetProperty(name).GetInt32();

    private static (int Line, int Column) Position(JsonElement finding) => (finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32());
}
