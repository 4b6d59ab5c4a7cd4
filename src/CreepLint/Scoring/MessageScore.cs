namespace CreepLint.Scoring;

/// <summary>
/// Combines finding scores into a message score. Within a category, findings are sorted by score and combined as a
/// noisy-OR with weights 1, 1/2, 1/4, … (repeating one kind of evidence adds less); categories then combine as a plain
/// noisy-OR (independent kinds of evidence add up). Info findings do not count. No findings score 0.
/// </summary>
/// <remarks>score = 100 × (1 − Π_c (1 − p_c)), with p_c = 1 − Π_k (1 − s_ck / 100 / 2^k) for the k-th strongest finding of category c.</remarks>
internal static class MessageScore
{
    public static int Combine(ReadOnlySpan<Finding> findings)
    {
        Span<double> categoryMiss = stackalloc double[CreepCategories.All.Length];
        Span<int> categoryCount = stackalloc int[CreepCategories.All.Length];
        categoryMiss.Fill(1.0);
        categoryCount.Clear();

        // Findings arrive in offset order; rank within a category by score, strongest first, without allocating.
        Span<bool> used = findings.Length <= 256 ? stackalloc bool[findings.Length] : new bool[findings.Length];
        used.Clear();
        for (var pass = 0; pass < findings.Length; pass++)
        {
            var best = -1;
            for (var i = 0; i < findings.Length; i++)
            {
                if (!used[i] && findings[i].Severity != Severity.Info && (best < 0 || findings[i].Score > findings[best].Score))
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
}
