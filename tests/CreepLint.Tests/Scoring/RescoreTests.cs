using CreepLint.Training.Evaluation;
using CreepLint.Tests.Model;

namespace CreepLint.Tests.Scoring;

/// <summary><see cref="CreepLintEngine.Rescore"/>: the one way to score a result again after findings are removed or re-levelled.</summary>
public sealed class RescoreTests
{
    private static readonly CreepLintEngine WithModel = CreepLintEngine.Default;

    /// <summary>Rules miss it, the model lifts it: the result carries the model's own finding.</summary>
    private const string ModelOnly = "The flat must feel quiet since she moved out, Dan. Our one-pan recipes are made for one.";

    private static IEnumerable<string> DevTexts() =>
        LabelledCorpus.Load(TestCorpus.Dev, []).Select(i => i.Text);

    [Test]
    public void Rescoring_with_every_finding_gives_the_engines_score_and_verdict_for_every_dev_message()
    {
        foreach (var engine in new[] { WithModel, TestCorpus.RulesOnly() })
        {
            foreach (var text in DevTexts())
            {
                var result = engine.Lint(text);
                var again = engine.Rescore(result, result.Findings);
                Assert.That((again.Score, again.Verdict, again.Model), Is.EqualTo((result.Score, result.Verdict, result.Model)), text);
            }
        }
    }

    [Test]
    public void Result_carries_the_models_opinion_where_it_may_count()
    {
        // A clean message with a sentence shaped like a claim about the reader: the model, alone, could speak on it.
        var clean = WithModel.Lint("Hi Sam, your 2 saved items are still waiting.");
        Assert.Multiple(() =>
        {
            Assert.That(clean.Model, Is.Not.Null);
            Assert.That(clean.Model!.Value.Counts, Is.False);
            Assert.That(clean.Model.Value.Threshold, Is.EqualTo(WithModel.Scorer!.Threshold));
            Assert.That(WithModel.Lint("We noticed you like rakes.").Model, Is.Not.Null);
            Assert.That(TestCorpus.RulesOnly().Lint("We noticed you like rakes.").Model, Is.Null);
            Assert.That(WithModel.Lint("Spring sale: 20% off garden tools this week.").Model, Is.Null, "no claim, no rule: the model cannot speak and is not asked");
        });
    }

    [Test]
    public void Removing_every_rule_finding_keeps_the_models_part()
    {
        // A message both the rules and the model flag, the model sure enough to speak alone: the model's part is in the
        // score, with no finding of its own.
        var text = DevTexts().First(t => WithModel.Lint(t) is { HasFindings: true, Model: { Counts: true } model } r
            && CreepLint.Scoring.ModelBlend.Speaks(model, alone: true) && r.Findings.All(f => f.RuleId != "CL0001")
            && TestCorpus.RulesOnly().Lint(t).Score < r.Score);
        var result = WithModel.Lint(text);
        var rulesOnly = TestCorpus.RulesOnly().Lint(text);
        var without = WithModel.Rescore(result, []);
        Assert.Multiple(() =>
        {
            Assert.That(result.Score, Is.GreaterThan(rulesOnly.Score), "premise: the model adds to the rules");
            Assert.That(without.Score, Is.GreaterThanOrEqualTo(WithModel.Thresholds.WarnAt), "the model alone still warns");
            Assert.That(without.Verdict, Is.EqualTo(Verdict.Warn));
            Assert.That(without.Model, Is.EqualTo(result.Model));
        });
    }

    [Test]
    public void Removing_the_models_own_finding_removes_its_part()
    {
        var result = WithModel.Lint(ModelOnly);
        Assert.That(result.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "CL0001" }), "premise: only the model lifts it");
        var without = WithModel.Rescore(result, []);
        var info = WithModel.Rescore(result, [result.Findings[0] with { Severity = Severity.Info }]);
        Assert.Multiple(() =>
        {
            Assert.That((without.Score, without.Verdict, without.Model), Is.EqualTo((0, Verdict.Pass, (ModelOpinion?)null)));
            Assert.That((info.Score, info.Verdict), Is.EqualTo((0, Verdict.Pass)), "an info finding does not count");
            Assert.That(WithModel.Rescore(without, []).Score, Is.Zero, "re-scoring again does not bring the model back");
        });
    }

    [Test]
    public void Severity_changes_count_as_the_engine_counts_them()
    {
        var result = WithModel.Lint("Congratulations on the pregnancy! Here's 20% off maternity wear.");
        Assert.That(result.HasFindings, Is.True);
        var allInfo = WithModel.Rescore(result, result.Findings.Select(f => f with { Severity = Severity.Info }));
        var m = result.Model!.Value;
        var bar = CreepLint.Scoring.ModelBlend.Bar(m, alone: true);
        var modelPart = m.Probability >= bar ? CreepLint.Scoring.ModelBlend.Blend(0, m.Probability, bar, WithModel.Thresholds) : 0;
        Assert.That(allInfo.Score, Is.EqualTo(modelPart), "info findings leave only the model's part, which then stands alone and must reach the higher bar");
    }
}
