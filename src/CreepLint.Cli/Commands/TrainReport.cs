using System.Globalization;
using CreepLint.Model;
using CreepLint.Training;

namespace CreepLint.Cli.Commands;

/// <summary>The figures <c>creeplint train</c> prints: cross-validated on the training corpus, and optionally per category on held-out data.</summary>
internal static class TrainReport
{
    public static void WriteSummary(TextWriter output, TrainingReport report, TrainingOptions options, string[] inputs, string target)
    {
        output.WriteLine($"Trained on {report.Items} messages ({report.Creepy} creepy) from {string.Join(", ", inputs)}" +
            (report.RuleExamples > 0 ? $", plus {report.RuleExamples} examples from the rules." : "."));
        output.WriteLine($"Cross-validated ({options.Folds} folds, seed {options.Seed}); flagged = verdict above pass:");
        output.WriteLine("                 precision  recall     F1");
        Row(output, "rules alone", report.Rules);
        Row(output, "model alone", report.Model);
        Row(output, "rules + model", report.Blended);
        if (report.Sources.Count > 1)
        {
            output.WriteLine("Per corpus file, cross-validated (rules + model; model alone in brackets):");
            foreach (var source in report.Sources)
            {
                var b = source.Blended;
                var m = source.Model;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {source.Source} (weight {source.Weight:0.##}, {b.TruePositives + b.FalseNegatives} creepy of {b.TruePositives + b.FalseNegatives + b.FalsePositives + b.TrueNegatives}): precision {b.Precision:0.000} recall {b.Recall:0.000} F1 {b.F1:0.000} [{m.Precision:0.000} {m.Recall:0.000} {m.F1:0.000}]; rules alone {source.Rules.Precision:0.000} {source.Rules.Recall:0.000}"));
            }
        }

        output.WriteLine(options.Threshold is { } fixedThreshold
            ? string.Create(CultureInfo.InvariantCulture, $"Model threshold: probability {fixedThreshold:0.00}, as given (--threshold); the figures above are at it.")
            : report.Threshold >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"Model threshold: no probability met both bars in cross-validation (what the model adds at least {options.AdditionPrecision:0.00} precise, rules + model at least {options.TargetPrecision:0.00}), so the model adds nothing (threshold 1).")
            : string.Create(CultureInfo.InvariantCulture, $"Model threshold: probability {report.Threshold:0.00} (the lowest at which, in cross-validation, what the model adds to the rules is at least {options.AdditionPrecision:0.00} precise and rules + model at least {options.TargetPrecision:0.00})."));
        output.WriteLine($"Wrote {target} ({new FileInfo(target).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes{(options.Language == "en" ? string.Empty : $"; it scores '{options.Language}' messages only")}).");
    }

    /// <summary>
    /// Per category: recall is the share of that category's creepy messages flagged; precision is the share of messages
    /// whose strongest finding has that category that are creepy. The last row is the overall binary figure.
    /// </summary>
    public static void WriteEvaluation(TextWriter output, IReadOnlyList<TrainingExample> examples, CreepLintEngine rules, CreepLintEngine blended)
    {
        var requests = examples.Select(e => new LintRequest(e.Text, e.Kind)).ToArray();
        var before = rules.LintBatch(requests, maxDegreeOfParallelism: 1);
        var after = blended.LintBatch(requests, maxDegreeOfParallelism: 1);
        output.WriteLine();
        output.WriteLine($"Held-out evaluation on {examples.Count} messages ({examples.Count(e => e.Creepy)} creepy):");
        output.WriteLine("category                  n   rules P    R     F1  | rules+model P    R     F1");
        foreach (var category in CreepCategories.All)
        {
            var n = examples.Count(e => e.Category == category);
            var a = ForCategory(examples, before, rules.Thresholds, category);
            var b = ForCategory(examples, after, blended.Thresholds, category);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category.ToId(),-22} {n,4}   {Cells(a)}  |       {Cells(b)}"));
        }

        var all = Metrics.Of([.. examples.Select(e => e.Creepy)], [.. before.Select(r => r.Verdict != Verdict.Pass)]);
        var allAfter = Metrics.Of([.. examples.Select(e => e.Creepy)], [.. after.Select(r => r.Verdict != Verdict.Pass)]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all (creepy or not)",-22} {examples.Count,4}   {Cells(all)}  |       {Cells(allAfter)}"));
    }

    private static Metrics ForCategory(IReadOnlyList<TrainingExample> examples, IReadOnlyList<LintResult> results, Thresholds thresholds, CreepCategory category)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            var flagged = thresholds.Classify(results[i].Score) != Verdict.Pass;
            var predicted = flagged && Strongest(results[i]) == category;
            if (examples[i].Category == category)
            {
                _ = flagged ? tp++ : fn++;
            }
            else if (predicted && !examples[i].Creepy)
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new Metrics(tp, fp, fn, tn);
    }

    private static CreepCategory? Strongest(LintResult result)
    {
        Finding? best = null;
        foreach (var f in result.Findings)
        {
            if (f.Severity != Severity.Info && (best is null || f.Score > best.Value.Score))
            {
                best = f;
            }
        }

        return best?.Category;
    }

    private static string Cells(Metrics m) => string.Create(CultureInfo.InvariantCulture, $"{m.Precision,5:0.00} {m.Recall,5:0.00} {m.F1,5:0.00}");

    private static void Row(TextWriter output, string name, Metrics m) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-14} {m.Precision,6:0.000} {m.Recall,7:0.000} {m.F1,6:0.000}"));
}
