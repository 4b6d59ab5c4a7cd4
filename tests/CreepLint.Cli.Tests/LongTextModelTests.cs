using System.Collections.Immutable;
using System.Text;
using CreepLint.Cli.Pipeline;
using CreepLint.Model;

namespace CreepLint.Cli.Tests;

/// <summary>
/// A text longer than <see cref="Limits.MaxMessageLength"/> is linted in windows, and the model's opinion of the whole is
/// that of its creepiest window, blended with every window's findings: so each window's opinion is asked for, also of a
/// window the model alone could not speak on (the engine skips the model there otherwise).
/// </summary>
public sealed class LongTextModelTests
{
    /// <summary>No rule matches it, and no sentence is shaped like a claim about the reader.</summary>
    private const string Shapeless = "Things have been quiet around here. Come back and save 20% this week.\n";

    [Test]
    public void The_creepiest_window_gives_the_opinion_even_where_it_could_not_speak_alone()
    {
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(new WordScorer()).Build();
        var text = new StringBuilder();
        while (text.Length <= Limits.MaxMessageLength)
        {
            text.Append(Shapeless);
        }

        text.Append("We noticed you like rakes.");
        var result = LongText.Lint(engine, text.ToString(), MessageKind.Message, TextFormat.PlainText, "en");
        var rulesOnly = CreepLintEngine.CreateBuilder().AddDefaultRules().WithoutModel().Build().Lint("We noticed you like rakes.");
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint(Shapeless).Model, Is.Null, "premise: a shapeless window alone is not scored by default");
            Assert.That(result.Findings.Select(f => f.RuleId), Is.Not.Empty.And.No.EqualTo(CreepLint.Scoring.ModelBlend.RuleId), "the rakes line's rule findings");
            Assert.That(result.Model?.Probability, Is.EqualTo(0.9), "the shapeless windows' opinion, the highest");
            Assert.That(result.Score, Is.GreaterThan(rulesOnly.Score), "and it counts beside the rule findings");
        });
    }

    /// <summary>0.9 for text without "rakes", 0.6 with it; threshold 0.5.</summary>
    private sealed class WordScorer : ICreepScorer
    {
        public double Threshold => 0.5;

        public double Predict(ScoringInput input) => input.Text.Contains("rakes", StringComparison.Ordinal) ? 0.6 : 0.9;

        public ModelExplanation Explain(ScoringInput input) => new(CreepCategory.BehavioralDetail, ImmutableArray<ModelPhrase>.Empty);
    }
}
