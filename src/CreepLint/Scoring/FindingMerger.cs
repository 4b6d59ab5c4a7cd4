using CreepLint.Matching;

namespace CreepLint.Scoring;

/// <summary>Turns a message's candidates into the spans it reports: one per rule per overlapping region, in source order, capped.</summary>
internal static class FindingMerger
{
    /// <summary>
    /// Sorts <paramref name="candidates"/> and returns one candidate per rule per overlapping region (the strongest, then
    /// the longest), ordered by offset then rule, at most <see cref="Limits.MaxFindingsPerMessage"/>.
    /// </summary>
    /// <param name="candidates">The candidates of one message; sorted in place.</param>
    /// <param name="capped">Set when more regions were found than are kept.</param>
    public static List<Candidate> Merge(List<Candidate> candidates, out bool capped)
    {
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule != b.Rule ? a.Rule.CompareTo(b.Rule) : b.End.CompareTo(a.End));
        var kept = new List<Candidate>(candidates.Count);
        foreach (var c in candidates)
        {
            var merged = false;
            for (var k = kept.Count - 1; k >= 0 && kept[k].End > c.Start - 1; k--)
            {
                if (kept[k].Rule == c.Rule && kept[k].End > c.Start)
                {
                    if (c.Score > kept[k].Score || (c.Score == kept[k].Score && c.End - c.Start > kept[k].End - kept[k].Start))
                    {
                        kept[k] = c with { Start = Math.Min(c.Start, kept[k].Start) };
                    }

                    merged = true;
                    break;
                }
            }

            if (!merged)
            {
                kept.Add(c);
            }
        }

        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.CompareTo(b.Rule));
        capped = kept.Count > Limits.MaxFindingsPerMessage;
        if (capped)
        {
            kept.RemoveRange(Limits.MaxFindingsPerMessage, kept.Count - Limits.MaxFindingsPerMessage);
        }

        return kept;
    }
}
