using System.Collections.Immutable;
using CreepLint.Model;
using CreepLint.Scoring;

namespace CreepLint.Tests.Scoring;

/// <summary>
/// The learned model beside the rules and on its own: with rule evidence it adds from its threshold up; with none it must
/// reach <see cref="ModelBlend.AloneProbability"/>, so a guess no construction supports speaks only when it is very sure,
/// and only on text shaped like a claim about the reader (<see cref="SentenceRoles.IsGrounded(ScoringInput)"/>).
/// </summary>
public sealed class ModelAloneTests
{
    /// <summary>No rule matches it, and it has the reader with a number in one sentence: a model alone may speak on it.</summary>
    private const string Clean = "Hi Sam, your 2 saved items are still waiting. Come back and save 20% this week.";

    /// <summary>No rule matches it, and its firmest sentence has the reader with one role only (a number).</summary>
    private const string OneRole = "Hi Sam, you're on a 12-week streak. Come back and save 20% this week.";

    /// <summary>No rule matches it, and no sentence has the reader with an act, a number, an attribute or an observer.</summary>
    private const string Shapeless = "Things have been quiet around here. Come back and save 20% this week.";
    private const string Creepy = "We noticed you like rakes.";

    [TestCase(0.80, false)]
    [TestCase(0.899, false)]
    [TestCase(ModelBlend.AloneProbability, true)]
    [TestCase(0.99, true)]
    public void Alone_the_model_flags_only_at_the_higher_bar(double probability, bool flags)
    {
        var engine = Engine(probability);
        var result = engine.Lint(Clean);
        Assert.Multiple(() =>
        {
            Assert.That(result.Model!.Value.Counts, Is.True, "the probability is above the model's own threshold");
            Assert.That(result.Verdict, Is.EqualTo(flags ? Verdict.Warn : Verdict.Pass));
            Assert.That(result.Findings.Select(f => f.RuleId), Is.EqualTo(flags ? new[] { ModelBlend.RuleId } : []));
            Assert.That(engine.Rescore(result, result.Findings).Score, Is.EqualTo(result.Score), "re-scoring agrees");
        });
    }

    [TestCase(ModelBlend.AloneProbability, false)]
    [TestCase(0.969, false)]
    [TestCase(ModelBlend.OneRoleProbability, true)]
    public void Alone_on_a_claim_with_one_role_beside_the_reader_the_model_needs_the_higher_bar_still(double probability, bool flags)
    {
        var engine = Engine(probability);
        var result = engine.Lint(OneRole);
        Assert.Multiple(() =>
        {
            Assert.That(Engine(0.99).Lint(OneRole).Verdict, Is.EqualTo(Verdict.Warn), "premise: no rule matches and a sure model speaks on it");
            Assert.That(result.Verdict, Is.EqualTo(flags ? Verdict.Warn : Verdict.Pass));
            Assert.That(result.Findings.Select(f => f.RuleId), Is.EqualTo(flags ? new[] { ModelBlend.RuleId } : []));
            Assert.That(engine.Rescore(result, result.Findings).Score, Is.EqualTo(result.Score), "re-scoring agrees");
        });
    }

    [Test]
    public void Alone_the_model_never_speaks_on_text_not_shaped_like_a_claim_about_the_reader()
    {
        var engine = Engine(0.999);
        var result = engine.Lint(new LintRequest(Shapeless) { AskModel = true });
        Assert.Multiple(() =>
        {
            Assert.That(result.Model!.Value.Counts, Is.True, "the probability is above the model's own threshold");
            Assert.That((result.Score, result.Verdict), Is.EqualTo((0, Verdict.Pass)));
            Assert.That(result.Findings, Is.Empty);
            Assert.That(engine.Rescore(result, result.Findings).Score, Is.EqualTo(0), "re-scoring agrees");
        });
    }

    [Test]
    public void Beside_rule_evidence_the_model_adds_from_its_own_threshold()
    {
        var result = Engine(0.85).Lint(Creepy);
        var rulesOnly = Engine(0.0).Lint(Creepy);
        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain(ModelBlend.RuleId));
            Assert.That(result.Score, Is.GreaterThan(rulesOnly.Score), "a probability of 0.85 adds to a rule finding");
        });
    }

    [Test]
    public void Silencing_every_rule_finding_leaves_the_model_alone()
    {
        var engine = Engine(0.85);
        var result = engine.Lint(Creepy);
        var silenced = engine.Rescore(result, []);
        Assert.That((silenced.Score, silenced.Verdict), Is.EqualTo((0, Verdict.Pass)), "0.85 is below the bar the model must reach alone");
    }

    [TestCase("CL0001")]
    [TestCase("learned-model")]
    public void A_suppression_naming_the_learned_model_silences_it(string id)
    {
        var engine = Engine(0.99);
        var result = engine.Lint($"<!-- creeplint-disable-file {id} -- reviewed -->\n{Clean}");
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint(Clean).Verdict, Is.EqualTo(Verdict.Warn), "premise: the model speaks alone on it");
            Assert.That(result.Suppressed.Select(f => f.RuleId), Is.EqualTo(new[] { ModelBlend.RuleId }));
            Assert.That((result.Score, result.Verdict), Is.EqualTo((0, Verdict.Pass)));
        });
    }

    [Test]
    public void The_models_phrases_never_cross_a_sentence()
    {
        var engine = CreepLintEngine.Default;
        var checkedPhrases = 0;
        foreach (var text in new[]
        {
            "Things haven't been the same without you.\nCome back and save 20%.",
            "<p>You spent last weekend in Whitby again.</p><p>Planning another visit? Trains there are cheap.</p>",
            "To everyone who watched our mattress video twice yesterday but didn't buy.\nThis one's for you.",
            "Your last logged workout was 3 March. That's 47 days without a run.",
            "Our widow's savings plan is ready for you. Book a call today.",
            "Looked at it five times since lunch? It's still here.\nCheckout takes a minute.",
        })
        {
            var explained = engine.LintExplained(new LintRequest(text));
            foreach (var f in explained.Findings.Where(f => f.RuleId == ModelBlend.RuleId))
            {
                var span = text.Substring(f.Offset, f.Length);
                var stop = span.IndexOfAny(['\n', '.', '?']);
                Assert.That(stop < 0 || stop == span.Length - 1, Is.True, $"'{span}' stays inside one sentence");
                checkedPhrases++;
            }
        }

        Assert.That(checkedPhrases, Is.Positive, "the model spoke on these messages");
    }

    private static CreepLintEngine Engine(double probability) =>
        CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(new FixedScorer(probability)).Build();

    /// <summary>A scorer that gives every message the same probability, with the model's threshold at 0.5.</summary>
    private sealed class FixedScorer(double probability) : ICreepScorer
    {
        public double Threshold => 0.5;

        public double Predict(ScoringInput input) => probability;

        public ModelExplanation Explain(ScoringInput input) => new(CreepCategory.BehavioralDetail, ImmutableArray<ModelPhrase>.Empty);
    }
}
