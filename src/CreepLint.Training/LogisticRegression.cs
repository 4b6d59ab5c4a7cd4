using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

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

/// <summary>
/// Fits L2-regularised, class-weighted logistic regression with MathNet.Numerics' L-BFGS. Sequential sums in a fixed
/// order keep a fit bit-for-bit reproducible.
/// </summary>
internal static class LogisticRegression
{
    /// <summary>Iteration cap: the corpus-sized problems here converge in a few hundred; the cap only guards pathological input.</summary>
    private const int MaxIterations = 5000;

    /// <summary>Returns the weights (one per column) and the bias. Examples are weighted so each class weighs half.</summary>
    public static (double[] Weights, double Bias) Fit(IReadOnlyList<SparseExample> examples, IReadOnlyList<bool> labels, int columns, double l2, IReadOnlyList<double>? exampleWeights = null)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            // Nothing to separate: a constant model at the observed rate (smoothed).
            return (new double[columns], Math.Log((positives + 0.5) / (negatives + 0.5)));
        }

        double positiveMass = 0, negativeMass = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var w = exampleWeights?[i] ?? 1;
            _ = labels[i] ? positiveMass += w : negativeMass += w;
        }

        var positiveWeight = 1 / (2.0 * positiveMass);
        var negativeWeight = 1 / (2.0 * negativeMass);
        var objective = ObjectiveFunction.Gradient(x =>
        {
            var grad = new double[columns + 1];
            var loss = 0.0;
            for (var i = 0; i < examples.Count; i++)
            {
                var e = examples[i];
                var z = x[columns];
                for (var k = 0; k < e.Columns.Length; k++)
                {
                    z += x[e.Columns[k]] * e.Values[k];
                }

                var y = labels[i] ? 1.0 : -1.0;
                var weight = (labels[i] ? positiveWeight : negativeWeight) * (exampleWeights?[i] ?? 1);
                var m = y * z;
                loss += weight * (m > 0 ? Math.Log(1 + Math.Exp(-m)) : -m + Math.Log(1 + Math.Exp(m)));
                var d = -y * weight / (1 + Math.Exp(m));
                for (var k = 0; k < e.Columns.Length; k++)
                {
                    grad[e.Columns[k]] += d * e.Values[k];
                }

                grad[columns] += d;
            }

            for (var j = 0; j < columns; j++)
            {
                loss += 0.5 * l2 * x[j] * x[j];
                grad[j] += l2 * x[j];
            }

            return (loss, Vector<double>.Build.Dense(grad));
        });

        var minimizer = new LimitedMemoryBfgsMinimizer(1e-7, 1e-12, 1e-12, 10, MaxIterations);
        var result = minimizer.FindMinimum(objective, Vector<double>.Build.Dense(columns + 1));
        var point = result.MinimizingPoint;
        var weights = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            weights[j] = point[j];
        }

        return (weights, point[columns]);
    }

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
