namespace CreepLint.Training;

/// <summary>
/// How the shipped model (<c>src/CreepLint/Model/default.clm</c>) is trained: one recipe that docs/model.md prints as a
/// command and <c>ModelTrainingTests</c> retrains from, so the two cannot drift.
/// </summary>
internal static class ShippedModel
{
    /// <summary>The corpus files, relative to the repository root: hand-written, generated, real campaign text and the
    /// independent writers' items (every round's batches once they have checked a threshold).</summary>
    public static readonly string[] Corpora = ["samples/corpus/train.jsonl", "samples/corpus/generated.jsonl", "samples/corpus/real/train.jsonl", "samples/corpus/real/batch-4.jsonl", "samples/corpus/real/batch-5.jsonl", "samples/corpus/real/batch-6.jsonl", "samples/corpus/real/batch-7.jsonl", "samples/corpus/real/batch-8.jsonl", "samples/corpus/real/batch-9.jsonl", "samples/corpus/real/batch-10.jsonl", "samples/corpus/real/batch-11.jsonl", "samples/corpus/real/batch-12.jsonl", "samples/corpus/real/batch-13.jsonl", "samples/corpus/real/batch-14.jsonl", "samples/corpus/real/batch-15.jsonl", "samples/corpus/real/batch-16.jsonl", "samples/corpus/real/batch-17.jsonl", "samples/corpus/real/batch-18.jsonl", "samples/corpus/real/batch-19.jsonl", "samples/corpus/real/batch-20.jsonl", "samples/corpus/independent.jsonl", "samples/corpus/independent-2.jsonl", "samples/corpus/independent-3.jsonl", "samples/corpus/independent-4.jsonl", "samples/corpus/independent-5.jsonl", "samples/corpus/independent-6.jsonl", "samples/corpus/independent-7.jsonl", "samples/corpus/independent-8.jsonl", "samples/corpus/independent-9.jsonl", "samples/corpus/independent-10.jsonl", "samples/corpus/independent-11.jsonl", "samples/corpus/independent-12.jsonl", "samples/corpus/independent-13.jsonl", "samples/corpus/independent-14.jsonl", "samples/corpus/independent-15.jsonl", "samples/corpus/independent-16.jsonl", "samples/corpus/independent-17.jsonl", "samples/corpus/independent-18.jsonl", "samples/corpus/independent-19.jsonl", "samples/corpus/independent-20.jsonl", "samples/corpus/independent-21.jsonl", "samples/corpus/independent-22.jsonl", "samples/corpus/independent-23.jsonl", "samples/corpus/independent-24.jsonl", "samples/corpus/independent-25.jsonl", "samples/corpus/independent-26.jsonl", "samples/corpus/independent-27.jsonl", "samples/corpus/independent-28.jsonl", "samples/corpus/independent-29.jsonl", "samples/corpus/independent-30.jsonl", "samples/corpus/independent-31.jsonl", "samples/corpus/independent-32.jsonl", "samples/corpus/independent-33.jsonl", "samples/corpus/independent-34.jsonl", "samples/corpus/independent-35.jsonl", "samples/corpus/independent-36.jsonl", "samples/corpus/independent-37.jsonl", "samples/corpus/independent-38.jsonl", "samples/corpus/independent-39.jsonl", "samples/corpus/independent-40.jsonl", "samples/corpus/independent-41.jsonl", "samples/corpus/independent-42.jsonl", "samples/corpus/independent-43.jsonl", "samples/corpus/independent-44.jsonl", "samples/corpus/independent-45.jsonl", "samples/corpus/independent-46.jsonl", "samples/corpus/independent-47.jsonl", "samples/corpus/independent-48.jsonl", "samples/corpus/independent-49.jsonl", "samples/corpus/independent-50.jsonl", "samples/corpus/independent-51.jsonl", "samples/corpus/independent-52.jsonl", "samples/corpus/independent-53.jsonl", "samples/corpus/independent-54.jsonl", "samples/corpus/independent-55.jsonl", "samples/corpus/independent-56.jsonl", "samples/corpus/independent-57.jsonl", "samples/corpus/independent-58.jsonl", "samples/corpus/independent-59.jsonl", "samples/corpus/independent-60.jsonl", "samples/corpus/independent-61.jsonl", "samples/corpus/independent-62.jsonl", "samples/corpus/independent-63.jsonl", "samples/corpus/independent-64.jsonl", "samples/corpus/independent-65.jsonl", "samples/corpus/independent-66.jsonl", "samples/corpus/independent-67.jsonl", "samples/corpus/independent-68.jsonl", "samples/corpus/independent-69.jsonl", "samples/corpus/independent-70.jsonl", "samples/corpus/independent-71.jsonl", "samples/corpus/independent-72.jsonl", "samples/corpus/independent-73.jsonl", "samples/corpus/independent-74.jsonl", "samples/corpus/independent-75.jsonl", "samples/corpus/independent-76.jsonl", "samples/corpus/independent-77.jsonl", "samples/corpus/independent-78.jsonl", "samples/corpus/independent-79.jsonl", "samples/corpus/independent-80.jsonl", "samples/corpus/independent-81.jsonl", "samples/corpus/chat-negatives.jsonl", "samples/corpus/ood-negatives.jsonl"];

    /// <summary>
    /// The real campaign text of the first three batches (real/train.jsonl) counts 15 times: 260 real messages against
    /// about 10,000 written ones, so that what real campaigns say (and, above all, the ordinary copy they send) weighs about
    /// a sixth of the fit and of the threshold choice instead of 2.5%. Chosen by cross-validation on the training files
    /// (docs/model.md). Batches 4 to 7 (356 items, mostly platform help prose in batch 4) count 3 times: at 15 their rule
    /// false alarms and prose the model cannot read pushed the threshold up in held-out writer batches (ninth round). Each
    /// batch was measured unseen for a round before it joined the recipe.
    /// The 1,000 items two writers wrote from the taxonomy alone, without reading the rules, count 3 times: they say things
    /// the way people other than the rule authors do, and so weigh against the generated corpus built from our own frames;
    /// so do the 3,000 of the second round (five more writers, one of them writing only accepted personalisation) and the
    /// 1,792 of the third (three writers: short channels, emails and letters, rationales), the 1,595 of the fourth (four
    /// writers: campaign forms, sectors, rationales and SMS style, and a batch across all of them) and the 793 of the fifth
    /// (two writers: real campaigns' short forms; longer emails, rationales and indirect wording) and the 796 of the sixth
    /// (two writers: under-represented sectors, detection pop-ups and merged letters; subtle, implied creepiness) and the 793
    /// of the seventh (two writers: everyday mid-size brands; text as real systems send it), which chose the tenth round's
    /// threshold before they joined, and the 1,194 of the eighth (three writers: sectors other batches lacked; what apps
    /// show inside the product; letters, emails and chat transcripts), two of which chose the eleventh round's threshold
    /// before they joined, and independent-16 and -18 to -27, which checked the twelfth to twenty-second rounds'. Real batch 8
    /// (93 items) joins at 3 as batches 4 to 7 did, after a round as unseen real text; batches 9 and 10 (55 and 80 items)
    /// the same, after three and two rounds unseen (seventeenth round).
    /// Batch 11 (70 items, 5 creepy) the same, after two measurements unseen (twenty-second round); batch 12 (62 items, 18
    /// creepy) after four (thirty-eighth round); batch 13 (33 items, 8 creepy) after it checked the one-role bar for a model
    /// alone (forty-third round); batches 14 to 16 the same after their rounds, and batches 17 and 18 (47 and 48 items, 16
    /// creepy each) after one measurement unseen (sixty-first round), batch 19 (40 items, 17 creepy) the same (sixty-third round) and batch 20 (47 items, 10 creepy; sixty-fourth).
    /// The 600 person-to-person messages (chat-negatives.jsonl, all clean) count 8 times: out-of-domain negatives that teach
    /// the model what a friend's "saw you at the gym" is, so that it stops reading chat as a brand watching its reader
    /// (weights 1, 3, 6 and 10 tried on independent-24 with the guards; 3 and 6 tie on F1, 6 keeps further inside them;
    /// 8 since the thirty-fifth round, when SMS "ur" began to read as "your" inside phrases and 6 let the model lift 56 SMS
    /// chats, one past the bound, with the same cross-validated F1 at 8).
    /// independent-42 (100 creepy, 300 hard clean) joins at 3 in the thirty-fifth round, as the batches before it did, and
    /// independent-43 in the thirty-sixth, independent-44 in the thirty-seventh, independent-45 in the thirty-eighth, independent-46 in the thirty-ninth, independent-47 in the fortieth, independent-48 in the forty-first, independent-49 in the forty-second, independent-50 in the forty-third, independent-51 in the forty-fourth, independent-52 in the forty-fifth, independent-53 in the forty-sixth, independent-54 in the forty-seventh, independent-55 in the forty-eighth, independent-56 in the forty-ninth, independent-57 (with real batch 14) in the fiftieth, independent-58 and -59 in the fifty-first, independent-60 (with real batch 15) in the fifty-second, independent-61 in the fifty-third, independent-62 in the fifty-fourth, independent-63 in the fifty-fifth, independent-64 in the fifty-sixth, independent-65 (with real batch 16) in the fifty-seventh, independent-66 and independent-67 in the fifty-eighth, independent-68 and independent-69 in the fifty-ninth, independent-70 in the sixtieth, independent-71 in the sixty-second, independent-72 in the sixty-third, independent-73 and independent-74 in the sixty-fourth, independent-75 and independent-76 in the sixty-fifth, independent-77 and independent-79 in the sixty-sixth (independent-78 its check), independent-78 in the sixty-seventh, independent-80 and independent-81 in the sixty-eighth.
    /// The 600 non-marketing texts (ood-negatives.jsonl, all clean: privacy and help-centre prose, news, workplace and school
    /// notices, support agents' replies, public posts, instructions) count 6 as well: with them the model may stand alone at
    /// 0.90 inside the guards (twenty-second round, docs/model.md).
    /// The generated corpus counts half: its frames repeat one wording hundreds of times ("as one of our least
    /// price-sensitive shoppers"), and at full weight the model learned those words, flagging ordinary loyalty copy in a
    /// public template repository.
    /// </summary>
    public static readonly (string File, double Weight)[] Weights = [("samples/corpus/real/train.jsonl", 15), ("samples/corpus/real/batch-4.jsonl", 3), ("samples/corpus/real/batch-5.jsonl", 3), ("samples/corpus/real/batch-6.jsonl", 3), ("samples/corpus/real/batch-7.jsonl", 3), ("samples/corpus/real/batch-8.jsonl", 3), ("samples/corpus/real/batch-9.jsonl", 3), ("samples/corpus/real/batch-10.jsonl", 3), ("samples/corpus/real/batch-11.jsonl", 3), ("samples/corpus/real/batch-12.jsonl", 3), ("samples/corpus/real/batch-13.jsonl", 3), ("samples/corpus/real/batch-14.jsonl", 3), ("samples/corpus/real/batch-15.jsonl", 3), ("samples/corpus/real/batch-16.jsonl", 3), ("samples/corpus/real/batch-17.jsonl", 3), ("samples/corpus/real/batch-18.jsonl", 3), ("samples/corpus/real/batch-19.jsonl", 3), ("samples/corpus/real/batch-20.jsonl", 3), ("samples/corpus/independent.jsonl", 3), ("samples/corpus/independent-2.jsonl", 3), ("samples/corpus/independent-3.jsonl", 3), ("samples/corpus/independent-4.jsonl", 3), ("samples/corpus/independent-5.jsonl", 3), ("samples/corpus/independent-6.jsonl", 3), ("samples/corpus/independent-7.jsonl", 3), ("samples/corpus/independent-8.jsonl", 3), ("samples/corpus/independent-9.jsonl", 3), ("samples/corpus/independent-10.jsonl", 3), ("samples/corpus/independent-11.jsonl", 3), ("samples/corpus/independent-12.jsonl", 3), ("samples/corpus/independent-13.jsonl", 3), ("samples/corpus/independent-14.jsonl", 3), ("samples/corpus/independent-15.jsonl", 3), ("samples/corpus/independent-16.jsonl", 3), ("samples/corpus/independent-17.jsonl", 3), ("samples/corpus/independent-18.jsonl", 3), ("samples/corpus/independent-19.jsonl", 3), ("samples/corpus/independent-20.jsonl", 3), ("samples/corpus/independent-21.jsonl", 3), ("samples/corpus/independent-22.jsonl", 3), ("samples/corpus/independent-23.jsonl", 3), ("samples/corpus/independent-24.jsonl", 3), ("samples/corpus/independent-25.jsonl", 3), ("samples/corpus/independent-26.jsonl", 3), ("samples/corpus/independent-27.jsonl", 3), ("samples/corpus/independent-28.jsonl", 3), ("samples/corpus/independent-29.jsonl", 3), ("samples/corpus/independent-30.jsonl", 3), ("samples/corpus/independent-31.jsonl", 3), ("samples/corpus/independent-32.jsonl", 3), ("samples/corpus/independent-33.jsonl", 3), ("samples/corpus/independent-34.jsonl", 3), ("samples/corpus/independent-35.jsonl", 3), ("samples/corpus/independent-36.jsonl", 3), ("samples/corpus/independent-37.jsonl", 3), ("samples/corpus/independent-38.jsonl", 3), ("samples/corpus/independent-39.jsonl", 3), ("samples/corpus/independent-40.jsonl", 3), ("samples/corpus/independent-41.jsonl", 3), ("samples/corpus/independent-42.jsonl", 3), ("samples/corpus/independent-43.jsonl", 3), ("samples/corpus/independent-44.jsonl", 3), ("samples/corpus/independent-45.jsonl", 3), ("samples/corpus/independent-46.jsonl", 3), ("samples/corpus/independent-47.jsonl", 3), ("samples/corpus/independent-48.jsonl", 3), ("samples/corpus/independent-49.jsonl", 3), ("samples/corpus/independent-50.jsonl", 3), ("samples/corpus/independent-51.jsonl", 3), ("samples/corpus/independent-52.jsonl", 3), ("samples/corpus/independent-53.jsonl", 3), ("samples/corpus/independent-54.jsonl", 3), ("samples/corpus/independent-55.jsonl", 3), ("samples/corpus/independent-56.jsonl", 3), ("samples/corpus/independent-57.jsonl", 3), ("samples/corpus/independent-58.jsonl", 3), ("samples/corpus/independent-59.jsonl", 3), ("samples/corpus/independent-60.jsonl", 3), ("samples/corpus/independent-61.jsonl", 3), ("samples/corpus/independent-62.jsonl", 3), ("samples/corpus/independent-63.jsonl", 3), ("samples/corpus/independent-64.jsonl", 3), ("samples/corpus/independent-65.jsonl", 3), ("samples/corpus/independent-66.jsonl", 3), ("samples/corpus/independent-67.jsonl", 3), ("samples/corpus/independent-68.jsonl", 3), ("samples/corpus/independent-69.jsonl", 3), ("samples/corpus/independent-70.jsonl", 3), ("samples/corpus/independent-71.jsonl", 3), ("samples/corpus/independent-72.jsonl", 3), ("samples/corpus/independent-73.jsonl", 3), ("samples/corpus/independent-74.jsonl", 3), ("samples/corpus/independent-75.jsonl", 3), ("samples/corpus/independent-76.jsonl", 3), ("samples/corpus/independent-77.jsonl", 3), ("samples/corpus/independent-78.jsonl", 3), ("samples/corpus/independent-79.jsonl", 3), ("samples/corpus/independent-80.jsonl", 3), ("samples/corpus/independent-81.jsonl", 3), ("samples/corpus/chat-negatives.jsonl", 8), ("samples/corpus/ood-negatives.jsonl", 6), ("samples/corpus/generated.jsonl", 0.5)];

    /// <summary>The L2 penalty: the trainer's default. A model that stands alone speaks only on text shaped like a claim about
    /// the reader, which keeps it off person-to-person chat, loud promotions and ordinary win-back copy without the seven-times
    /// penalty of the fourth round (docs/model.md, fifth round).</summary>
    public const double L2 = 1e-4;

    /// <summary>
    /// The probability threshold, fixed rather than chosen by the trainer's cross-validation, which reads the rules
    /// in-sample: the rules are written from these same files, so there the model's additions look fewer and noisier than
    /// on new text (tenth round). Chosen instead on two writer batches that neither the rules nor the model have seen
    /// (eleventh round: independent-14 and -15, measured on arrival and kept out of the recipe; docs/model.md): the
    /// threshold with the best mean F1 on them among those at which the guards stay inside the project's bounds
    /// (promotional SMS flagged at most 1%, chat lifted by the model alone at most SpamCorpusTests' 55 of 4,827). Checked
    /// by the same rule in the twelfth round on independent-16, kept out of the recipe: 0.95 lifts more chat than
    /// the bound, so 0.96 stays (docs/model.md, twelfth round); and in the thirteenth on independent-18 (independent-16 then
    /// joined the recipe): 0.94 and 0.95 lift more chat than the bound, 0.96 stays; and in the fourteenth on independent-19
    /// (independent-18 then joined the recipe), where 0.96 and 0.97 tie and 0.96 sits on the chat bound: the tie goes to
    /// 0.97, further inside the guards (docs/model.md, fourteenth round); and in the fifteenth on independent-20
    /// (independent-19 then joined the recipe), where 0.94 to 0.97 tie within 0.004 of F1 and 0.94 to 0.96 lift more chat than
    /// the bound: 0.97 stays (docs/model.md, fifteenth round); and in the sixteenth on independent-21 (independent-20 then
    /// joined the recipe), where 0.95 and 0.96 lift more chat than the bound: 0.97 stays (docs/model.md, sixteenth round);
    /// and in the seventeenth on independent-22 (independent-21 and real batches 9 and 10 then joined), and in the eighteenth
    /// on independent-23 (independent-22 then joined), the same. In the nineteenth (independent-23 joined; checked on
    /// independent-24) the recipe gained 600 person-to-person messages as negatives (chat-negatives.jsonl, weight 6): the
    /// model had only seen brand copy, and person-to-person chat was what held the threshold up. With them the model alone
    /// lifts 29 chat rows at 0.94 (36 at 0.97 before), and 0.94, the lowest the alone bar allows, has the best F1 on
    /// independent-24 (0.939 / 0.925 against 0.942 / 0.895 at 0.97 without them); leave-one-batch-out over the 31 writer
    /// batches agrees (0.981 / 0.906 against 0.983 / 0.895; docs/model.md, nineteenth round).
    /// Checked in the twentieth on independent-25 (independent-24 then joined) and in the twenty-first on independent-26
    /// (independent-25 then joined): 0.94 has the best F1 and the guards hold. In the twenty-second (independent-26 joined;
    /// checked on independent-27) 600 non-marketing texts joined as negatives (ood-negatives.jsonl, weight 6) and the bar a
    /// model alone must reach came down with the threshold to 0.90 (ModelBlend.AloneProbability): leave-one-batch-out over
    /// the 34 writer batches 0.981 / 0.908 at 0.94 without them against 0.978 / 0.917 at 0.90 with them, independent-27
    /// 0.952 / 0.600 against 0.955 / 0.630, and the guards hold (promotional SMS 5 of 747, chat lifted by the model alone 38;
    /// at 0.88, 52, near the bound, and at 0.90 without the new negatives, 45 and SMS 6). In the twenty-fourth (independent-28,
    /// -30 to -33 and -35 joined; checked on independent-29) 0.90 stays: 0.85 changes nothing (the stand-alone bar decides)
    /// and 0.93 loses three catches; a stand-alone bar of 0.85 lifts chat to 73 (docs/model.md, twenty-fourth round).
    /// </summary>
    public const double Threshold = 0.90;

    /// <summary>The command that writes the shipped model, run from the repository root.</summary>
    public static string Command =>
        "dotnet run --project src/CreepLint.Cli -- train " + string.Join(" ", Corpora) + " "
        + string.Join(" ", Weights.Select(w => $"--weight {w.File}={w.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) + $" --l2 {L2:0e-0} --threshold {Threshold.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} -o src/CreepLint/Model/default.clm";

    /// <summary>Reads the recipe's corpora under <paramref name="root"/> with their weights.</summary>
    public static List<TrainingExample> Examples(string root) => TrainingCorpus.Read(root, Corpora, Weights);
}
