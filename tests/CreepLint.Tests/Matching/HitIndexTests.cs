using System.Runtime.InteropServices;
using CreepLint.Matching;
using CreepLint.Tests.Model;

namespace CreepLint.Tests.Matching;

/// <summary>
/// The hits of the sets the learned model reads are ordered when the scan is done; every other set's hits are ordered only
/// when a rule asks for them (<see cref="HitIndex.Index(LintScratch, int)"/>), unless the message has so many hits that all
/// are ordered at once. Either way each set's hits must be what a stable sort of every hit by set, first and last token
/// gives, and the model must find its sets' hits in that order (before any other, in a short message).
/// </summary>
public sealed class HitIndexTests
{
    // Training and dev files only: a failure prints the message, and the frozen test sets are never printed.
    [TestCase("en", "dev.jsonl")]
    [TestCase("en", "chat-negatives.jsonl")]
    [TestCase("en", "real/train.jsonl")]
    [TestCase("de", "de/train-21.jsonl")]
    [TestCase("fr", "fr/train-21.jsonl")]
    [TestCase("es", "es/train-21.jsonl")]
    public void Every_set_finds_its_hits_as_a_sort_of_every_hit_orders_them(string language, string file)
    {
        var engine = CreepLintEngine.Default;
        var rules = language == "en" ? engine.RuleSet : engine.Packs.For(language)!;
        var (messages, asked) = (0, 0);
        foreach (var item in Training.Evaluation.LabelledCorpus.Load(Path.Combine(TestCorpus.Root, "samples", "corpus", file), []))
        {
            MessagePipeline.Inspect(rules, engine.Thresholds, item.Text, item.Kind, TextFormat.Auto, input =>
            {
                messages++;
                var scratch = input.Scratch;

                // The hits as the scan found them, and every hit in the order a stable sort by set, first and last token gives.
                var found = CollectionsMarshal.AsSpan(scratch.SpareHits).ToArray();
                var sorted = found.OrderBy(h => h.Set).ThenBy(h => h.First).ThenBy(h => h.Last).ToArray();
                var model = sorted.Where(h => rules.ModelReads[h.Set]).ToArray();
                Assert.That(scratch.Hits.Where(h => rules.ModelReads[h.Set]), Is.EqualTo(model), item.Text);
                if (found.Length <= 256)
                {
                    // A short message's other hits come after the model's, when a rule asks for them.
                    Assert.That(scratch.Hits.Take(model.Length), Is.EqualTo(model), item.Text);
                }

                Assert.That(scratch.SetsPresent.Order(), Is.EqualTo(sorted.Select(h => h.Set).Distinct()), item.Text);

                asked += scratch.SetsPresent.Count(s => scratch.SetFirst[s] < 0);
                foreach (var s in scratch.SetsPresent.ToArray())
                {
                    HitIndex.Index(scratch, s);
                    var run = scratch.Hits.GetRange(scratch.SetFirst[s], scratch.SetCount[s]);
                    Assert.That(run, Is.EqualTo(sorted.Where(h => h.Set == s)), item.Text);
                }

                Assert.That(scratch.Hits, Has.Count.EqualTo(found.Length), item.Text);
            });
        }

        Assert.That(messages, Is.GreaterThan(100));
        Assert.That(asked, Is.GreaterThan(messages), "premise: most sets' hits are indexed only when asked for");
    }
}
