#pragma warning disable NUnit1027 // FsCheck's [Property] supplies the arguments, which the NUnit analyzer cannot see.
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// Property-based tests: random and mutated messages (markup, template and Unicode fragments, enormous tokens) never
/// throw, never hang, and every finding lies inside the input with the line and column its offset implies.
/// </summary>
public sealed class EnginePropertyTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    [Property(Arbitrary = new[] { typeof(Generators) }, MaxTest = 200, QuietOnSuccess = true)]
    public void Any_message_lints_within_bounds_in_every_format(HostileMessage message)
    {
        foreach (var (kind, format) in new[] { (MessageKind.Message, TextFormat.Auto), (MessageKind.Message, TextFormat.Html), (MessageKind.Rationale, TextFormat.PlainText) })
        {
            var result = HangGuard.Within(() => Engine.Lint(message.Text, kind, format), $"linting as {kind}/{format}");
            ResultChecks.AssertWellFormed(message.Text, result);
        }
    }

    [Property(Arbitrary = new[] { typeof(Generators) }, MaxTest = 50, QuietOnSuccess = true)]
    public void Linting_is_repeatable_and_batch_results_match_single_lints(HostileMessage message)
    {
        var requests = new[] { new LintRequest(message.Text), new LintRequest(message.Text + " We noticed you."), new LintRequest(string.Empty) };
        var batch = HangGuard.Within(() => Engine.LintBatch(requests), "a batch lint");
        for (var i = 0; i < requests.Length; i++)
        {
            var single = Engine.Lint(requests[i]);
            Assert.That(Canonical.Of(batch[i]), Is.EqualTo(Canonical.Of(single)), $"request {i}");
        }
    }
}
