using CreepLint.Model;
using CreepLint.Tests.Evaluation;
using CreepLint.Training;

namespace CreepLint.Tests.Model;

public sealed class ModelTrainingTests
{
    private static byte[] Bytes(LinearCreepModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Test]
    public void Training_with_a_fixed_seed_gives_a_byte_identical_model()
    {
        var examples = TrainingCorpus.Read([TestCorpus.Train]).Take(200).ToList();
        var rules = TestCorpus.RulesOnly();
        var first = Bytes(ModelTrainer.Train(rules, examples, new TrainingOptions(Seed: 7)).Model);
        var second = Bytes(ModelTrainer.Train(rules, examples, new TrainingOptions(Seed: 7)).Model);
        var otherSeed = Bytes(ModelTrainer.Train(rules, examples, new TrainingOptions(Seed: 8)).Model);
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(otherSeed, Is.Not.EqualTo(first), "the seed should change the fold split and so the calibration");
        });
    }

    /// <remarks>
    /// Byte for byte where ML.NET's vector arithmetic takes the path it took when the shipped file was made (AVX2, as on
    /// the project's machines and CI): there training is deterministic, run after run and process after process. Where it
    /// takes another, sums are added in another order and the optimiser stops at its tolerance a few rounding steps
    /// elsewhere: weights move by up to 3e-4 without AVX2 and 2.4e-3 without any vector instructions (measured with
    /// DOTNET_EnableAVX2=0 and DOTNET_EnableHWIntrinsic=0). There the model is checked to be the same model instead: the
    /// same slots, threshold and cross-validated figures, weights and calibration within 0.01, and the same verdict on
    /// every dev message.
    /// </remarks>
    [Test]
    public void Shipped_default_model_is_what_training_on_its_recipe_gives()
    {
        var examples = ShippedModel.Examples(TestCorpus.Root);
        var (model, _) = ModelTrainer.Train(TestCorpus.RulesOnly(), examples, new TrainingOptions(L2: ShippedModel.L2) { Threshold = ShippedModel.Threshold });
        var retrain = "retrain with: " + ShippedModel.Command;
        var shipped = LinearCreepModel.Default;
        if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
        {
            Assert.That(Bytes(model), Is.EqualTo(Bytes(shipped)), retrain);
            return;
        }

        var retrained = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(model).Build();
        var dev = TrainingCorpus.Read([TestCorpus.Dev]);
        Assert.Multiple(() =>
        {
            Assert.That(model.Threshold, Is.EqualTo(shipped.Threshold), retrain);
            Assert.That(model.Metadata, Is.EqualTo(shipped.Metadata), retrain);
            Assert.That(new[] { model.Bias - shipped.Bias, model.PlattA - shipped.PlattA, model.PlattB - shipped.PlattB }.Max(Math.Abs), Is.LessThan(0.01), retrain);
            Assert.That(model.Weights.Select(w => w != 0), Is.EqualTo(shipped.Weights.Select(w => w != 0)), retrain);
            Assert.That(model.Weights.Zip(shipped.Weights).Max(p => Math.Abs(p.First - p.Second)), Is.LessThan(0.01), retrain);
            Assert.That(dev.Select(e => retrained.Lint(e.Text, e.Kind).Verdict), Is.EqualTo(dev.Select(e => CreepLintEngine.Default.Lint(e.Text, e.Kind).Verdict)), retrain);
        });
    }

    /// <summary>
    /// docs/model.md prints the command that writes the shipped model; it is the recipe's own (<see cref="ShippedModel.Command"/>),
    /// so a round that adds a corpus file to the recipe cannot leave the documented command behind.
    /// </summary>
    [Test]
    public void Docs_print_the_recipes_own_command()
    {
        var docs = File.ReadAllText(RepositoryFiles.Path("docs", "model.md"));
        Assert.That(docs, Does.Contain(ShippedModel.Command + " --eval samples/corpus/dev.jsonl"));
    }

    [Test]
    public void Retraining_on_a_custom_corpus_flags_a_new_kind_of_message()
    {
        const string shaming = "You're still Bronze after 40 orders? Your spending isn't quite Gold material, is it?";
        const string benign = "Gold members get early access to the summer sale.";
        var rules = TestCorpus.RulesOnly();
        Assert.That(rules.Lint(shaming).Verdict, Is.EqualTo(Verdict.Pass), "premise: the default pack has no rule for loyalty-tier shaming");

        var examples = TrainingCorpus.Read([TestCorpus.Train]).Concat(TestCorpus.LoyaltyTierShaming).ToList();
        var (model, _) = ModelTrainer.Train(rules, examples, new TrainingOptions());
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(model).Build();

        var result = engine.Lint(shaming);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Warn), "a model finding alone warns");
            Assert.That(result.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "CL0001" }));
            Assert.That(engine.Lint(benign).Verdict, Is.EqualTo(Verdict.Pass));
        });
    }

    [Test]
    public void Cross_validated_figures_are_consistent_counts()
    {
        var examples = TrainingCorpus.Read([TestCorpus.Train]).Take(200).ToList();
        var (_, report) = ModelTrainer.Train(TestCorpus.RulesOnly(), examples, new TrainingOptions());
        var creepy = examples.Count(e => e.Creepy);
        Assert.Multiple(() =>
        {
            Assert.That(report.Items, Is.EqualTo(200));
            Assert.That(report.Creepy, Is.EqualTo(creepy));
            foreach (var m in new[] { report.Rules, report.Model, report.Blended })
            {
                Assert.That(m.TruePositives + m.FalseNegatives, Is.EqualTo(creepy));
                Assert.That(m.TruePositives + m.FalsePositives + m.FalseNegatives + m.TrueNegatives, Is.EqualTo(200));
            }

            // Rules plus model flag a superset of what the rules flag.
            Assert.That(report.Blended.TruePositives, Is.GreaterThanOrEqualTo(report.Rules.TruePositives));
        });
    }

    [Test]
    public void Corpus_problems_name_file_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            "{\"text\": \"fine\", \"creepy\": false}",
            "{\"text\": \"no label\"}",
            "{\"text\": \"bad category\", \"creepy\": true, \"category\": \"spooky\"}",
            "{\"text\": ",
        ]);
        try
        {
            var ex = Assert.Throws<CorpusException>(() => TrainingCorpus.Read([path]));
            Assert.That(ex!.Problems, Has.Count.EqualTo(3));
            Assert.That(ex.Problems[0], Does.StartWith($"{path}:2:1: ").And.Contain("\"creepy\""));
            Assert.That(ex.Problems[1], Does.StartWith($"{path}:3:1: ").And.Contain("unknown category"));
            Assert.That(ex.Problems[2], Does.StartWith($"{path}:4:").And.Contain("not valid JSON"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
