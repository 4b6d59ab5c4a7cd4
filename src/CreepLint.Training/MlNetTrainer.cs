using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CreepLint.Training;

/// <summary>
/// Fits the linear model with ML.NET: <see cref="LbfgsLogisticRegressionBinaryTrainer"/> over the hashed features as
/// sparse vectors of 2^bits slots, and ML.NET's Platt calibrator. One thread and a fixed seed, so a fit is the same
/// run after run on one machine.
/// </summary>
/// <remarks>
/// ML.NET minimises (Σ wᵢ·loss(i) + ½·L2·‖w‖²) / Σ wᵢ with an unregularised bias. Example weights are scaled so that
/// each class weighs half and they sum to 1, so that objective is exactly CreepLint's: the same example weights, the
/// same L2, each class balanced (docs/model.md).
/// </remarks>
internal sealed class MlNetTrainer(int hashSize, int[] slotOfColumn, int seed)
{
    /// <summary>Iteration cap: the corpus-sized problems here converge in a few hundred; the cap only guards pathological input.</summary>
    private const int MaxIterations = 5000;

    /// <summary>Stop when the loss improves by less than this, relatively (ML.NET's default).</summary>
    private const float Tolerance = 1e-7f;

    private readonly MLContext _ml = new(seed) { FallbackToCpu = true };

    /// <summary>Returns the weights (one per column) and the bias. Each class weighs half, within it by <paramref name="exampleWeights"/>.</summary>
    public (double[] Weights, double Bias) Fit(IReadOnlyList<SparseExample> examples, IReadOnlyList<bool> labels, double l2, IReadOnlyList<double>? exampleWeights = null)
    {
        var columns = slotOfColumn.Length;
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

        var rows = new Row[examples.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var e = examples[i];
            var indices = new int[e.Columns.Length];
            var values = new float[e.Columns.Length];
            for (var k = 0; k < indices.Length; k++)
            {
                indices[k] = slotOfColumn[e.Columns[k]];
                values[k] = (float)e.Values[k];
            }

            var classWeight = labels[i] ? 1 / (2.0 * positiveMass) : 1 / (2.0 * negativeMass);
            rows[i] = new Row
            {
                Label = labels[i],
                Weight = (float)(classWeight * (exampleWeights?[i] ?? 1)),
                Features = new VBuffer<float>(hashSize, indices.Length, values, indices),
            };
        }

        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, hashSize);
        var data = _ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = _ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L2Regularization = (float)l2,
            L1Regularization = 0,
            OptimizationTolerance = Tolerance,
            HistorySize = 10,
            MaximumNumberOfIterations = MaxIterations,
            NumberOfThreads = 1,
            EnforceNonNegativity = false,
        });
        var linear = trainer.Fit(data).Model.SubModel;
        var dense = linear.Weights;
        var weights = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            weights[c] = dense[slotOfColumn[c]];
        }

        return (weights, linear.Bias);
    }

    /// <summary>ML.NET's Platt calibrator fitted to held-out margins: p = σ(A·z + B).</summary>
    public (double A, double B) Calibrate(IReadOnlyList<double> margins, IReadOnlyList<bool> labels)
    {
        var rows = margins.Select((m, i) => new ScoreRow { Label = labels[i], Score = (float)m }).ToArray();
        var data = _ml.Data.LoadFromEnumerable(rows);
        IPredictionTransformer<PlattCalibrator> fitted = _ml.BinaryClassification.Calibrators.Platt(nameof(ScoreRow.Label), nameof(ScoreRow.Score)).Fit(data);
        var calibrator = fitted.Model;

        // ML.NET's calibrator is p = 1 / (1 + exp(Slope·z + Offset)); check the sign once rather than trust it.
        var (a, b) = (-calibrator.Slope, -calibrator.Offset);
        if (Math.Abs(calibrator.PredictProbability(1f) - (1 / (1 + Math.Exp(-(a + b))))) > 1e-4)
        {
            throw new InvalidOperationException("ML.NET's Platt calibrator no longer computes 1 / (1 + exp(Slope·z + Offset)); the export to .clm must follow it");
        }

        return (a, b);
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    private sealed class ScoreRow
    {
        public bool Label { get; set; }

        public float Score { get; set; }
    }
}
