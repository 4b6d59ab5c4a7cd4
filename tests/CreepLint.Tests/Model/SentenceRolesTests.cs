using CreepLint.Matching;
using CreepLint.Model;

namespace CreepLint.Tests.Model;

/// <summary>
/// Which texts are shaped like a claim about the reader (<see cref="SentenceRoles.IsGrounded"/>): the reader together with a
/// logged act, a number or time, an attribute or an observer in one sentence. A learned model that stands alone speaks
/// only on those; the trainer picks its threshold with the same test.
/// </summary>
public sealed class SentenceRolesTests
{
    [TestCase("You lingered on the wedding dresses last night.", Description = "the reader with a past form: an act")]
    [TestCase("u swiped left on 40 profiles", Description = "the reader with a number")]
    [TestCase("Hi Anna, still at the gym at 7pm?", Description = "the reader's name with a time")]
    [TestCase("As a new mum you deserve a break.", Description = "the reader with an attribute")]
    [TestCase("Still thinking about the sofa in your basket?", Description = "a logged act from a lexicon")]
    public void Text_that_tells_the_reader_about_themselves_is_grounded(string text) =>
        Assert.That(Grounded(text), Is.True);

    [TestCase("Things have been quiet around here. Come back and save 20% this week.", Description = "no reader")]
    [TestCase("You've been selected for early access.", Description = "the reader described, not acting")]
    [TestCase("Pick the one you like best.", Description = "'one' is not a count")]
    [TestCase("You deserve a treat.", Description = "the reader alone")]
    [TestCase("Our 3 best sellers are back. Shop now.", Description = "a number without the reader")]
    [TestCase("", Description = "nothing at all")]
    public void Text_that_does_not_is_not(string text) =>
        Assert.That(Grounded(text), Is.False);

    [Test]
    public void The_roles_of_a_sentence_do_not_leak_into_the_next()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Grounded("You are welcome any time. We opened 3 new stores."), Is.False, "the reader and the number are in two sentences");
            Assert.That(Grounded("You visited 3 new stores."), Is.True);
        });
    }

    [Test]
    public void Every_attribute_list_of_the_default_pack_plays_the_attribute_role()
    {
        var lexicons = CreepLintEngine.Default.RuleSet.SetLexicons.OfType<string>().Distinct().ToList();
        var attributes = lexicons.Where(l => l.EndsWith("-terms", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(attributes, Is.Not.Empty);
            foreach (var lexicon in attributes)
            {
                Assert.That(SentenceRoles.OfLexicon(lexicon), Is.EqualTo(SentenceRoles.Attribute), lexicon);
            }

            Assert.That(SentenceRoles.OfLexicon("second-person"), Is.EqualTo(SentenceRoles.Reader));
            Assert.That(SentenceRoles.OfLexicon("aggregate-framing"), Is.EqualTo(SentenceRoles.Frame));
            Assert.That(SentenceRoles.OfLexicon("no-such-lexicon"), Is.Zero);
        });
    }

    [Test]
    public void Every_second_person_word_starts_with_the_letters_the_role_pass_checks_first() =>
        Assert.That(FeatureExtractor.SecondPersonWords.Where(w => w[0] is not ('y' or 'u')), Is.Empty);

    [TestCase("en", true)]
    [TestCase("de", false)]
    [TestCase("fr", false)]
    [TestCase("es", false)]
    public void Roles_are_read_for_the_english_pack_only(string language, bool roles)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SentenceRoles.AppliesTo(language), Is.EqualTo(roles));
            Assert.That(SentenceRoles.FeaturesFor(language).HasFlag(FeatureSet.Roles), Is.EqualTo(roles));
            Assert.That(CreepLintEngine.Default.ScorerFor(language), Is.TypeOf<LinearCreepModel>().With.Property(nameof(LinearCreepModel.Features)).EqualTo(SentenceRoles.FeaturesFor(language)),
                "the embedded model of the language reads what a model trained now for it reads");
        });
    }

    private static bool Grounded(string text)
    {
        var engine = CreepLintEngine.Default;
        var grounded = false;
        MessagePipeline.Inspect(engine.RuleSet, engine.Thresholds, text, MessageKind.Message, TextFormat.Auto, input => grounded = SentenceRoles.IsGrounded(input));
        return grounded;
    }
}
