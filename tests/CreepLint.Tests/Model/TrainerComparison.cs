using System.Diagnostics;
using CreepLint.Model;
using CreepLint.Training;

namespace CreepLint.Tests.Model;

[Explicit("compares the two trainers; minutes")]
public sealed class TrainerComparison
{
    [Test]
    public void Compare()
    {
        var examples = TrainingCorpus.Read([TestCorpus.Train]);
        var rules = TestCorpus.RulesOnly();
        foreach (var trainer in new[] { LinearTrainer.MlNet, LinearTrainer.MathNet, LinearTrainer.MlNet, LinearTrainer.MathNet, LinearTrainer.MlNet, LinearTrainer.MathNet })
        {
            var clock = Stopwatch.StartNew();
            var (model, report) = ModelTrainer.Train(rules, examples, new TrainingOptions { Trainer = trainer });
            var seconds = clock.Elapsed.TotalSeconds;
            using var stream = new MemoryStream();
            model.Save(stream);
            TestContext.Out.WriteLine($"{trainer}: {seconds:0.0} s; threshold {report.Threshold:0.00}; rules {F(report.Rules)}; model {F(report.Model)}; blended {F(report.Blended)}; bias {model.Bias:0.0000}, A {model.PlattA:0.0000}, B {model.PlattB:0.0000}; bytes {stream.Length}, hash {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream.ToArray()))[..16]}");
        }
    }

    private static string F(Metrics m) => $"P {m.Precision:0.000} R {m.Recall:0.000} F1 {m.F1:0.000} (TP {m.TruePositives} FP {m.FalsePositives} FN {m.FalseNegatives})";
}
