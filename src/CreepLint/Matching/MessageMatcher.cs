using System.Runtime.InteropServices;
using CreepLint.Text;

namespace CreepLint.Matching;

/// <summary>
/// The matching half of a lint: extracts the visible text, tokenises it, scans it once with the phrase table, indexes
/// the hits and evaluates the rules they trigger. What it leaves in the scratch (tokens, hits, candidates) is what
/// scoring and the learned model read.
/// </summary>
internal static class MessageMatcher
{
    /// <summary>Matches <paramref name="text"/> into <paramref name="scratch"/>, which the caller has begun for <paramref name="set"/>.</summary>
    public static void Match(CompiledRuleSet set, LintScratch scratch, string text, MessageKind kind, TextFormat format)
    {
        Prepare(scratch, text, format);
        Scan(set, scratch, text, kind);
    }

    /// <summary>Extracts and tokenises <paramref name="text"/> into <paramref name="scratch"/>: the part of matching that is the same for every pack.</summary>
    public static void Prepare(LintScratch scratch, string text, TextFormat format)
    {
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
        Suppressions.DirectiveParser.Blank(text, length, scratch.Buffer);
        if (scratch.Buffer.HasBidiControls)
        {
            scratch.LimitsHit |= LintLimits.BidiControls;
        }

        Tokenizer.Tokenize(scratch.Buffer, text, scratch.Tokens, scratch.Questions);
    }

    /// <summary>Scans prepared text with <paramref name="set"/>'s terms and evaluates the rules they trigger.</summary>
    public static void Scan(CompiledRuleSet set, LintScratch scratch, string text, MessageKind kind)
    {
        if (set.ReadsSignAfterNumber)
        {
            // The packs other than English read clock times written with "h" ("18h30"; French also "18 h 30", "à 9h") and
            // signs after numbers ("78 %"); the times first, so that "18 h 30" is one token before signs are read.
            ClockTimesWithH.Mark(scratch.Buffer, scratch.Tokens, spaced: set.Language == "fr");
            SignsAfterNumbers.Mark(scratch.Buffer, scratch.Tokens);
        }

        if (set.ReadsOwnNamePlaceholders)
        {
            Vocatives.MarkPackNames(scratch.Buffer, text, scratch.Tokens);
        }

        if (set.Table.UsesPerson)
        {
            Vocatives.MarkPersons(scratch.Buffer, text, scratch.Tokens);
        }

        set.Table.Scan(scratch.Buffer.Chars, scratch.Tokens, scratch.Match, scratch.Hits, text, scratch.Buffer.HasQuotes);
        HitIndex.IndexHits(scratch, set.ModelReads);
        CollectTriggered(set, scratch);
        var target = kind == MessageKind.Rationale ? RuleTarget.Rationale : RuleTarget.Message;
        foreach (var ruleIndex in scratch.Triggered)
        {
            var rule = set.Rules[ruleIndex];
            if ((rule.Info.AppliesTo & target) != 0)
            {
                RuleEvaluator.Evaluate(set, rule, scratch, text, scratch.RuleClauses[ruleIndex]);
            }
        }

        // What the reader says in a transcript ("Customer: I'm pregnant, can I still use the sauna?") is their own
        // declaration: dropped here, in matching, so the findings and the model's features (at lint and in training) read
        // the same candidates.
        DropReaderTurns(scratch.Candidates, text);
    }

    /// <summary>Removes the candidates wholly inside a reader's turn of a transcript (<see cref="ReaderTurns"/>).</summary>
    private static void DropReaderTurns(List<Candidate> candidates, string text)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var turns = ReaderTurns.Find(text);
        if (turns.Count == 0)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!ReaderTurns.Inside(turns, candidates[i].Start, candidates[i].End))
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>
    /// Lists, in index order, the rules that may give a candidate: those with a live part (<see cref="RuleTriggers"/>: their
    /// phrase set hit, or a <c>near</c> clause all of whose sets are hit), each with its mask of live clauses, and every
    /// pattern rule, and every field rule when the message has fields. A rule with no live part gives no candidate, so it
    /// is not evaluated at all.
    /// </summary>
    private static void CollectTriggered(CompiledRuleSet set, LintScratch scratch)
    {
        var gen = scratch.Generation;
        var triggered = scratch.Triggered;
        var (setStamps, ruleStamps, clauses) = (scratch.SetStamp, scratch.RuleStamp, scratch.RuleClauses);
        var triggers = set.Triggers;
        foreach (var s in CollectionsMarshal.AsSpan(scratch.SetsPresent))
        {
            foreach (ref readonly var trigger in triggers.For(s))
            {
                if ((trigger.FirstOther >= 0 && setStamps[trigger.FirstOther] != gen) || !AllStamped(setStamps, gen, triggers.Others(in trigger)))
                {
                    continue;
                }

                var r = trigger.Rule;
                if (ruleStamps[r] != gen)
                {
                    ruleStamps[r] = gen;
                    clauses[r] = 0;
                    triggered.Add(r);
                }

                clauses[r] |= trigger.Clauses;
            }
        }

        Add(set.PatternRules, scratch);
        if (scratch.Buffer.Fields.Count > 0)
        {
            Add(set.FieldRules, scratch);
        }

        HitIndex.SortDistinct(CollectionsMarshal.AsSpan(triggered), scratch.SortBits);

        static void Add(int[] rules, LintScratch scratch)
        {
            var gen = scratch.Generation;
            foreach (var r in rules)
            {
                if (scratch.RuleStamp[r] != gen)
                {
                    scratch.RuleStamp[r] = gen;
                    scratch.RuleClauses[r] = 0;
                    scratch.Triggered.Add(r);
                }
            }
        }
    }

    /// <summary>Whether every one of <paramref name="sets"/> has a hit in this message (its stamp is the lint's generation).</summary>
    private static bool AllStamped(int[] stamps, int gen, ReadOnlySpan<int> sets)
    {
        foreach (var s in sets)
        {
            if (stamps[s] != gen)
            {
                return false;
            }
        }

        return true;
    }
}
