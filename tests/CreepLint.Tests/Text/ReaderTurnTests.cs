using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// In a transcript (a chatbot script, a call-centre reply template), what the customer says is their own declaration:
/// a finding wholly inside a reader's turn is not reported, while the agent's turns, and a finding that ties the
/// customer's words to the agent's, still are.
/// </summary>
public sealed class ReaderTurnTests
{
    private static readonly CreepLintEngine s_rules = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();

    [Test]
    public void A_customer_asking_about_their_own_condition_in_a_chat_is_not_a_claim_of_the_sender()
    {
        const string Said = "Do you have books about coping with depression?";
        Assert.That(s_rules.Lint(Said).Findings, Is.Not.Empty, "the sentence alone is flagged: the test would pass for nothing otherwise");

        var chat = $"User: {Said}\nBot: Yes, we have 30 titles chosen with health professionals. Shall I reserve one at your branch?";
        Assert.That(s_rules.Lint(chat).Findings, Is.Empty);
    }

    [Test]
    public void The_agents_claim_in_the_same_transcript_is_still_flagged()
    {
        const string Chat = "User: can i see my balance\nBot: Here it is. Since you're pregnant, we've added baby deals to your feed.";
        Assert.That(s_rules.Lint(Chat).Findings.Select(f => f.Category), Does.Contain(CreepCategory.InferredTrait));
    }

    [Test]
    public void Without_another_speaker_a_label_like_line_is_not_a_transcript()
    {
        const string Text = "You: pregnant and wondering what's next?\nBaby deals inside, 20% off cots this week.";
        Assert.That(ReaderTurns.Find(Text), Is.Empty);
    }

    [Test]
    public void A_reader_turn_runs_to_the_next_labelled_line()
    {
        const string Text = "Subject: Your chat\nCaller: my dad died\nand I need help\nAgent: I'm here to help.";
        var turns = ReaderTurns.Find(Text);
        Assert.That(turns, Has.Count.EqualTo(1));
        var (start, end) = turns[0];
        Assert.That(Text[start..end], Is.EqualTo("Caller: my dad died\nand I need help\n"));
    }

    [Test]
    public void Template_part_labels_are_not_speakers()
    {
        Assert.That(ReaderTurns.Find("Subject: hi\nCustomer: I'm pregnant"), Is.Empty);
    }
}
