namespace CreepLint.Tests;

/// <summary>
/// The hot path's promise: after warm-up, linting a clean message allocates nothing (findings, which are the result,
/// are the only allocation). Counts bytes on this thread, so it is exact and independent of machine speed.
/// </summary>
public sealed class AllocationTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    private static readonly TestCaseData[] CleanMessages =
    [
        new TestCaseData("Our spring sale starts Friday: 20% off garden tools, free delivery over £40. Reply STOP to opt out of texts.", TextFormat.Auto)
            .SetName("Short SMS"),
        new TestCaseData("Hi {{ first_name }}, your order #{{ order.id }} has shipped and should arrive by {{ delivery_date }}.", TextFormat.Auto)
            .SetName("Template with placeholders"),
        new TestCaseData(
            "<!DOCTYPE html><html><head><style>p{color:red}</style></head><body><table><tr><td><p>Hello&nbsp;there &amp; welcome!</p>"
            + "<p>Our &quot;spring&quot; range is in &mdash; 20% off &ndash; this week&hellip;</p><p>It&#39;s caf&eacute; season.</p></td></tr></table></body></html>",
            TextFormat.Auto).SetName("HTML email with entities"),
        new TestCaseData("Thanks for your question. Your parcel left our warehouse this morning; track it in the app. Is there anything else?", TextFormat.PlainText)
            .SetName("Plain text with second person"),
    ];

    [TestCaseSource(nameof(CleanMessages))]
    public void Linting_a_clean_message_after_warm_up_allocates_nothing(string message, TextFormat format)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.That(Engine.Lint(message, format: format).HasFindings, Is.False, "the message must be clean for this test to mean anything");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Engine.Lint(message, format: format);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.Zero);
    }

    [Test]
    public void A_creepy_message_allocates_only_its_result()
    {
        const string message = "We noticed you like rakes.";
        Engine.Lint(message);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Engine.Lint(message);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(result.HasFindings, Is.True);

        // The findings array, their excerpt and message strings, and the sort's bookkeeping: bounded, not proportional to text.
        Assert.That(allocated, Is.LessThan(2048));
    }
}
