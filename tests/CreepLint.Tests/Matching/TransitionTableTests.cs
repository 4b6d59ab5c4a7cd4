using CreepLint.Matching;

namespace CreepLint.Tests.Matching;

/// <summary>The trie's deeper edges: every edge gives its child and nothing else gives one, whatever size the filter takes.</summary>
public sealed class TransitionTableTests
{
    [TestCase(10, TestName = "A few edges (the smallest filter)")]
    [TestCase(12_000, TestName = "The default pack's size (a filter sized by the edges)")]
    [TestCase(100_000, TestName = "More edges than the largest filter is sized for")]
    public void Every_edge_and_only_an_edge_has_a_child(int count)
    {
        var random = new Random(count);
        var edges = new Dictionary<long, int>();
        while (edges.Count < count)
        {
            var (node, id) = (random.Next(1, 50_000), random.Next(0, 20_000));
            edges.TryAdd(((long)node << 32) | (uint)id, edges.Count + 1);
        }

        var table = new TransitionTable([.. edges]);
        var (wrong, absent) = (0, 0);
        foreach (var (key, child) in edges)
        {
            wrong += table.Child((int)(key >> 32), (int)(uint)key) == child ? 0 : 1;
        }

        for (var probe = 0; probe < 100_000; probe++)
        {
            var (node, id) = (random.Next(1, 50_000), random.Next(0, 20_000));
            if (!edges.ContainsKey(((long)node << 32) | (uint)id))
            {
                absent += table.Child(node, id) == 0 ? 0 : 1;
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(wrong, Is.Zero, "edges without their child");
            Assert.That(absent, Is.Zero, "pairs that are no edge with a child");
        });
    }
}
