using System.Collections.Immutable;

namespace CreepLint.Scoring;

/// <summary>
/// The one place a message score is computed, by the engine and by every re-score. Rule findings combine as a noisy-OR:
/// within a category, findings are sorted by score and weighted 1, 1/2, 1/4, … (repeating one kind of evidence adds
/// less); categories then combine as a plain noisy-OR (independent kinds of evidence add up). Info findings do not count.
/// The learned model's opinion, when it counts, is blended in by <see cref="ModelBlend"/>. Nothing scores 0.
/// </summary>
/// <remarks>rules = 100 × (1 − Π_c (1 − p_c)), with p_c = 1 − Π_k (1 − s_ck / 100 / 2^k) for the k-th strongest rule finding of category c.</remarks>
internal static class MessageScore
{
    /// <summary>The message score of rule findings and the model's opinion (null without a model).</summary>
    /// <remarks>A <see cref="ModelBlend.RuleId"/> finding stands for the model's opinion and is not counted as a rule finding.</remarks>
    public static int Of(ReadOnlySpan<Finding> findings, ModelOpinion? model, Thresholds thresholds)
    {
        // Below its bar the model adds nothing (Blend returns the rules' score); alone, the bar is higher.
        var rules = Combine(findings);
        return model is { } m ? ModelBlend.Blend(rules, m.Probability, ModelBlend.Bar(m, alone: !HasRuleEvidence(findings)), thresholds) : rules;
    }

    /// <summary>See <see cref="CreepLintEngine.Rescore"/>.</summary>
    public static LintResult Rescore(LintResult result, ImmutableArray<Finding> findings, Thresholds thresholds)
    {
        var model = result.Model;
        if (model is { Counts: true } && HasModelFinding(result.Findings.AsSpan(), countingOnly: false) && !HasModelFinding(findings.AsSpan(), countingOnly: true))
        {
            model = null; // The model's own finding was suppressed: it no longer has a say.
        }

        var score = MessageScore.Of(findings.AsSpan(), model, thresholds);
        return result with { Score = score, Verdict = thresholds.Classify(score, result.LimitsHit), Findings = findings, Model = model };
    }

    /// <summary>The rules' part: the findings other than the model's own, combined (see the class summary).</summary>
    public static int Combine(ReadOnlySpan<Finding> findings)
    {
        if (findings.IsEmpty)
        {
            return 0; // No category misses anything: what the loop below gives, for the clean messages that are most of any input.
        }

        Span<double> categoryMiss = stackalloc double[CreepCategories.All.Length];
        Span<int> categoryCount = stackalloc int[CreepCategories.All.Length];
        categoryMiss.Fill(1.0);
        categoryCount.Clear();

        // Findings arrive in offset order; rank within a category by score, strongest first, without allocating.
        Span<bool> used = findings.Length <= 256 ? stackalloc bool[findings.Length] : new bool[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            used[i] = !Counts(findings[i]);
        }

        for (var pass = 0; pass < findings.Length; pass++)
        {
            var best = -1;
            for (var i = 0; i < findings.Length; i++)
            {
                if (!used[i] && (best < 0 || findings[i].Score > findings[best].Score))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            used[best] = true;
            var c = (int)findings[best].Category;
            var weight = Math.Pow(0.5, categoryCount[c]++);
            categoryMiss[c] *= 1 - (weight * findings[best].Score / 100.0);
        }

        var miss = 1.0;
        foreach (var m in categoryMiss)
        {
            miss *= m;
        }

        return (int)Math.Round(100 * (1 - miss), MidpointRounding.AwayFromZero);
    }

    private static bool HasModelFinding(ReadOnlySpan<Finding> findings, bool countingOnly)
    {
        foreach (ref readonly var f in findings)
        {
            if (string.Equals(f.RuleId, ModelBlend.RuleId, StringComparison.Ordinal) && (!countingOnly || f.Severity != Severity.Info))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any finding counts as rule evidence (<see cref="Counts"/>); without one the model stands alone.</summary>
    public static bool HasRuleEvidence(ReadOnlySpan<Finding> findings)
    {
        foreach (ref readonly var f in findings)
        {
            if (Counts(f))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a finding counts as rule evidence: not info, and not the model's own finding.</summary>
    private static bool Counts(in Finding finding) =>
        finding.Severity != Severity.Info && !string.Equals(finding.RuleId, ModelBlend.RuleId, StringComparison.Ordinal);
}
