using CreepLint.Training.Evaluation;

namespace CreepLint.Tests.Evaluation;

public sealed class CorpusEvaluatorTests
{
    private const string Corpus = """
        {"id": "c1", "text": "We noticed you like rakes.", "kind": "message", "creepy": true, "category": "surveillance-language"}
        {"id": "c2", "text": "We noticed you like rakes.", "kind": "message", "creepy": true, "category": "location-tracking"}
        {"id": "c3", "text": "Garden tools, 20% off.", "kind": "message", "creepy": true, "category": "behavioral-detail"}
        {"id": "n1", "text": "We noticed you like brooms.", "kind": "message", "creepy": false}
        {"id": "n2", "text": "Spring sale starts Friday.", "kind": "rationale", "creepy": false}
        """;

    [Test]
    public void Counts_confusion_per_item_and_hits_per_category()
    {
        var problems = new List<CorpusProblem>();
        var items = LabelledCorpus.Parse(Corpus, "t.jsonl", problems);
        var report = CorpusEvaluator.Evaluate(CreepLintEngine.Default, items);
        var surveillance = report.Categories.Single(c => c.Category == CreepCategory.SurveillanceLanguage);
        var location = report.Categories.Single(c => c.Category == CreepCategory.LocationTracking);
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(items[4].Kind, Is.EqualTo(MessageKind.Rationale));
            Assert.That(report.Overall, Is.EqualTo(new Confusion(2, 1, 1, 1)));
            Assert.That(report.Overall.Precision, Is.EqualTo(2.0 / 3).Within(1e-9));
            Assert.That(report.Overall.Recall, Is.EqualTo(2.0 / 3).Within(1e-9));
            Assert.That(report.Hits, Is.EqualTo(1), "c2 is flagged, but not for location");
            Assert.That(report.HitRate, Is.EqualTo(1.0 / 3).Within(1e-9));
            Assert.That(surveillance.Confusion, Is.EqualTo(new Confusion(1, 1, 0, 0)), "n1's false alarm is charged to surveillance");
            Assert.That(location.Confusion.FalsePositives, Is.Zero);
            Assert.That(report.FalsePositives.Select(i => i.Item.Id), Is.EqualTo(new[] { "n1" }));
            Assert.That(report.FalseNegatives.Select(i => i.Item.Id), Is.EqualTo(new[] { "c3" }));
            Assert.That(report.CategoryMisses.Select(i => i.Item.Id), Is.EqualTo(new[] { "c2" }));
        });
    }

    [Test]
    public void Ratios_with_nothing_to_count_are_one_and_f1_is_harmonic()
    {
        var empty = new Confusion(0, 0, 0, 5);
        var some = new Confusion(3, 1, 3, 0);
        Assert.Multiple(() =>
        {
            Assert.That((empty.Precision, empty.Recall), Is.EqualTo((1.0, 1.0)));
            Assert.That(some.F1, Is.EqualTo(2 * 0.75 * 0.5 / 1.25).Within(1e-9));
            Assert.That(new Confusion(0, 2, 2, 0).F1, Is.Zero);
        });
    }

    [TestCase("{\"id\": \"a\", \"text\": \"x\"}", "\"creepy\" is missing")]
    [TestCase("{\"id\": \"a\", \"text\": \"x\", \"creepy\": true}", "needs \"category\"")]
    [TestCase("{\"id\": \"a\", \"text\": \"x\", \"creepy\": false, \"category\": \"vulnerability\"}", "must not have a \"category\"")]
    [TestCase("{\"id\": \"a\", \"text\": \"x\", \"creepy\": true, \"category\": \"creepy-ish\"}", "unknown \"category\" 'creepy-ish'")]
    [TestCase("{\"id\": \"a\", \"text\": \"x\", \"creepy\": false, \"kind\": \"email\"}", "\"kind\" must be")]
    [TestCase("{\"id\": \"a\", \"text\": 5, \"creepy\": false}", "\"text\" is missing or not a string")]
    [TestCase("{not json", "invalid JSON")]
    public void Malformed_lines_are_reported_with_file_and_line(string line, string expected)
    {
        var problems = new List<CorpusProblem>();
        var items = LabelledCorpus.Parse("\n" + line + "\n", "bad.jsonl", problems);
        Assert.Multiple(() =>
        {
            Assert.That(items, Is.Empty);
            Assert.That(problems, Has.Count.EqualTo(1));
            Assert.That(problems[0].ToString(), Does.StartWith("bad.jsonl:2:").And.Contain(expected));
        });
    }

    [Test]
    public void Duplicate_ids_are_reported()
    {
        var problems = new List<CorpusProblem>();
        var items = LabelledCorpus.Parse("{\"id\": \"a\", \"text\": \"x\", \"creepy\": false}\n{\"id\": \"a\", \"text\": \"y\", \"creepy\": false}", "d.jsonl", problems);
        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(1));
            Assert.That(problems.Single().ToString(), Does.Contain("duplicate id 'a'"));
        });
    }
}
