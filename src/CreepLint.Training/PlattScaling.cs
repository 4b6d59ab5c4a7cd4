using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace CreepLint.Training;

/// <summary>
/// Platt scaling: fits p = σ(A·z + B) to held-out margins z, with Platt's smoothed targets so that a perfectly separated
/// training set does not push the probabilities to 0 and 1. Minimised with MathNet.Numerics' BFGS.
/// </summary>
internal static class PlattScaling
{
    public static (double A, double B) Fit(IReadOnlyList<double> margins, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        var objective = ObjectiveFunction.Gradient(x =>
        {
            double loss = 0, ga = 0, gb = 0;
            for (var i = 0; i < margins.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                var f = (x[0] * margins[i]) + x[1];
                var p = 1 / (1 + Math.Exp(-f));

                // Cross-entropy written with log-sum-exp so large margins do not overflow.
                loss += f > 0 ? ((1 - t) * f) + Math.Log(1 + Math.Exp(-f)) : (-t * f) + Math.Log(1 + Math.Exp(f));
                ga += (p - t) * margins[i];
                gb += p - t;
            }

            return (loss, Vector<double>.Build.Dense([ga, gb]));
        });
        var result = new BfgsMinimizer(1e-8, 1e-12, 1e-12, 1000).FindMinimum(objective, Vector<double>.Build.Dense([1.0, 0.0]));
        return (result.MinimizingPoint[0], result.MinimizingPoint[1]);
    }
}
