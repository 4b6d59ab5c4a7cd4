namespace CreepLint.Model;

/// <summary>A weight vector over hash slots kept sparse (sorted slots), for the per-category models that only the rare explanation path reads.</summary>
internal sealed class SparseWeights(int[] slots, float[] weights, float bias)
{
    public int[] Slots { get; } = slots;

    public float[] Weights { get; } = weights;

    public float Bias { get; } = bias;

    public float this[int slot]
    {
        get
        {
            var i = Array.BinarySearch(Slots, slot);
            return i >= 0 ? Weights[i] : 0f;
        }
    }

    /// <summary>Keeps the <paramref name="keep"/> largest weights by magnitude (ties by slot, so the choice is deterministic).</summary>
    public static SparseWeights FromDense(double[] dense, int[] slotOfColumn, double bias, int keep)
    {
        var kept = Enumerable.Range(0, dense.Length)
            .Where(c => (float)dense[c] != 0f)
            .OrderByDescending(c => Math.Abs(dense[c]))
            .ThenBy(c => slotOfColumn[c])
            .Take(keep)
            .OrderBy(c => slotOfColumn[c])
            .ToArray();
        return new SparseWeights([.. kept.Select(c => slotOfColumn[c])], [.. kept.Select(c => (float)dense[c])], (float)bias);
    }
}
