namespace CreepLint.Tests.Evaluation;

/// <summary>
/// False-positive check on real SMS (the SMS Spam Collection, tests/CreepLint.Tests/Data): the spam rows are promotional
/// text that is pushy but untargeted (it names topics and prizes, not what the sender knows about the reader), and the
/// ham rows are person-to-person chat, far from the marketing copy the model was trained on.
/// </summary>
public sealed class SpamCorpusTests
{
    /// <summary>
    /// Spam rows the default engine (rules and model) may flag, each reviewed as genuinely creepy. Every rule flag found
    /// during review that was a false positive was fixed in the rules instead (opening hours read as clock times, "Single?"
    /// and "Did you hear about the new Divorce Barbie?" read as attribute questions, "reply with your AGE" read as an age
    /// assertion, "your little ones" read as family status, "3 hours talk time" read as a measured duration, "even if you
    /// have Bad Credit" read as financial hardship). Lines 4238 and 5194 are flagged by the system-voice rule (CL5003):
    /// "Our records indicate you may be entitled to 3750 pounds for the Accident you had" claims records of a private
    /// event the reader never gave the sender, once in full spelling and once in SMS spelling.
    /// </summary>
    private static readonly string[] s_reviewedCreepy = ["4238", "5194"];

    /// <summary>
    /// Spam rows the default engine flags although they are not creepy, reviewed and accepted, each with why the engine
    /// errs. The learned model lifts them on its own (no rule matching). From the eleventh round to the forty-third it lifted, in most rounds, line 882, one
    /// of eight copies of "U have a secret admirer who is looking 2 make contact with U…", a dating scam that claims to know
    /// who likes the reader (a sentence with the reader and a second role). The tenth round's model (threshold 0.97) lifted none; the eleventh round's, at
    /// 0.96, lifted it, line 1047 ("We know someone who you know that fancies you") and line 753 ("in about 40 years, we'll
    /// have thousands of old ladies running around with tattoos"); the twelfth and thirteenth rounds', at 0.96, it and
    /// 1047; the fourteenth round's, at 0.97, it alone; the fifteenth to seventeenth rounds', at 0.97, it and 1047 again; the eighteenth's, at 0.97, it alone; the nineteenth's, trained with person-to-person chat as negatives and run at 0.94, it, 1047 and line 2073 ("Sexy Singles are waiting for you! … For gay men text your AGE followed by a G": an audience named, nothing asserted about the reader); the twentieth to twenty-second rounds', the last at 0.90, the same three; the thirty-third and thirty-fourth rounds' (the rules' new lexicon entries change the model's features; with or without `independent-41` in the recipe) line 753 again, at a score of 37, beside those three (docs/model.md); the thirty-fifth to thirty-seventh rounds' (chat negatives at 8) those three alone; the thirty-eighth's (real batch 12 and independent-45 joined) line 753 again, at 37; since the forty-second, which raised a model alone's bar on one-role text to 0.97, no longer 1047 (the reader with one role), with independent-49 in the recipe (the same round) no longer 882 either, with independent-50 and real batch 13 (the forty-third) 882 again, and from the forty-fourth (independent-51) not, and from the forty-fifth again: it sits at the bar (<see cref="s_atTheBar"/>). Until the tenth round the model also lifted line 2073 ("For gay men text your
    /// AGE followed by a G") and line 2665 ("why dont you tell me what you look like"). A row the engine newly flags must be
    /// reviewed and listed here or in <see cref="s_reviewedCreepy"/>; together they must stay within 1% of the spam rows.
    /// </summary>
    private static readonly string[] s_knownFalsePositives = ["2073"];

    /// <summary>
    /// Known false positives at the model's bar for standing alone: flagged by some retrains and not by others (line 882,
    /// above, since the forty-second round), and lines 116 and 566, two copies of one prize-draw scam ("Last weekends draw
    /// shows that you won a £1000 prize GUARANTEED"), which the sixty-second to sixty-sixth rounds' models lifted to 38, a
    /// warning ("shows that you" is how a sender's records are quoted at the reader; nothing in the text says what was
    /// recorded), and the sixty-seventh's does not; and line 5496 ("Play the official Ultimate Spider-man game (£4.50) on ur
    /// mobile right now"), which the sixty-eighth round's model lifts to 35, a warning ("ur … right now" reads as the
    /// reader's present whereabouts; the phone is the game's platform); and line 753 (above), which every model from the thirty-third
    /// round to the eightieth lifted; of the retrains since, the eighty-sixth round's lifts it and the others (after the eighty-fifth
    /// round's review, after the eighty-sixth round's mends, the eighty-seventh round's) do not. They may be flagged or not; any other row must be
    /// reviewed. However many of them a model lifts, the flagged rows stay within the bound of seven (1% of 747).
    /// </summary>
    private static readonly string[] s_atTheBar = ["882", "116", "566", "5496", "753"];

    /// <summary>The most spam rows (1% of 747) the default engine may flag, reviewed creepy or known false positive.</summary>
    private const int MaxFlaggedSpam = 7;

    /// <summary>
    /// Most ham rows the learned model may lift over the warn line on its own. Person-to-person chat is out of the model's
    /// domain: it is full of "you", feelings, plans, money and health, which is exactly what marketing copy must not say
    /// about its reader, and its threshold is chosen on marketing copy. The first model (1,267 hand-written messages) warned
    /// on 148 of 4,827 rows (3.1%); the eighth round's on about 46 (1.0%) at threshold 0.97, the ninth round's on 62 (1.3%)
    /// at 0.96 (the bound was 65 for that trade). The tenth round's rules catch more of what the model used to add, and its
    /// threshold, fixed at 0.97 on two writer batches outside the recipe, lifts 49 chat rows (1.0%); the eleventh round's,
    /// at 0.96 (chosen on two more such batches, with this bound as one of the guards), lifted 50; the twelfth round's, at
    /// 0.96 (checked on another such batch), 49; the thirteenth's 53; the fourteenth's, at 0.97 (0.96 tied it on its check
    /// batch at 55, on the bound, and the tie goes to the threshold further inside the guards), lifts 39; the fifteenth's, at 0.97
    /// (0.95 and 0.96 lift more than the bound), 43; the sixteenth's 40, the seventeenth's and eighteenth's 39; the nineteenth's, trained with 600 written person-to-person messages as negatives, lifts 29 at 0.94 (36 at 0.97 without them), the twentieth's 24, the twenty-first's 28; the twenty-second's, trained with 600 non-marketing texts as negatives too and standing alone from 0.90, 38 (45 at 0.90 without them), the twenty-third's 36. The bound is 55, which
    /// catches a retrain that makes it markedly worse (docs/model.md, tenth and eleventh rounds).
    /// </summary>
    private const int MaxModelOnlyHamWarnings = 55;

    private static readonly CreepLintEngine s_rulesOnly = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().Build();

    private static List<string[]> Rows(string file) =>
        [.. File.ReadLines(RepositoryFiles.Path("tests", "CreepLint.Tests", "Data", file))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))];

    [Test]
    public void Only_reviewed_spam_messages_are_flagged()
    {
        var rows = Rows("sms-spam.tsv");
        Assert.That(rows, Has.Count.EqualTo(747), "all spam rows are present");
        var results = CreepLintEngine.Default.LintBatch([.. rows.Select(r => new LintRequest(r[1], MessageKind.Message, TextFormat.PlainText))]);
        var flagged = rows.Zip(results).Where(p => p.Second.Verdict != Verdict.Pass).ToList();
        Assert.That(flagged, Has.Count.LessThanOrEqualTo(MaxFlaggedSpam), "at most 1% of promotional SMS flagged");
        var describe = () => string.Join(Environment.NewLine, flagged.Select(p => $"line {p.First[0]}: {p.First[1]} → " +
            string.Join(", ", p.Second.Findings.Select(f => $"{f.RuleId} '{f.Excerpt}'"))));
        Assert.That(flagged.Select(p => p.First[0]).Except(s_atTheBar), Is.EquivalentTo(s_reviewedCreepy.Concat(s_knownFalsePositives)), describe);
    }

    [Test]
    public void Model_adds_no_unreviewed_warning_to_spam()
    {
        var rows = Rows("sms-spam.tsv");
        var added = ModelOnly(rows);
        Assert.That(added.Select(p => p.Row[0]), Is.SubsetOf(s_reviewedCreepy.Concat(s_knownFalsePositives).Concat(s_atTheBar)), () => Describe(added));
    }

    [Test]
    public void Model_adds_few_warnings_to_chat()
    {
        var rows = Rows("sms-ham.tsv");
        Assert.That(rows, Has.Count.EqualTo(4827), "all ham rows are present");
        var added = ModelOnly(rows);
        Assert.That(added, Has.Count.LessThanOrEqualTo(MaxModelOnlyHamWarnings), () => Describe(added));
    }

    /// <summary>Rows the default engine (rules and model) flags but the rules alone pass.</summary>
    private static List<(string[] Row, LintResult Result)> ModelOnly(List<string[]> rows)
    {
        var requests = rows.Select(r => new LintRequest(r[1], MessageKind.Message, TextFormat.PlainText)).ToArray();
        var blended = CreepLintEngine.Default.LintBatch(requests);
        var rules = s_rulesOnly.LintBatch(requests);
        return [.. rows.Select((r, i) => (r, i))
            .Where(x => blended[x.i].Verdict != Verdict.Pass && rules[x.i].Verdict == Verdict.Pass)
            .Select(x => (x.r, blended[x.i]))];
    }

    private static string Describe(List<(string[] Row, LintResult Result)> rows) =>
        $"{rows.Count} model-only warnings:" + Environment.NewLine + string.Join(Environment.NewLine, rows.Select(p =>
            $"line {p.Row[0]}: {p.Row[1]} → {string.Join(", ", p.Result.Findings.Select(f => $"{f.RuleId} {f.Score} '{f.Excerpt}'"))}"));
}
