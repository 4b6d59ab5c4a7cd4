using System.Numerics;
using System.Runtime.InteropServices;

namespace CreepLint.Matching;

/// <summary>Orders a message's hits by term set and finds a set's hits in a sentence or near a token, by binary search.</summary>
internal static class HitIndex
{
    /// <summary>
    /// Orders the hits by set, then first and last token, and records where each set's hits start. A counting sort by set
    /// (the scan emits hits in order of their last token, so each set's run is already nearly in order and an insertion
    /// sort finishes it in a pass): a comparison sort of every hit was an eighth of the time on long emails.
    /// </summary>
    public static void IndexHits(LintScratch scratch)
    {
        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        if (hits.Length <= FewHits)
        {
            IndexFew(scratch, hits);
            return;
        }

        var gen = scratch.Generation;
        var (stamps, counts, firsts, cursors) = (scratch.SetStamp, scratch.SetCount, scratch.SetFirst, scratch.SetCursor);
        var present = scratch.SetsPresent;
        present.Clear();
        foreach (ref readonly var hit in hits)
        {
            var s = hit.Set;
            if (stamps[s] != gen)
            {
                stamps[s] = gen;
                counts[s] = 0;
                present.Add(s);
            }

            counts[s]++;
        }

        SortDistinct(CollectionsMarshal.AsSpan(present), scratch.SortBits);
        var start = 0;
        foreach (var s in CollectionsMarshal.AsSpan(present))
        {
            firsts[s] = start;
            cursors[s] = start;
            start += counts[s];
        }

        var sorted = scratch.SpareHits;
        sorted.Clear();
        CollectionsMarshal.SetCount(sorted, hits.Length);
        var target = CollectionsMarshal.AsSpan(sorted);
        foreach (ref readonly var hit in hits)
        {
            target[cursors[hit.Set]++] = hit;
        }

        foreach (var s in CollectionsMarshal.AsSpan(present))
        {
            InsertionSortByPosition(target.Slice(firsts[s], counts[s]));
        }

        scratch.SwapHits();
    }

    /// <summary>Most hits sorted whole by an insertion sort: a short message has about twenty, in a dozen sets, for which
    /// counting them by set costs more than sorting them.</summary>
    private const int FewHits = 32;

    /// <summary>
    /// <see cref="IndexHits"/> for a few hits: sorted whole by set, first and last token (an insertion sort, stable, so hits
    /// end in the same order as through the counting sort), then each set's run read off in one pass.
    /// </summary>
    private static void IndexFew(LintScratch scratch, ReadOnlySpan<SetHit> hits)
    {
        var sorted = scratch.SpareHits;
        sorted.Clear();
        CollectionsMarshal.SetCount(sorted, hits.Length);
        var target = CollectionsMarshal.AsSpan(sorted);
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            while (j >= 0 && Follows(target[j], hit))
            {
                target[j + 1] = target[j];
                j--;
            }

            target[j + 1] = hit;
        }

        var gen = scratch.Generation;
        var (stamps, counts, firsts) = (scratch.SetStamp, scratch.SetCount, scratch.SetFirst);
        var present = scratch.SetsPresent;
        present.Clear();
        for (var i = 0; i < target.Length; i++)
        {
            var s = target[i].Set;
            if (i == 0 || target[i - 1].Set != s)
            {
                stamps[s] = gen;
                firsts[s] = i;
                counts[s] = 0;
                present.Add(s);
            }

            counts[s]++;
        }

        scratch.SwapHits();

        static bool Follows(in SetHit a, in SetHit b) =>
            a.Set != b.Set ? a.Set > b.Set : a.First != b.First ? a.First > b.First : a.Last > b.Last;
    }

    /// <summary>
    /// Sorts distinct ints below <paramref name="bits"/>' 64 × length: a handful by an insertion sort, more (a short SMS row
    /// has dozens of sets in play) through the bit set, whose words are all zero before and after.
    /// </summary>
    public static void SortDistinct(Span<int> values, ulong[] bits)
    {
        if (values.Length > 16)
        {
            SortThroughBits(values, bits);
            return;
        }

        for (var i = 1; i < values.Length; i++)
        {
            var v = values[i];
            var j = i - 1;
            while (j >= 0 && values[j] > v)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = v;
        }
    }

    private static void SortThroughBits(Span<int> values, ulong[] bits)
    {
        var (low, high) = (int.MaxValue, 0);
        foreach (var v in values)
        {
            bits[v >> 6] |= 1UL << v;
            low = Math.Min(low, v);
            high = Math.Max(high, v);
        }

        var n = 0;
        for (var w = low >> 6; w <= high >> 6; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                values[n++] = (w << 6) | BitOperations.TrailingZeroCount(word);
            }

            bits[w] = 0;
        }
    }

    private static void InsertionSortByPosition(Span<SetHit> run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            var hit = run[i];
            var j = i - 1;
            while (j >= 0 && (run[j].First > hit.First || (run[j].First == hit.First && run[j].Last > hit.Last)))
            {
                run[j + 1] = run[j];
                j--;
            }

            run[j + 1] = hit;
        }
    }

    /// <summary>Whether the set has any hit in this message.</summary>
    public static bool HasHits(LintScratch scratch, int set) => set >= 0 && scratch.SetStamp[set] == scratch.Generation;

    public static bool AllHit(LintScratch scratch, int[] sets)
    {
        foreach (var s in sets)
        {
            if (!HasHits(scratch, s))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first index in [<paramref name="from"/>, <paramref name="to"/>) of a hit starting at or after <paramref name="token"/>.</summary>
    public static int FirstStartingAt(ReadOnlySpan<SetHit> hits, int from, int to, int token)
    {
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            if (hits[mid].First < token)
            {
                from = mid + 1;
            }
            else
            {
                to = mid;
            }
        }

        return from;
    }

    /// <summary>The first index in [<paramref name="from"/>, <paramref name="to"/>) of a hit in sentence <paramref name="sentence"/> or a later one.</summary>
    /// <remarks>A set's hits are ordered by first token, and sentences by token, so they are ordered by sentence too.</remarks>
    public static int FirstInSentence(ReadOnlySpan<SetHit> hits, int from, int to, int sentence)
    {
        while (from < to)
        {
            var mid = (from + to) >>> 1;
            if (hits[mid].Sentence < sentence)
            {
                from = mid + 1;
            }
            else
            {
                to = mid;
            }
        }

        return from;
    }

    public static bool SentenceHas(LintScratch scratch, int set, int sentence)
    {
        if (!HasHits(scratch, set))
        {
            return false;
        }

        if (sentence < 0)
        {
            return true;
        }

        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        var first = scratch.SetFirst[set];
        var end = first + scratch.SetCount[set];
        var h = FirstInSentence(hits, first, end, sentence);
        return h < end && hits[h].Sentence == sentence;
    }

    /// <summary>
    /// Whether the set has a hit in <paramref name="sentence"/> that overlaps tokens <paramref name="lo"/>..<paramref name="hi"/>
    /// or lies at most <paramref name="within"/> words before or after them (an <c>unless</c> with <c>within</c>).
    /// </summary>
    public static bool HasHitNear(LintScratch scratch, int set, int sentence, int lo, int hi, int within)
    {
        if (!HasHits(scratch, set))
        {
            return false;
        }

        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        var first = scratch.SetFirst[set];
        var end = first + scratch.SetCount[set];
        for (var h = FirstInSentence(hits, first, end, sentence); h < end && hits[h].Sentence == sentence; h++)
        {
            if (hits[h].Last >= lo - within - 1 && hits[h].First <= hi + within + 1)
            {
                return true;
            }
        }

        return false;
    }
}
