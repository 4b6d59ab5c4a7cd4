using CreepLint.Training.Evaluation;

namespace CreepLint.Tests.Evaluation;

/// <summary>
/// The best-known examples of creepy marketing (samples/corpus/seeds.jsonl: the garden hose two years on, the baby
/// coupons, the cluster of young mothers) are caught by the default engine, each with a finding of its own category,
/// by the rules alone as well as with the model.
/// </summary>
public sealed class SeedExampleTests
{
    private static readonly CreepLintEngine s_rulesOnly = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();

    private static IEnumerable<TestCaseData> Seeds()
    {
        var problems = new List<CorpusProblem>();
        var items = LabelledCorpus.Load(RepositoryFiles.Path("samples", "corpus", "seeds.jsonl"), problems);
        Assert.That(problems, Is.Empty);
        return items.Select(i => new TestCaseData(i.Text, i.Kind, i.Category!.Value).SetName($"Seed {i.Id} is caught with its category"));
    }

    [TestCaseSource(nameof(Seeds))]
    public void Seed_is_caught_with_its_category(string text, MessageKind kind, CreepCategory category)
    {
        Assert.Multiple(() =>
        {
            foreach (var (engine, which) in new[] { (CreepLintEngine.Default, "rules and model"), (s_rulesOnly, "rules alone") })
            {
                var result = engine.Lint(text, kind);
                Assert.That(result.Verdict, Is.Not.EqualTo(Verdict.Pass), $"{which}: '{text}'");
                Assert.That(result.Findings.Select(f => f.Category), Does.Contain(category), $"{which}: category of '{text}'");
            }
        });
    }
}
