namespace CreepLint.Tests.Robustness;

/// <summary>
/// Hostile and unusual inputs at the library level: each is linted without an exception or a hang, every position lies
/// inside the input, and a visible creepy phrase is still found at its exact place.
/// </summary>
public sealed class InputRobustnessTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    private static readonly string Nested = string.Concat(Enumerable.Repeat("<div><b>", 20_000)) + "We noticed you like rakes." + string.Concat(Enumerable.Repeat("</b></div>", 20_000));

    public static IEnumerable<TestCaseData> Inputs()
    {
        // (name, text, substring a finding must cover exactly, or null when no finding is expected at a known place)
        yield return Case("empty", string.Empty, null);
        yield return Case("whitespace and line breaks only", " \r\n\r\n\t\n\r ", null);
        yield return Case("lone high surrogate", "\uD800", null);
        yield return Case("lone low surrogate", "\uDC00", null);
        yield return Case("surrogates in the wrong order", "\uDC00\uD800 We noticed you like rakes.", "We noticed");
        yield return Case("lone surrogates around the phrase", "\uD800We noticed\uDBFF you like rakes.\uDC00", "We noticed");
        yield return Case("lone surrogate at the end", "We noticed you like rakes.\uD800", "We noticed");
        yield return Case("NUL and control characters", "\0\u0001We noticed\u0007 you like rakes.\0", "We noticed");
        yield return Case("private-use characters that are our own markers", "\uE000\uE001 We noticed you \uE000 like rakes.", "We noticed");
        yield return Case("deeply nested HTML", Nested, "We noticed");
        yield return Case("unclosed tags", "<div <b <i class=\"x We noticed you like rakes.", null);
        yield return Case("unclosed tag before text", "<p>We noticed you like rakes. <b", "We noticed");
        yield return Case("unclosed comment", "We noticed you. <!-- we saw that you", "We noticed");
        yield return Case("unclosed script", "We noticed you. <script> var x = 'we can see';", "We noticed");
        yield return Case("unclosed placeholder", "Hi {{ name, we noticed you like rakes.", null);
        yield return Case("unclosed placeholders of every syntax", "{{ {% {# *| %%[ %%= ${ {{{ We noticed you like rakes.", null);
        yield return Case("thousands of openers", string.Concat(Enumerable.Repeat("{{ <b &# ${ ", 20_000)) + "We noticed you.", null);
        yield return Case("a word of a million letters", new string('a', 1_000_000) + " We noticed you.", "We noticed");
        yield return Case("a creepy word repeated without spaces", string.Concat(Enumerable.Repeat("pregnant", 100_000)), null);
        yield return Case("a million spaced letters", string.Concat(Enumerable.Repeat("p ", 500_000)) + "We noticed you.", "We noticed");
        yield return Case("emoji sequences", "👩‍👩‍👧 We noticed 🇬🇧 you like rakes 🙂", "We noticed");
        yield return Case("combining marks stacked on every letter", "W\u0301\u0302\u0303e\u0301 n\u0308o\u0308t\u0308i\u0308c\u0308e\u0308d\u0308 you", null);
        yield return Case("right-to-left text around the phrase", "שלום! We noticed you like rakes. مرحبا بك", "We noticed");
        yield return Case("right-to-left override characters", "\u202EWe noticed\u202C you like rakes \u2067x\u2069", "We noticed");
        yield return Case("mixed line endings", "Hi,\r\n\rHello\n\r\nWe noticed you like rakes.\r", "We noticed");
        yield return Case("invalid character references", "&#0; &#xD800; &#1114112; &#99999999999; &bogus; &# &#x; We noticed you.", "We noticed");
    }

    [TestCaseSource(nameof(Inputs))]
    public void Hostile_input_is_linted_with_positions_inside_it(string text, string? expectedSpan)
    {
        foreach (var format in new[] { TextFormat.Auto, TextFormat.Html, TextFormat.PlainText })
        {
            var result = HangGuard.Within(() => Engine.Lint(text, MessageKind.Message, format), $"linting as {format}");
            ResultChecks.AssertWellFormed(text, result);
            if (expectedSpan is not null)
            {
                Assert.That(result.Findings.Select(f => text.Substring(f.Offset, f.Length)), Does.Contain(expectedSpan), format.ToString());
            }

            // Bidirectional controls are flagged (issue 20): the text may display otherwise than it is matched.
            var bidi = text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') >= 0 || text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') >= 0;
            Assert.That(result.LimitsHit, Is.EqualTo(bidi ? LintLimits.BidiControls : LintLimits.None));
        }
    }

    [Test]
    public void A_100_MB_single_line_is_linted_up_to_the_limit_and_says_it_was_truncated()
    {
        const string head = "We noticed you like rakes. ";
        const string tail = " Congratulations, you're pregnant!";
        var length = 100 * 1024 * 1024;
        var text = string.Create(length, 0, static (span, _) =>
        {
            head.AsSpan().CopyTo(span);
            span[head.Length..^tail.Length].Fill('x');
            tail.AsSpan().CopyTo(span[^tail.Length..]);
        });

        var result = HangGuard.Within(() => Engine.Lint(text), "linting 100 MB", TimeSpan.FromMinutes(2));
        Assert.Multiple(() =>
        {
            Assert.That(result.LimitsHit, Is.EqualTo(LintLimits.TextTruncated));
            Assert.That(result.Verdict, Is.Not.EqualTo(Verdict.Pass));
            Assert.That(result.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "CL5001" }), "the phrase past the limit is not linted");
            Assert.That(result.Findings.Max(f => f.Offset + f.Length), Is.LessThanOrEqualTo(Limits.MaxMessageLength));
        });
    }

    [Test]
    public void A_clean_text_cut_short_by_a_limit_is_at_least_warn_and_never_passes()
    {
        var text = "Thanks for shopping with us. " + new string(' ', Limits.MaxMessageLength) + " We know you are pregnant.";
        var result = Engine.Lint(text);
        var rescored = Engine.Rescore(result, result.Findings);
        Assert.Multiple(() =>
        {
            Assert.That((result.LimitsHit, result.HasFindings, result.Score), Is.EqualTo((LintLimits.TextTruncated, false, 0)));
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Warn), "the unread tail must not pass");
            Assert.That(rescored.Verdict, Is.EqualTo(Verdict.Warn), "a re-score keeps the limit's verdict");
            Assert.That(Engine.Thresholds.Classify(0, LintLimits.FindingsCapped), Is.EqualTo(Verdict.Warn));
            Assert.That(Engine.Thresholds.Classify(90, LintLimits.TextTruncated), Is.EqualTo(Verdict.Fail), "a limit never lowers a verdict");
        });
    }

    [Test]
    public void A_caller_that_reports_limits_itself_can_let_a_partial_result_pass()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().WithThresholds(Thresholds.Default with { PartialResultsMayPass = true }).Build();
        var result = engine.Lint("Thanks for shopping with us. " + new string(' ', Limits.MaxMessageLength));
        Assert.That((result.LimitsHit, result.Verdict), Is.EqualTo((LintLimits.TextTruncated, Verdict.Pass)));
    }

    [Test]
    public void A_text_of_exactly_the_maximum_length_is_not_truncated()
    {
        var text = "We noticed you. " + new string(' ', Limits.MaxMessageLength - 16);
        Assert.That(Engine.Lint(text).LimitsHit, Is.EqualTo(LintLimits.None));
        Assert.That(Engine.Lint(text + "!").LimitsHit, Is.EqualTo(LintLimits.TextTruncated));
    }

    [Test]
    public void Findings_beyond_the_cap_are_dropped_and_the_cap_is_reported()
    {
        var text = string.Concat(Enumerable.Repeat("We noticed you like rakes. ", Limits.MaxFindingsPerMessage + 50));
        var result = Engine.Lint(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings, Has.Length.EqualTo(Limits.MaxFindingsPerMessage));
            Assert.That(result.LimitsHit, Is.EqualTo(LintLimits.FindingsCapped));
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Findings.Select(f => f.Offset), Is.Ordered);
        });
    }

    [Test]
    public void An_ordinary_message_reaches_no_limit()
    {
        var result = Engine.Lint("We noticed you like rakes.");
        Assert.That((result.HasFindings, result.LimitsHit), Is.EqualTo((true, LintLimits.None)));
    }

    private static TestCaseData Case(string name, string text, string? span) => new TestCaseData(text, span).SetName($"Hostile input: {name}");
}
