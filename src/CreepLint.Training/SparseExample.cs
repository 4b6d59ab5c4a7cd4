namespace CreepLint.Training;

/// <summary>A sparse example over compact feature columns (ascending).</summary>
internal sealed record SparseExample(int[] Columns, double[] Values)
{
    /// <summary>The margin (log-odds before calibration) of one example.</summary>
    public static double Margin(SparseExample example, double[] weights, double bias)
    {
        var z = bias;
        for (var k = 0; k < example.Columns.Length; k++)
        {
            z += weights[example.Columns[k]] * example.Values[k];
        }

        return z;
    }
}
