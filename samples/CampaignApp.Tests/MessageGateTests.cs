using CampaignApp;
using CreepLint;
using CreepLint.NUnit;

namespace CampaignApp.Tests;

public sealed class MessageGateTests
{
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "templates");
    private static readonly Customer Ana = new("c-101", new Dictionary<string, string>
    {
        ["first_name"] = "Ana", ["last_viewed"] = "Aspen rain jacket", ["view_count"] = "6", ["app_opens"] = "three",
    });

    private readonly MessageGate _gate = new(CreepLintEngine.Default);

    // Every generic fallback must be safe to send to anyone: one test case per template file.
    public static IEnumerable<TestCaseData> Fallbacks => CreepLintTemplates.InFolder("templates/fallback");

    [TestCaseSource(nameof(Fallbacks))]
    public void Fallback_template_is_not_creepy(TemplateFile template) =>
        Assert.That(template, Is.Not.Creepy.Above(0));

    [Test]
    public void Clean_campaign_is_sent_as_rendered()
    {
        var decision = _gate.Decide(Campaign.Load(Templates, "spring-sale"), Ana);
        Assert.That(decision.Action, Is.EqualTo(GateAction.Send));
        Assert.That(decision.TextToSend, Does.StartWith("Hi Ana,").And.Not.Creepy);
    }

    [Test]
    public void Browsing_reminder_is_creepy_and_downgraded_to_the_generic_version()
    {
        var campaign = Campaign.Load(Templates, "browse-reminder");
        Assert.That(TemplateRenderer.Render(campaign.Template, Ana), Is.Creepy);

        var decision = _gate.Decide(campaign, Ana);
        Assert.That(decision.Action, Is.EqualTo(GateAction.Downgrade));
        Assert.That(decision.TextToSend, Is.Not.Creepy.And.Contains("Aspen rain jacket").And.Not.Contains("6 times"));
    }

    [Test]
    public void App_nudge_without_fallback_is_rewritten_without_the_flagged_sentence()
    {
        var decision = _gate.Decide(Campaign.Load(Templates, "app-nudge"), Ana);
        Assert.That(decision.Action, Is.EqualTo(GateAction.Rewrite));
        Assert.That(decision.TextToSend, Is.EqualTo("New arrivals land every Friday, so check back this week."));
        Assert.That(decision.TextToSend, Has.No.CreepFinding);
    }

    [Test]
    public void Inferred_pregnancy_is_blocked_and_nothing_is_sent()
    {
        var campaign = Campaign.Load(Templates, "baby-club");
        Assert.That(TemplateRenderer.Render(campaign.Template, Ana), Has.CreepFinding.InCategory("inferred-trait"));
        Assert.That(_gate.Decide(campaign, Ana).TextToSend, Is.Null);
    }

    // Snapshot of every campaign template's findings: a rule-pack upgrade that changes them shows up as a diff.
    [Test]
    public void Findings_of_every_campaign_template_are_approved() =>
        Approvals.VerifyFindings(CreepLintTemplates.Load("templates"));
}
