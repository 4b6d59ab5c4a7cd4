using System.Collections.Immutable;
using CreepLint.Model;
using CreepLint.Scoring;
using CreepLint.Tests.Model;
using CreepLint.Training.Evaluation;

namespace CreepLint.Tests.Scoring;

/// <summary>
/// The model is not asked about a message it cannot have a say in (no rule finding counts and no sentence is shaped like a
/// claim about the reader): every result is the one a full prediction gives, and the opinion is there for whoever asks
/// (<see cref="LintRequest.AskModel"/>).
/// </summary>
public sealed class ModelSkipTests
{
    /// <summary>No rule matches it, and no sentence has the reader with an act, a number, an attribute or an observer.</summary>
    private const string Shapeless = "Things have been quiet around here. Come back and save 20% this week.";

    /// <summary>No rule matches it, and it has the reader with a number in one sentence.</summary>
    private const string Grounded = "Hi Sam, your 2 saved items are still waiting. Come back and save 20% this week.";

    private const string Creepy = "We noticed you like rakes.";

    [Test]
    public void A_message_the_model_cannot_speak_on_is_not_scored_unless_asked()
    {
        var scorer = new CountingScorer(0.999);
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(scorer).Build();
        var result = engine.Lint(Shapeless);
        var predicted = scorer.Calls;
        var asked = engine.Lint(new LintRequest(Shapeless) { AskModel = true });
        Assert.Multiple(() =>
        {
            Assert.That(predicted, Is.Zero, "not scored");
            Assert.That(result.Model, Is.Null);
            Assert.That((result.Score, result.Verdict, result.Findings.Length), Is.EqualTo((0, Verdict.Pass, 0)));
            Assert.That(scorer.Calls, Is.EqualTo(1), "scored when asked");
            Assert.That(asked.Model!.Value.Counts, Is.True, "premise: the model is sure");
            Assert.That(ModelBlend.Speaks(asked.Model.Value, alone: true), Is.False, "and still cannot speak");
            Assert.That((asked.Score, asked.Verdict, asked.Findings.Length), Is.EqualTo((0, Verdict.Pass, 0)));
        });
    }

    [TestCase(Grounded, true)]
    [TestCase(Creepy, false)]
    public void A_grounded_message_or_one_with_rule_evidence_is_scored(string text, bool alone)
    {
        var scorer = new CountingScorer(0.999);
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(scorer).Build();
        var result = engine.Lint(text);
        Assert.Multiple(() =>
        {
            Assert.That(scorer.Calls, Is.EqualTo(1));
            Assert.That(result.Model, Is.Not.Null);
            Assert.That(MessageScore.HasRuleEvidence(result.Findings.AsSpan()), Is.EqualTo(!alone), "premise");
            Assert.That(result.Findings.Select(f => f.RuleId), alone ? Is.EqualTo(new[] { ModelBlend.RuleId }) : Does.Not.Contain(ModelBlend.RuleId));
        });
    }

    /// <summary>
    /// Over the labelled corpora, with the shipped model and with one sure of every message: linting gives what a full
    /// prediction gives, and no message left unscored is one the model, asked, would speak on.
    /// </summary>
    [Test]
    public void Over_the_corpora_a_skipped_model_could_never_have_spoken()
    {
        var texts = CorpusTexts();
        var sure = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(new CountingScorer(1.0)).Build();
        foreach (var engine in new[] { CreepLintEngine.Default, sure })
        {
            var (skipped, speaksAlone) = (0, 0);
            foreach (var text in texts)
            {
                var result = engine.Lint(text);
                var asked = engine.Lint(new LintRequest(text) { AskModel = true });
                Assert.That((result.Score, result.Verdict, result.Language, result.LimitsHit, result.UnsupportedLanguage),
                    Is.EqualTo((asked.Score, asked.Verdict, asked.Language, asked.LimitsHit, asked.UnsupportedLanguage)), text);
                Assert.That(result.Findings, Is.EqualTo(asked.Findings), text);
                Assert.That(result.Suppressed, Is.EqualTo(asked.Suppressed), text);
                if (result.Model is null && asked.Model is { } opinion)
                {
                    skipped++;
                    Assert.That(MessageScore.HasRuleEvidence(asked.Findings.AsSpan()), Is.False, text);
                    Assert.That(ModelBlend.Speaks(opinion, alone: true), Is.False, $"a skipped model would have spoken: {text}");
                    Assert.That(engine.Rescore(asked, []).Score, Is.EqualTo(engine.Rescore(result, []).Score), text);
                }
                else
                {
                    Assert.That(result.Model, Is.EqualTo(asked.Model), text);
                    speaksAlone += result.Model is { } m && ModelBlend.Speaks(m, alone: true) && !MessageScore.HasRuleEvidence(result.Findings.AsSpan()) ? 1 : 0;
                }
            }

            Assert.That(skipped, Is.InRange(texts.Count / 10, texts.Count - 1), "many messages are skipped, not all");
            if (engine == sure)
            {
                Assert.That(speaksAlone, Is.Positive, "a sure model still speaks alone on the grounded messages");
            }
        }
    }

    [Test]
    public void A_message_of_another_pack_that_names_a_reader_is_skipped_the_same_way()
    {
        // The German pack names its reader (Sie, du) under roles:, so the grounding test applies to German text too.
        var scorer = new CountingScorer(0.999);
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(scorer, "de").Build();
        var shapeless = engine.Lint(new LintRequest("Schönes Wochenende und viele Grüße aus dem Laden.") { Language = "de" });
        var calls = scorer.Calls;
        var grounded = engine.Lint(new LintRequest("Sie haben sich die Laufschuhe gestern 3 Mal angesehen.") { Language = "de" });
        Assert.Multiple(() =>
        {
            Assert.That(calls, Is.Zero, "a German message with no claim about the reader is not scored");
            Assert.That(shapeless.Model, Is.Null);
            Assert.That(scorer.Calls, Is.EqualTo(1), "a German sentence with the reader, an act and a count is");
            Assert.That(grounded.Model, Is.Not.Null);
        });
    }

    [Test]
    public void The_model_of_a_pack_that_names_no_reader_is_always_asked()
    {
        // No grounding test applies to a pack with no reader role, so its model may speak alone on any text.
        var scorer = new CountingScorer(0.999);
        var engine = CreepLintEngine.CreateBuilder().AddRules(SentenceRolesTests.ItalianPackWithoutReader, "it.yaml").UseModel(scorer, "it").Build();
        var result = engine.Lint(new LintRequest("Buon fine settimana e tanti saluti dal negozio.") { Language = "it" });
        Assert.Multiple(() =>
        {
            Assert.That(scorer.Calls, Is.EqualTo(1));
            Assert.That(result.Model, Is.Not.Null);
            Assert.That(result.Language, Is.EqualTo("it"), "premise: the Italian pack read it");
        });
    }

    private static List<string> CorpusTexts()
    {
        var corpus = Path.Combine(TestCorpus.Root, "samples", "corpus");
        return
        [
            .. new[] { "dev.jsonl", "test-5.jsonl", Path.Combine("real", "test.jsonl"), "independent-3.jsonl" }
                .SelectMany(file => LabelledCorpus.Load(Path.Combine(corpus, file), []))
                .Select(item => item.Text),
        ];
    }

    /// <summary>A scorer that gives every message the same probability (threshold 0.5) and counts its predictions.</summary>
    private sealed class CountingScorer(double probability) : ICreepScorer
    {
        private int _calls;

        public int Calls => _calls;

        public double Threshold => 0.5;

        public double Predict(ScoringInput input)
        {
            Interlocked.Increment(ref _calls);
            return probability;
        }

        public ModelExplanation Explain(ScoringInput input) => new(CreepCategory.BehavioralDetail, ImmutableArray<ModelPhrase>.Empty);
    }
}
