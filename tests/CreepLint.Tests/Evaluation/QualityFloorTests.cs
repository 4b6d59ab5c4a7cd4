using CreepLint.Training.Evaluation;

namespace CreepLint.Tests.Evaluation;

/// <summary>
/// The quality floor CI enforces: the default pack on the held-out dev split of the labelled corpus
/// (samples/corpus/dev.jsonl). Rules are tuned on train.jsonl only; a change that costs dev quality fails here.
/// </summary>
public sealed class QualityFloorTests
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.90;
    private const double MinCategoryHitRate = 0.85;

    private static readonly Lazy<EvaluationReport> s_dev = new(() => Evaluate("dev.jsonl"));

    [Test]
    public void Default_pack_meets_the_precision_floor_on_dev() =>
        Assert.That(s_dev.Value.Overall.Precision, Is.GreaterThanOrEqualTo(MinPrecision), () => Errors(s_dev.Value.FalsePositives));

    [Test]
    public void Default_pack_meets_the_recall_floor_on_dev() =>
        Assert.That(s_dev.Value.Overall.Recall, Is.GreaterThanOrEqualTo(MinRecall), () => Errors(s_dev.Value.FalseNegatives));

    [Test]
    public void Default_pack_meets_the_category_hit_rate_floor_on_dev() =>
        Assert.That(s_dev.Value.HitRate, Is.GreaterThanOrEqualTo(MinCategoryHitRate), () => Errors(s_dev.Value.Items.Where(i => i.Item.Creepy && !i.IsHit)));

    [Test]
    public void Every_category_is_caught_on_dev()
    {
        Assert.Multiple(() =>
        {
            foreach (var c in s_dev.Value.Categories)
            {
                Assert.That(c.Items, Is.Positive, $"{c.Category.ToId()} has dev items");
                Assert.That(c.HitRate, Is.GreaterThanOrEqualTo(0.5), $"{c.Category.ToId()} hit rate");
            }
        });
    }

    private static EvaluationReport Evaluate(string file)
    {
        var problems = new List<CorpusProblem>();
        var items = LabelledCorpus.Load(RepositoryFiles.Path("samples", "corpus", file), problems);
        Assert.That(problems, Is.Empty, "the corpus parses cleanly");
        return CorpusEvaluator.Evaluate(CreepLintEngine.Default, items);
    }

    private static string Errors(IEnumerable<EvaluatedItem> items) =>
        string.Join(Environment.NewLine, items.Select(i => $"{i.Item.Id}: {i.Item.Text} → {i.Result.Score} " +
            string.Join(", ", i.Result.Findings.Select(f => $"{f.RuleId} '{f.Excerpt}'"))));
}
