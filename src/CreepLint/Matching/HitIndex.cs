using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CreepLint.Matching;

/// <summary>
/// Orders a message's hits by term set and finds a set's hits in a sentence or near a token, by binary search. The hits of
/// the sets the learned model reads (lexicons, sets with a role: <see cref="CompiledRuleSet.ModelReads"/>) are ordered
/// when the scan is done; every other set's hits are read by the rules alone, and only where a rule part with every one
/// of its sets hit (or a candidate's <c>unless</c> and context) asks for them, so they are ordered then
/// (<see cref="Index(LintScratch, int)"/>): on short messages seven hits in eight are of such sets ("you" ends a phrase
/// of a dozen rules' own lists), and nearly none is ever asked for.
/// </summary>
internal static class HitIndex
{
    /// <summary>A set with hits whose hits are not in <see cref="LintScratch.Hits"/> yet (<see cref="LintScratch.SetFirst"/>).</summary>
    private const int NotIndexed = -1;

    /// <summary>
    /// Marks every set with hits (<see cref="LintScratch.SetsPresent"/>, in the order they were first hit, and their counts),
    /// and puts the hits of the sets the model reads into <see cref="LintScratch.Hits"/> ordered by set, then first and last
    /// token, recording where each set's hits start; the hits as the scan found them are kept for <see cref="Index(LintScratch, int)"/>.
    /// </summary>
    /// <remarks>
    /// The model reads <see cref="LintScratch.Hits"/> in order (it adds weights per token in that order), and finds in it
    /// the hits of its sets in the order a sort of every hit gave: the other sets' hits come after them, in the order they are
    /// indexed, and the model passes over those as it always passed over every rule's own set. A message of more than
    /// <see cref="ManyHits"/> hits has every set's ordered at once, as before (<see cref="IndexEvery"/>).
    /// </remarks>
    public static void IndexHits(LintScratch scratch, bool[] modelReads)
    {
        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        if (hits.Length > ManyHits)
        {
            IndexEvery(scratch, hits);
            return;
        }

        var gen = scratch.Generation;
        var (stamps, counts, firsts) = (scratch.SetStamp, scratch.SetCount, scratch.SetFirst);

        // Room for every hit, so that the hits indexed later are added without growing the list: a span of it taken before
        // stays the list's own.
        var sorted = scratch.SpareHits;
        sorted.Clear();
        sorted.EnsureCapacity(hits.Length);
        CollectionsMarshal.SetCount(sorted, hits.Length);
        var target = CollectionsMarshal.AsSpan(sorted);
        var present = scratch.SetsPresent;
        present.Clear();
        present.EnsureCapacity(hits.Length);
        CollectionsMarshal.SetCount(present, hits.Length);
        var sets = CollectionsMarshal.AsSpan(present);

        // One pass, without a branch on the set (whether it is new to this message, whether the model reads it: neither
        // follows a pattern): every hit is written to the next slot, which counts only for the model's sets, and so is every set.
        var (read, distinct) = (0, 0);
        foreach (ref readonly var hit in hits)
        {
            var s = hit.Set;
            var seen = Bit(stamps[s] == gen);
            stamps[s] = gen;
            counts[s] = (counts[s] & -seen) + 1;
            firsts[s] = NotIndexed;
            sets[distinct] = s;
            distinct += 1 - seen;
            target[read] = hit;
            read += Bit(ModelReads(modelReads, s));
        }

        CollectionsMarshal.SetCount(present, distinct);
        CollectionsMarshal.SetCount(sorted, read);
        target = target[..read];
        if (read <= FewHits)
        {
            SortFew(target);
        }
        else
        {
            SortMany(scratch, hits, modelReads, target);
        }

        for (var i = 0; i < target.Length; i++)
        {
            if (i == 0 || target[i - 1].Set != target[i].Set)
            {
                firsts[target[i].Set] = i;
            }
        }

        scratch.SwapHits();
    }

    private static int Bit(bool value) => Unsafe.BitCast<bool, byte>(value);

    /// <summary>Above this many hits every set's hits are ordered at once (<see cref="IndexEvery"/>): a message this long asks
    /// for most of its sets anyway, and ordering the model's hits and the rest apart costs two more passes over them.</summary>
    private const int ManyHits = 256;

    /// <summary>
    /// Orders every hit by set, then first and last token, and records where each set's hits start: a counting sort by set
    /// (the scan emits hits in order of their last token, so each set's run is already nearly in order and an insertion sort
    /// finishes it in a pass). The model finds its sets' hits in the same order among the others, and passes over those.
    /// </summary>
    private static void IndexEvery(LintScratch scratch, ReadOnlySpan<SetHit> hits)
    {
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
        LayOutRuns(CollectionsMarshal.AsSpan(present), counts, firsts, cursors);

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

    /// <summary>
    /// Makes sure the hits of <paramref name="set"/> are in <see cref="LintScratch.Hits"/>: the first time a set the model
    /// does not read is asked for in a message, the hits of every such set are added after the model's, a set at a time
    /// (in the order the sets were first hit), each set's ordered by first and last token as <see cref="IndexHits"/> orders
    /// them. Call it before reading the set's <see cref="LintScratch.SetFirst"/>; the list does not grow.
    /// </summary>
    /// <remarks>
    /// All at once, with a counting sort by set, rather than a set at a time by reading every hit for it: a long email has
    /// thousands of hits and asks for hundreds of sets. A short message asks for none, or for a few, in one message in ten.
    /// </remarks>
    public static void Index(LintScratch scratch, int set)
    {
        if (set < 0 || scratch.SetStamp[set] != scratch.Generation || scratch.SetFirst[set] != NotIndexed)
        {
            return;
        }

        var (counts, firsts, cursors) = (scratch.SetCount, scratch.SetFirst, scratch.SetCursor);
        var list = scratch.Hits;
        var capacity = list.Capacity;
        var end = list.Count;
        foreach (var s in CollectionsMarshal.AsSpan(scratch.SetsPresent))
        {
            if (firsts[s] == NotIndexed)
            {
                (firsts[s], cursors[s]) = (end, end);
                end += counts[s];
            }
            else
            {
                cursors[s] = -1; // indexed with the model's: its hits are in place
            }
        }

        var start = list.Count;
        CollectionsMarshal.SetCount(list, end);
        Debug.Assert(list.Capacity == capacity, "IndexHits leaves room for every hit");
        var all = CollectionsMarshal.AsSpan(list);
        foreach (ref readonly var hit in CollectionsMarshal.AsSpan(scratch.SpareHits))
        {
            if (cursors[hit.Set] >= 0)
            {
                all[cursors[hit.Set]++] = hit;
            }
        }

        foreach (var s in CollectionsMarshal.AsSpan(scratch.SetsPresent))
        {
            if (firsts[s] >= start && counts[s] > 1)
            {
                InsertionSortByPosition(all.Slice(firsts[s], counts[s]));
            }
        }
    }

    /// <summary>Indexes the hits of each of <paramref name="sets"/> (<see cref="Index(LintScratch, int)"/>).</summary>
    public static void Index(LintScratch scratch, int[] sets)
    {
        foreach (var s in sets)
        {
            Index(scratch, s);
        }
    }

    /// <summary>
    /// Lays the runs of <paramref name="sets"/> (in that order) end to end from slot 0: each set's first slot and its cursor
    /// for a counting sort are where the runs before it end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LayOutRuns(ReadOnlySpan<int> sets, int[] counts, int[] firsts, int[] cursors)
    {
        var start = 0;
        foreach (var s in sets)
        {
            firsts[s] = start;
            cursors[s] = start;
            start += counts[s];
        }
    }

    private static bool ModelReads(bool[] modelReads, int set) => (uint)set < (uint)modelReads.Length && modelReads[set];

    /// <summary>Most hits sorted whole by an insertion sort: a short message has a few of the model's sets, for which
    /// counting them by set costs more than sorting them.</summary>
    private const int FewHits = 32;

    /// <summary>
    /// The hits of the sets the model reads, in the order the scan found them, sorted by set, first and last token with an
    /// insertion sort (stable, so they end in the same order as through the counting sort of <see cref="SortMany"/>).
    /// </summary>
    private static void SortFew(Span<SetHit> hits)
    {
        for (var i = 1; i < hits.Length; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            while (j >= 0 && Follows(hits[j], hit))
            {
                hits[j + 1] = hits[j];
                j--;
            }

            hits[j + 1] = hit;
        }

        static bool Follows(in SetHit a, in SetHit b) =>
            a.Set != b.Set ? a.Set > b.Set : a.First != b.First ? a.First > b.First : a.Last > b.Last;
    }

    /// <summary>
    /// The hits of the sets the model reads, by a counting sort by set (the scan emits hits in order of their last token,
    /// so each set's run is already nearly in order and an insertion sort finishes it in a pass): a comparison sort of
    /// every hit was an eighth of the time on long emails.
    /// </summary>
    private static void SortMany(LintScratch scratch, ReadOnlySpan<SetHit> hits, bool[] modelReads, Span<SetHit> target)
    {
        var (counts, firsts, cursors) = (scratch.SetCount, scratch.SetFirst, scratch.SetCursor);
        var sets = scratch.ModelSets;
        sets.Clear();
        foreach (var s in CollectionsMarshal.AsSpan(scratch.SetsPresent))
        {
            if (ModelReads(modelReads, s))
            {
                sets.Add(s);
            }
        }

        SortDistinct(CollectionsMarshal.AsSpan(sets), scratch.SortBits);
        LayOutRuns(CollectionsMarshal.AsSpan(sets), counts, firsts, cursors);

        foreach (ref readonly var hit in hits)
        {
            if (ModelReads(modelReads, hit.Set))
            {
                target[cursors[hit.Set]++] = hit;
            }
        }

        foreach (var s in CollectionsMarshal.AsSpan(sets))
        {
            InsertionSortByPosition(target.Slice(firsts[s], counts[s]));
        }
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

        Index(scratch, set);
        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        var first = scratch.SetFirst[set];
        var end = first + scratch.SetCount[set];
        var h = FirstInSentence(hits, first, end, sentence);
        return h < end && hits[h].Sentence == sentence;
    }

    /// <summary>Whether words <paramref name="first"/>..<paramref name="last"/> lie on tokens <paramref name="lo"/>..<paramref name="hi"/>
    /// or at most <paramref name="within"/> words from them (an <c>unless</c> entry's <c>within</c>).</summary>
    public static bool Reaches(int first, int last, int lo, int hi, int within) => last >= lo - within - 1 && first <= hi + within + 1;

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

        Index(scratch, set);
        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        var first = scratch.SetFirst[set];
        var end = first + scratch.SetCount[set];
        for (var h = FirstInSentence(hits, first, end, sentence); h < end && hits[h].Sentence == sentence; h++)
        {
            if (Reaches(hits[h].First, hits[h].Last, lo, hi, within))
            {
                return true;
            }
        }

        return false;
    }
}
