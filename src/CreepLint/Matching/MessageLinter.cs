using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using CreepLint.Model;
using CreepLint.Scoring;
using CreepLint.Text;

namespace CreepLint.Matching;

/// <summary>Lints one message against a compiled rule set: extract, tokenise, scan once, evaluate triggered rules, score.</summary>
internal static class MessageLinter
{
    /// <summary>Findings scoring below this after context (heavily dampened matches) are dropped as noise.</summary>
    private const int MinFindingScore = 10;

    public static LintResult Lint(CompiledRuleSet set, Thresholds thresholds, string text, MessageKind kind, TextFormat format, ICreepScorer? scorer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = LintScratch.Current;
        try
        {
            scratch.Begin(set.SetCount, set.Rules.Length);
            var length = Math.Min(text.Length, Limits.MaxMessageLength);
            if (length < text.Length)
            {
                scratch.LimitsHit |= LintLimits.TextTruncated;
            }

            var html = format switch
            {
                TextFormat.Html => true,
                TextFormat.PlainText => false,
                _ => TextExtractor.LooksLikeHtml(text),
            };
            TextExtractor.Extract(text, length, html, scratch.Buffer);
            Tokenizer.Tokenize(scratch.Buffer, text, scratch.Tokens, scratch.Questions);
            set.Table.Scan(scratch.Buffer.Chars, scratch.Tokens, scratch.Match, scratch.Hits);
            IndexHits(scratch);
            CollectTriggered(set, scratch);
            var target = kind == MessageKind.Rationale ? RuleTarget.Rationale : RuleTarget.Message;
            foreach (var ruleIndex in scratch.Triggered)
            {
                var rule = set.Rules[ruleIndex];
                if ((rule.Info.AppliesTo & target) != 0)
                {
                    Evaluate(set, rule, scratch, text);
                }
            }

            var result = scratch.Candidates.Count == 0
                ? new LintResult(0, Verdict.Pass, []) { LimitsHit = scratch.LimitsHit }
                : Finish(set, thresholds, scratch, text);
            return scorer is null ? result : ModelBlend.Apply(scorer, result, thresholds, set, scratch, text, kind);
        }
        finally
        {
            scratch.End();
        }
    }

    /// <summary>
    /// Orders the hits by set, then first and last token, and records where each set's hits start. A counting sort by set
    /// (the scan emits hits in order of their last token, so each set's run is already nearly in order and an insertion
    /// sort finishes it in a pass): a comparison sort of every hit was an eighth of the time on long emails.
    /// </summary>
    private static void IndexHits(LintScratch scratch)
    {
        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
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

        SortDistinct(CollectionsMarshal.AsSpan(present));
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

    /// <summary>Sorts distinct ints: a message has a handful of sets and rules in play, which an insertion sort orders in less time than a call to the general sort takes.</summary>
    private static void SortDistinct(Span<int> values)
    {
        if (values.Length > 16)
        {
            values.Sort();
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

    private static void CollectTriggered(CompiledRuleSet set, LintScratch scratch)
    {
        var gen = scratch.Generation;
        var triggered = scratch.Triggered;
        foreach (var s in CollectionsMarshal.AsSpan(scratch.SetsPresent))
        {
            foreach (var r in set.RulesBySet[s])
            {
                if (scratch.RuleStamp[r] != gen)
                {
                    scratch.RuleStamp[r] = gen;
                    triggered.Add(r);
                }
            }
        }

        foreach (var r in set.PatternRules)
        {
            if (scratch.RuleStamp[r] != gen)
            {
                scratch.RuleStamp[r] = gen;
                triggered.Add(r);
            }
        }

        if (scratch.Buffer.Fields.Count > 0)
        {
            foreach (var r in set.FieldRules)
            {
                if (scratch.RuleStamp[r] != gen)
                {
                    scratch.RuleStamp[r] = gen;
                    triggered.Add(r);
                }
            }
        }

        SortDistinct(CollectionsMarshal.AsSpan(triggered));
    }

    private static bool HasHits(LintScratch scratch, int set) => set >= 0 && scratch.SetStamp[set] == scratch.Generation;

    private static void Evaluate(CompiledRuleSet set, CompiledRule rule, LintScratch scratch, string text)
    {
        var tokens = scratch.Tokens;
        if (rule.PhraseSet >= 0 && HasHits(scratch, rule.PhraseSet))
        {
            var first = scratch.SetFirst[rule.PhraseSet];
            var end = first + scratch.SetCount[rule.PhraseSet];
            for (var h = first; h < end; h++)
            {
                var hit = scratch.Hits[h];
                AddCandidate(set, rule, scratch, hit.Sentence, tokens[hit.First].SourceStart, tokens[hit.Last].SourceEnd);
            }
        }

        foreach (var near in rule.Near)
        {
            if (!AllHit(scratch, near.Sets))
            {
                continue;
            }

            var anchor = near.Sets[0];
            var first = scratch.SetFirst[anchor];
            var end = first + scratch.SetCount[anchor];
            var second = new SecondSetCursor(scratch, near, set.Table.MaxPhraseLength);
            for (var h = first; h < end; h++)
            {
                if (second.MayMatch(scratch.Hits[h]) && MatchNear(scratch, near, scratch.Hits[h], set.Table.MaxPhraseLength, out var lo, out var hi))
                {
                    AddCandidate(set, rule, scratch, scratch.Hits[h].Sentence, tokens[lo].SourceStart, tokens[hi].SourceEnd);
                }
            }
        }

        foreach (var regex in rule.Patterns)
        {
            EvaluatePattern(set, rule, regex, scratch);
        }

        if (rule.Fields.Length > 0)
        {
            foreach (var field in scratch.Buffer.Fields)
            {
                var name = text.AsSpan(field.Start, field.Length);
                if (FieldMatches(rule.Fields, name) && set.Classification?.Exempts(rule.Info.Id, name) != true)
                {
                    AddCandidate(set, rule, scratch, -1, field.Start, field.Start + field.Length);
                }
            }
        }
    }

    private static bool AllHit(LintScratch scratch, int[] sets)
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

    /// <summary>Finds, for an anchor hit of the first set, hits of every other set in the same sentence within the word distance.</summary>
    /// <remarks>
    /// A set's hits are ordered by first token, so only those starting near what is matched so far are read (a binary
    /// search finds them): in a long email a common set has hundreds of hits, and reading all of them for every anchor
    /// cost time proportional to the square of the email's length.
    /// </remarks>
    private static bool MatchNear(LintScratch scratch, NearClause near, SetHit anchor, int maxPhraseLength, out int lo, out int hi)
    {
        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        lo = anchor.First;
        hi = anchor.Last;
        var previous = anchor;
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
                if (hit.Sentence != anchor.Sentence && !near.MessageScope)
                {
                    continue;
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
            lo = Math.Min(lo, chosen.First);
            hi = Math.Max(hi, chosen.Last);
            previous = chosen;
        }

        return true;
    }

    /// <summary>
    /// Walks the hits of a near clause's second set alongside its anchors (both in token order) to turn away, without a
    /// search, an anchor with no hit of the second set within reach: most anchors of a common set ("you") have none, and
    /// <see cref="MatchNear"/> would only find that out.
    /// </summary>
    private struct SecondSetCursor(LintScratch scratch, NearClause near, int maxPhraseLength)
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

    /// <summary>The first index in [<paramref name="from"/>, <paramref name="to"/>) of a hit starting at or after <paramref name="token"/>.</summary>
    private static int FirstStartingAt(ReadOnlySpan<SetHit> hits, int from, int to, int token)
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
    private static int FirstInSentence(ReadOnlySpan<SetHit> hits, int from, int to, int sentence)
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

    private static bool SentenceHas(LintScratch scratch, int set, int sentence)
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

    private static bool NearInSentence(LintScratch scratch, NearClause near, int sentence, int maxPhraseLength)
    {
        if (!AllHit(scratch, near.Sets))
        {
            return false;
        }

        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        var anchor = near.Sets[0];
        var first = scratch.SetFirst[anchor];
        var end = first + scratch.SetCount[anchor];
        var second = new SecondSetCursor(scratch, near, maxPhraseLength);
        for (var h = sentence < 0 ? first : FirstInSentence(hits, first, end, sentence); h < end; h++)
        {
            var hit = hits[h];
            if (sentence >= 0 && hit.Sentence != sentence)
            {
                break; // Past the sentence: the anchors are in sentence order.
            }

            if (second.MayMatch(hit) && MatchNear(scratch, near, hit, maxPhraseLength, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddCandidate(CompiledRuleSet set, CompiledRule rule, LintScratch scratch, int sentence, int start, int end)
    {
        if (rule.QuestionOnly && (sentence < 0 || sentence >= scratch.Questions.Count || !scratch.Questions[sentence]))
        {
            return;
        }

        var factor = 1.0;
        foreach (var unless in rule.Unless)
        {
            var scope = unless.MessageScope ? -1 : sentence;
            var present = unless.Near is { } near ? NearInSentence(scratch, near, scope, set.Table.MaxPhraseLength) : SentenceHas(scratch, unless.PhraseSet, scope);
            if (present)
            {
                if (unless.Factor <= 0)
                {
                    return;
                }

                factor *= unless.Factor;
            }
        }

        if (sentence >= 0)
        {
            foreach (var signal in set.Context)
            {
                if (Array.IndexOf(rule.OwnSets, signal.Set) < 0 && SentenceHas(scratch, signal.Set, sentence))
                {
                    factor *= signal.Factor;
                }
            }
        }

        var score = (int)Math.Round(Math.Clamp(rule.Info.Confidence * factor, 0, 100), MidpointRounding.AwayFromZero);
        if (score >= MinFindingScore)
        {
            scratch.Candidates.Add(new Candidate(rule.Index, start, Math.Max(end, start), score));
        }
    }

    private static void EvaluatePattern(CompiledRuleSet set, CompiledRule rule, Regex regex, LintScratch scratch)
    {
        var buffer = scratch.Buffer;
        var chars = buffer.Chars.AsSpan(0, buffer.Length);
        try
        {
            foreach (var match in regex.EnumerateMatches(chars))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                var start = buffer.Map[match.Index];
                var end = buffer.Map[match.Index + match.Length - 1] + 1;
                AddCandidate(set, rule, scratch, SentenceAt(scratch.Tokens, match.Index), start, end);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A rule's fallback regex ran past Limits.RegexTimeout on this message: that rule is skipped, the lint goes on.
            scratch.LimitsHit |= LintLimits.RegexTimedOut;
        }
    }

    private static int SentenceAt(List<Token> tokens, int normalisedIndex)
    {
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start <= normalisedIndex)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? (tokens.Count > 0 ? tokens[0].Sentence : -1) : tokens[found].Sentence;
    }

    private static bool FieldMatches(FieldGlob[] globs, ReadOnlySpan<char> name)
    {
        foreach (var glob in globs)
        {
            if (glob.MatchesPath(name))
            {
                return true;
            }
        }

        return false;
    }

    private static LintResult Finish(CompiledRuleSet set, Thresholds thresholds, LintScratch scratch, string text)
    {
        var candidates = scratch.Candidates;
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule != b.Rule ? a.Rule.CompareTo(b.Rule) : b.End.CompareTo(a.End));

        // One finding per rule per overlapping region: keep the strongest (then the longest).
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
        var count = Math.Min(kept.Count, Limits.MaxFindingsPerMessage);
        if (count < kept.Count)
        {
            scratch.LimitsHit |= LintLimits.FindingsCapped;
        }

        var findings = ImmutableArray.CreateBuilder<Finding>(count);
        var lines = new LinePositions(text);
        for (var i = 0; i < count; i++)
        {
            var c = kept[i];
            var info = set.Rules[c.Rule].Info;
            var (line, column) = lines.At(c.Start);
            var excerpt = Excerpt(text, c.Start, c.End);
            findings.Add(new Finding(info.Id, info.Category, info.Severity, c.Score, c.Start, c.End - c.Start, line, column, excerpt,
                info.Message.Replace("{match}", excerpt, StringComparison.Ordinal), info.Suggestion));
        }

        var result = findings.MoveToImmutable();
        var score = MessageScore.Combine(result.AsSpan());
        return new LintResult(score, thresholds.Classify(score), result) { LimitsHit = scratch.LimitsHit };
    }

    /// <summary>The matched source text with whitespace collapsed, capped at <see cref="Limits.MaxExcerptLength"/>.</summary>
    internal static string Excerpt(string text, int start, int end)
    {
        var sb = new StringBuilder(Math.Min(end - start, Limits.MaxExcerptLength + 1));
        var space = false;
        for (var i = start; i < end && i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            if (sb.Length >= Limits.MaxExcerptLength)
            {
                sb.Append('…');
                break;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
