using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using CreepLint.Text;
using static CreepLint.Matching.HitIndex;
using static CreepLint.Matching.NearMatcher;

namespace CreepLint.Matching;

/// <summary>
/// Evaluates one triggered rule against the indexed hits: its phrases, <c>near</c> clauses, patterns and fields give
/// candidate spans, which <c>unless</c> entries cancel or dampen and context lexicons adjust before they become
/// <see cref="Candidate"/>s.
/// </summary>
internal static class RuleEvaluator
{
    /// <summary>Candidates scoring below this after context (heavily dampened matches) are dropped as noise.</summary>
    private const int MinFindingScore = 10;

    /// <summary>Evaluates <paramref name="rule"/>: its phrases, the <c>near</c> clauses <paramref name="clauses"/> says are live
    /// (<see cref="RuleTriggers.ClauseBit"/>; the others lack a set's hits, so they can give nothing), its patterns and fields.</summary>
    public static void Evaluate(CompiledRuleSet set, CompiledRule rule, LintScratch scratch, string text, ulong clauses)
    {
        var tokens = scratch.Tokens;
        if (rule.PhraseSet >= 0 && HasHits(scratch, rule.PhraseSet))
        {
            Index(scratch, rule.PhraseSet);
            var first = scratch.SetFirst[rule.PhraseSet];
            var end = first + scratch.SetCount[rule.PhraseSet];
            var hits = CollectionsMarshal.AsSpan(scratch.Hits);
            for (var h = first; h < end; h++)
            {
                var hit = hits[h];
                AddCandidate(set, rule, scratch, hit.Sentence, tokens[hit.First].SourceStart, tokens[hit.Last].SourceEnd, hit.First, hit.Last);
            }
        }

        while (clauses != 0)
        {
            var c = BitOperations.TrailingZeroCount(clauses);
            clauses &= clauses - 1;
            if (c == RuleTriggers.LastClauseBit)
            {
                // The clauses from the mask's last bit on, each checked here (no pack has a rule with that many).
                for (; c < rule.Near.Length; c++)
                {
                    if (AllHit(scratch, rule.Near[c].Sets))
                    {
                        EvaluateNear(set, rule, rule.Near[c], scratch);
                    }
                }

                break;
            }

            EvaluateNear(set, rule, rule.Near[c], scratch);
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
                    AddCandidate(set, rule, scratch, -1, field.Start, field.Start + field.Length, -1, -1);
                }
            }
        }
    }

    /// <summary>Adds a candidate for each anchor of <paramref name="near"/>'s first set that its other sets' hits complete; every
    /// set of the clause has hits (a live clause, <see cref="RuleTriggers"/>).</summary>
    private static void EvaluateNear(CompiledRuleSet set, CompiledRule rule, NearClause near, LintScratch scratch)
    {
        Debug.Assert(AllHit(scratch, near.Sets), "only live clauses are evaluated");
        Index(scratch, near.Sets);
        var tokens = scratch.Tokens;
        var anchor = near.Sets[0];
        var first = scratch.SetFirst[anchor];
        var end = first + scratch.SetCount[anchor];
        var second = new SecondSetCursor(scratch, near, set.Table.MaxPhraseLength);
        for (var h = first; h < end; h++)
        {
            if (second.MayMatch(scratch.Hits[h]) && MatchNear(scratch, near, scratch.Hits[h], set.Table.MaxPhraseLength, out var lo, out var hi))
            {
                AddCandidate(set, rule, scratch, scratch.Hits[h].Sentence, tokens[lo].SourceStart, tokens[hi].SourceEnd, lo, hi);
            }
        }
    }

    /// <summary>
    /// Adds a match as a candidate unless an <c>unless</c> entry cancels it; its score is the rule's confidence times the
    /// dampening and context factors. <paramref name="firstToken"/> and <paramref name="lastToken"/> are the tokens matched,
    /// or -1 for a pattern or a field: then an <c>unless</c> with <c>within</c> is read in the whole sentence.
    /// </summary>
    private static void AddCandidate(CompiledRuleSet set, CompiledRule rule, LintScratch scratch, int sentence, int start, int end, int firstToken, int lastToken)
    {
        if (rule.QuestionOnly && (sentence < 0 || sentence >= scratch.Questions.Count || !scratch.Questions[sentence]))
        {
            return;
        }

        var factor = 1.0;
        foreach (var unless in rule.Unless)
        {
            var scope = unless.MessageScope ? -1 : sentence;
            var present = unless.Placed ? PlacedUnlessHolds(set, unless, scratch, sentence, firstToken, lastToken)
                : unless.Near is { } near ? NearInRegion(scratch, near, set.Table.MaxPhraseLength, scope)
                : unless.Within >= 0 && sentence >= 0 && firstToken >= 0 ? HasHitNear(scratch, unless.PhraseSet, sentence, firstToken, lastToken, unless.Within)
                : SentenceHas(scratch, unless.PhraseSet, scope);
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

    /// <summary>
    /// Whether an <c>unless</c> entry with <c>outside</c>, <c>scope: paragraph</c> or a near clause with <c>within</c> holds for
    /// a finding on tokens <paramref name="firstToken"/>..<paramref name="lastToken"/> (-1 for a pattern or a field: then
    /// <c>within</c> and <c>outside</c> have no words to measure from, and the entry is read in the whole sentence, or the
    /// sentence's paragraph; a field has no sentence, so it is read in the whole message).
    /// </summary>
    private static bool PlacedUnlessHolds(CompiledRuleSet set, UnlessClause unless, LintScratch scratch, int sentence, int firstToken, int lastToken)
    {
        var tokens = scratch.Tokens;
        var hasWords = firstToken >= 0 && sentence >= 0;

        // The tokens the entry is looked for in: the sentence (the default), the paragraph or the message.
        int regionFirst = 0, regionLast = tokens.Count - 1;
        if (unless.ParagraphScope && sentence >= 0)
        {
            var (lo, hi) = hasWords ? (firstToken, lastToken) : FirstOfSentence(tokens, sentence);
            (regionFirst, regionLast) = Paragraphs.Around(scratch.Buffer.Chars, scratch.Buffer.Length, tokens, lo, hi);
        }

        var inSentence = !unless.MessageScope && !unless.ParagraphScope && sentence >= 0;
        var within = hasWords && inSentence ? unless.Within : -1;
        var (excludeFirst, excludeLast) = unless.Outside && hasWords ? (firstToken, lastToken) : (int.MaxValue, int.MinValue);
        if (unless.Near is { } near)
        {
            return NearInRegion(scratch, near, set.Table.MaxPhraseLength, inSentence ? sentence : -1, regionFirst, regionLast,
                excludeFirst, excludeLast, within, firstToken, lastToken);
        }

        if (!HasHits(scratch, unless.PhraseSet))
        {
            return false;
        }

        Index(scratch, unless.PhraseSet);
        {
            var hits = CollectionsMarshal.AsSpan(scratch.Hits);
            var first = scratch.SetFirst[unless.PhraseSet];
            var end = first + scratch.SetCount[unless.PhraseSet];
            for (var h = inSentence ? FirstInSentence(hits, first, end, sentence) : FirstStartingAt(hits, first, end, regionFirst); h < end; h++)
            {
                var hit = hits[h];
                if (inSentence ? hit.Sentence != sentence : hit.First > regionLast)
                {
                    break;
                }

                if (hit.Last > regionLast || (hit.First <= excludeLast && hit.Last >= excludeFirst))
                {
                    continue; // Reaches out of the paragraph, or lies on the finding's own words (outside).
                }

                if (within < 0 || Reaches(hit.First, hit.Last, firstToken, lastToken, within))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first token of <paramref name="sentence"/> (as a range of one), for a pattern's paragraph.</summary>
    private static (int, int) FirstOfSentence(List<Token> tokens, int sentence)
    {
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Sentence >= sentence)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found < 0 ? (0, 0) : (found, found);
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
                AddCandidate(set, rule, scratch, SentenceAt(scratch.Tokens, match.Index), start, end, -1, -1);
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
}
