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

        set.Table.Scan(scratch.Buffer.Chars, scratch.Tokens, scratch.Match, scratch.Hits, text);
        HitIndex.IndexHits(scratch);
        CollectTriggered(set, scratch);
        var target = kind == MessageKind.Rationale ? RuleTarget.Rationale : RuleTarget.Message;
        foreach (var ruleIndex in scratch.Triggered)
        {
            var rule = set.Rules[ruleIndex];
            if ((rule.Info.AppliesTo & target) != 0)
            {
                RuleEvaluator.Evaluate(set, rule, scratch, text);
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

        HitIndex.SortDistinct(CollectionsMarshal.AsSpan(triggered), scratch.SortBits);
    }
}
