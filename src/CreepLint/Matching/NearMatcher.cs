using System.Runtime.InteropServices;
using static CreepLint.Matching.HitIndex;

namespace CreepLint.Matching;

/// <summary>Decides <c>near</c> clauses on token positions from the one scan: which hits of the other sets lie within the word distance of an anchor.</summary>
internal static class NearMatcher
{
    /// <summary>Finds, for an anchor hit of the first set, hits of every other set in the same sentence within the word distance;
    /// every set of the clause is indexed (<see cref="HitIndex.Index(LintScratch, int[])"/>).</summary>
    /// <remarks>
    /// A set's hits are ordered by first token, so only those starting near what is matched so far are read (a binary
    /// search finds them): in a long email a common set has hundreds of hits, and reading all of them for every anchor
    /// cost time proportional to the square of the email's length. With <c>excludeFirst</c>..<c>excludeLast</c>, no hit may
    /// lie on those tokens (an <c>unless</c> with <c>outside</c>: the finding's own words); by default none. A clause at
    /// <c>scope: paragraph</c> takes hits of other sentences in the anchor's paragraph (<see cref="Text.Paragraphs"/>).
    /// </remarks>
    public static bool MatchNear(LintScratch scratch, NearClause near, SetHit anchor, int maxPhraseLength, out int lo, out int hi,
        int excludeFirst = int.MaxValue, int excludeLast = int.MinValue)
    {
        if (anchor.First <= excludeLast && anchor.Last >= excludeFirst)
        {
            lo = hi = -1;
            return false;
        }

        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        lo = anchor.First;
        hi = anchor.Last;
        var previous = anchor;

        // The words each set matched, so that a hit between two of them (inside the span but on words of its own) counts:
        // in "you searched three times", the sets ["you", "searched", "three times"] unordered match from either end.
        Span<int> taken = stackalloc int[2 * near.Sets.Length];
        taken[0] = anchor.First;
        taken[1] = anchor.Last;
        for (var k = 1; k < near.Sets.Length; k++)
        {
            var best = -1;
            var bestGap = int.MaxValue;
            var s = near.Sets[k];
            var first = scratch.SetFirst[s];
            var end = first + scratch.SetCount[s];

            // A hit within the distance starts at most Within tokens after what is matched, or ends at most Within tokens
            // before it (so starts at most a phrase's length earlier still).
            var (minFirst, maxFirst) = near.Ordered
                ? (previous.Last + 1, previous.Last + 1 + near.Within)
                : (lo - near.Within - maxPhraseLength, hi + 1 + near.Within);
            for (var h = FirstStartingAt(hits, first, end, minFirst); h < end && hits[h].First <= maxFirst; h++)
            {
                var hit = hits[h];
                if (hit.Sentence != anchor.Sentence && !near.MessageScope
                    && !(near.ParagraphScope && Text.Paragraphs.Same(scratch.Buffer.Chars, scratch.Buffer.Length, scratch.Tokens, anchor.First, hit.First)))
                {
                    continue;
                }

                if (hit.First <= excludeLast && hit.Last >= excludeFirst)
                {
                    continue; // On the words the caller set aside.
                }

                int gap;
                if (near.Ordered)
                {
                    gap = hit.First - previous.Last - 1;
                }
                else if (hit.First > hi)
                {
                    gap = hit.First - hi - 1;
                }
                else if (hit.Last < lo)
                {
                    gap = lo - hit.Last - 1;
                }
                else if (!near.Ordered && hit.Sentence == anchor.Sentence && Free(taken[..(2 * k)], hit))
                {
                    gap = 0; // Between words already matched, on words of its own: as near as can be.
                }
                else
                {
                    continue; // Overlaps what is already matched: the same words cannot count twice.
                }

                if (gap >= 0 && gap <= near.Within && gap < bestGap)
                {
                    best = h;
                    bestGap = gap;
                }
            }

            if (best < 0)
            {
                return false;
            }

            var chosen = hits[best];
            taken[2 * k] = chosen.First;
            taken[(2 * k) + 1] = chosen.Last;
            lo = Math.Min(lo, chosen.First);
            hi = Math.Max(hi, chosen.Last);
            previous = chosen;
        }

        if (near.SpanFirst)
        {
            // The other sets were conditions ("we noticed" where the reader is in the sentence): the finding is the first set's words.
            (lo, hi) = (anchor.First, anchor.Last);
        }

        return true;
    }

    /// <summary>Whether <paramref name="hit"/> shares no token with any of the matched ranges (first, last pairs) in <paramref name="taken"/>.</summary>
    private static bool Free(ReadOnlySpan<int> taken, SetHit hit)
    {
        for (var i = 0; i < taken.Length; i += 2)
        {
            if (hit.First <= taken[i + 1] && hit.Last >= taken[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Walks the hits of a near clause's second set alongside its anchors (both in token order) to turn away, without a
    /// search, an anchor with no hit of the second set within reach: most anchors of a common set ("you") have none, and
    /// <see cref="MatchNear"/> would only find that out. The clause's sets are indexed (<see cref="HitIndex.Index(LintScratch, int[])"/>).
    /// </summary>
    public struct SecondSetCursor(LintScratch scratch, NearClause near, int maxPhraseLength)
    {
        private readonly int _end = scratch.SetFirst[near.Sets[1]] + scratch.SetCount[near.Sets[1]];
        private int _next = scratch.SetFirst[near.Sets[1]];

        /// <summary>
        /// False when no hit of the second set starts within reach of <paramref name="anchor"/> in either direction (so
        /// <see cref="MatchNear"/> would fail); anchors must come in token order.
        /// </summary>
        public bool MayMatch(SetHit anchor)
        {
            var hits = CollectionsMarshal.AsSpan(scratch.Hits);
            var from = anchor.First - near.Within - maxPhraseLength;
            while (_next < _end && hits[_next].First < from)
            {
                _next++;
            }

            return _next < _end && hits[_next].First <= anchor.Last + 1 + near.Within;
        }
    }

    /// <summary>
    /// Whether <paramref name="near"/> holds with an anchor (a hit of its first set) in a region of the message: the one walk
    /// for a plain <c>unless</c> near clause (the finding's sentence, or the message) and a placed one (its paragraph, with
    /// <c>outside</c> and <c>within</c>). The anchors are read in token order from the region's first, each turned away
    /// cheaply where it can (<see cref="SecondSetCursor"/>) and completed by <see cref="MatchNear"/>, whose other sets keep
    /// the clause's own scope around the anchor.
    /// </summary>
    /// <param name="scratch">The lint's scratch, its hits from the scan.</param>
    /// <param name="near">The clause; its sets are indexed here (<see cref="HitIndex.Index(LintScratch, int[])"/>).</param>
    /// <param name="maxPhraseLength">The longest phrase of the pack, in tokens (how far before an anchor a hit may start).</param>
    /// <param name="sentence">The region when 0 or more: the anchors in that sentence; -1: those starting on tokens
    /// <paramref name="regionFirst"/>..<paramref name="regionLast"/> (by default the whole message).</param>
    /// <param name="regionFirst">With <paramref name="regionLast"/>, the tokens an anchor must start on when
    /// <paramref name="sentence"/> is -1 (a paragraph).</param>
    /// <param name="regionLast">The last token an anchor may start on.</param>
    /// <param name="excludeFirst">With <paramref name="excludeLast"/>, tokens no hit of a match may lie on (an <c>unless</c>
    /// with <c>outside</c>: the finding's own words); by default none.</param>
    /// <param name="excludeLast">The last token set aside.</param>
    /// <param name="within">When 0 or more, a match counts only if it overlaps tokens <paramref name="wordsFirst"/>..<paramref name="wordsLast"/>
    /// or lies at most this many words from them (an <c>unless</c> with <c>within</c>: the finding's words); -1: anywhere.</param>
    /// <param name="wordsFirst">The first token <paramref name="within"/> measures from.</param>
    /// <param name="wordsLast">The last token <paramref name="within"/> measures from.</param>
    public static bool NearInRegion(LintScratch scratch, NearClause near, int maxPhraseLength, int sentence,
        int regionFirst = 0, int regionLast = int.MaxValue, int excludeFirst = int.MaxValue, int excludeLast = int.MinValue,
        int within = -1, int wordsFirst = -1, int wordsLast = -1)
    {
        if (!AllHit(scratch, near.Sets))
        {
            return false;
        }

        Index(scratch, near.Sets);
        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        var first = scratch.SetFirst[near.Sets[0]];
        var end = first + scratch.SetCount[near.Sets[0]];
        var second = new SecondSetCursor(scratch, near, maxPhraseLength);
        var h = sentence >= 0 ? FirstInSentence(hits, first, end, sentence)
            : regionFirst > 0 ? FirstStartingAt(hits, first, end, regionFirst)
            : first;
        for (; h < end; h++)
        {
            var hit = hits[h];
            if (sentence >= 0 ? hit.Sentence != sentence : hit.First > regionLast)
            {
                break; // Past the sentence or the region: the anchors are in token order, so in sentence order too.
            }

            if (second.MayMatch(hit) && MatchNear(scratch, near, hit, maxPhraseLength, out var lo, out var hi, excludeFirst, excludeLast)
                && (within < 0 || Reaches(lo, hi, wordsFirst, wordsLast, within)))
            {
                return true;
            }
        }

        return false;
    }
}
