using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// Issue 20, item 5: bidirectional controls can show a reversed word the right way round. The message gets CL0213 naming
/// the span of controls, and its verdict is at least warn; the input is never changed.
/// </summary>
public sealed class BidiControlTests
{
    // Displays as "Congrats on the pregnant news" in a bidi-aware client; stored (and matched) as "tnangerp".
    private const string Hidden = "Hi there,\nCongrats on the \u202Etnangerp\u202C news!\n";

    [Test]
    public void A_message_with_bidi_controls_warns_and_names_the_span()
    {
        using var repo = new TempRepo().Write("a.txt", Hidden);
        var before = File.ReadAllBytes(repo.PathOf("a.txt"));
        var result = repo.Run("lint", "a.txt", "--fail-on", "warn");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), result.ToString());
            Assert.That(result.Error + result.Out, Does.Contain("a.txt:2:17: warning CL0213: the message holds 2 bidirectional control characters (U+202E … U+202C, 2:17 to 2:26)"), result.ToString());
            Assert.That(result.Out, Does.Contain("0 fail, 1 warn, 0 pass"), result.ToString());
            Assert.That(File.ReadAllBytes(repo.PathOf("a.txt")), Is.EqualTo(before));
        });
    }

    [Test]
    public void Without_fail_on_warn_the_run_passes_with_the_warning()
    {
        using var repo = new TempRepo().Write("a.txt", Hidden);
        var result = repo.Run("lint", "a.txt", "-f", "json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(result.Out, Does.Contain("\"CL0213\""));
            Assert.That(result.Out, Does.Contain("\"verdict\": \"warn\"").Or.Contain("\"verdict\":\"warn\""));
        });
    }

    [Test]
    public void Text_without_bidi_controls_gets_no_warning()
    {
        using var repo = new TempRepo().Write("a.txt", "Hi there,\nCongrats on the news!\n");
        var result = repo.Run("lint", "a.txt", "--fail-on", "warn");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(result.Error + result.Out, Does.Not.Contain("CL0213"));
        });
    }
}
