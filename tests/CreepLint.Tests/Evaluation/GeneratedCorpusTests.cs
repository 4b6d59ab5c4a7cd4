using CreepLint.Samples.Corpus;
using CreepLint.Training;

namespace CreepLint.Tests.Evaluation;

/// <summary>
/// samples/corpus/generated.jsonl is what its generator writes for seed 1729 (the shipped model is trained on it, so a
/// changed frame must come with the regenerated file), and it is a corpus the trainer reads as it is.
/// </summary>
public sealed class GeneratedCorpusTests
{
    private static readonly string s_path = RepositoryFiles.Path("samples", "corpus", "generated.jsonl");

    [Test]
    public void Committed_file_is_what_the_generator_writes()
    {
        var expected = CorpusGenerator.Generate(1729);
        var actual = File.ReadAllLines(s_path);
        Assert.That(actual, Is.EqualTo(expected),
            "regenerate with: dotnet run --project samples/corpus/generator -- --seed 1729 -o samples/corpus/generated.jsonl");
    }

    [Test]
    public void It_is_large_half_clean_and_grouped_by_frame()
    {
        var items = TrainingCorpus.Read([s_path]);
        var clean = items.Count(i => !i.Creepy);
        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.GreaterThanOrEqualTo(5000));
            Assert.That((double)clean / items.Count, Is.InRange(0.45, 0.55));
            Assert.That(items.All(i => i.Group is not null), Is.True, "every item names its frame as its group");
            Assert.That(items.GroupBy(i => i.Group).Max(g => g.Count()), Is.LessThanOrEqualTo(items.Count / 100), "no frame is more than 1% of the file");
            Assert.That(items.Select(i => i.Text).Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(items.Count), "no duplicate texts");
        });
    }
}
