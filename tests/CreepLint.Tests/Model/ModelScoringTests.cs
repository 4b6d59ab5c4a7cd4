using CreepLint.Model;
using CreepLint.Training;
using CreepLint.Scoring;
using CreepLint.Tests.Evaluation;

namespace CreepLint.Tests.Model;

public sealed class ModelScoringTests
{
    private static readonly CreepLintEngine WithModel = CreepLintEngine.CreateBuilder().AddDefaultRules().UseDefaultModel().Build();

    /// <summary>Messages of several shapes: clean, creepy with rule hits, templates with fields, HTML.</summary>
    public static readonly string[] Messages =
    [
        "Hi {{ first_name }}, our spring sale starts Friday: 20% off garden tools, hose reels and planters. Pop in or order online for free delivery this week.",
        "We noticed you opened this email at 11:52 pm three nights in a row. Can't sleep?",
        "Congratulations on the pregnancy, {{ first_name }}! Due on {{ predicted_due_date }}? Here's 20% off maternity wear.",
        "<p>We keep tabs on <b>everything</b> you like so we can surprise you.</p>",
        "Our model estimates you are 87% likely to be pregnant.",
    ];

    [Test]
    public void Builder_chooses_the_model()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CreepLintEngine.Default.Scorer, Is.SameAs(LinearCreepModel.Default));
            Assert.That(WithModel.Scorer, Is.SameAs(LinearCreepModel.Default));
            Assert.That(CreepLintEngine.CreateBuilder().AddDefaultRules().UseDefaultModel().WithoutModel().Build().Scorer, Is.Null);
            Assert.That(CreepLintEngine.CreateBuilder().Build().Scorer, Is.SameAs(LinearCreepModel.Default), "a new builder starts from Default's settings, model included");
        });
    }

    [Test]
    public void Model_finding_explains_itself_with_spans_into_the_source()
    {
        // Rules miss this (a partner who left, said without any word the rules bind to the reader); the model is sure of it
        // (probability 0.998 with the eighth round's model, far from its 0.97 bar, so a retrain does not tip the premise).
        const string text = "The flat must feel quiet since she moved out, Dan. Our one-pan recipes are made for one.";
        Assert.That(TestCorpus.RulesOnly().Lint(text).HasFindings, Is.False, "premise: no rule matches");
        var result = WithModel.Lint(text);
        var finding = result.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo("CL0001"));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Warn));
            Assert.That(finding.Message, Does.Contain("Words that weighed most: '"));
            Assert.That(text.Substring(finding.Offset, finding.Length), Is.EqualTo(finding.Excerpt));
            Assert.That(finding.Suggestion, Does.Contain("creeplint train"));
        });
    }

    [Test]
    public void Explanation_phrases_are_spans_of_the_source_text()
    {
        var probe = new ProbeScorer(LinearCreepModel.Default, explain: true);
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(probe).Build();
        const string text = "Dear {{ first_name }}, getting back on your feet after a divorce takes time. Our single-portion meal kits start at £3.";
        Assert.That(engine.Lint(text).Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "CL0001" }), "premise: no rule matches");
        Assert.That(probe.Explanation, Is.Not.Null);
        Assert.That(probe.Explanation!.Phrases, Is.Not.Empty);
        foreach (var phrase in probe.Explanation.Phrases)
        {
            Assert.That(phrase.Offset, Is.InRange(0, text.Length - 1));
            Assert.That(phrase.Offset + phrase.Length, Is.LessThanOrEqualTo(text.Length));
            Assert.That(phrase.Weight, Is.Positive);
        }
    }

    [TestCase(0, 0.5, 0.9, 0)]
    [TestCase(40, 0.5, 0.9, 40)]
    [TestCase(0, 0.9, 0.9, 35)]
    [TestCase(0, 1.0, 0.9, 69)]
    [TestCase(50, 0.9, 0.9, 68)]
    public void Blend_formula_matches_the_documentation(int ruleScore, double p, double threshold, int expected)
    {
        // docs/model.md: m = W + (F − 1 − W)(p − t)/(1 − t) at or above t; score = 100(1 − (1 − r/100)(1 − m/100)).
        Assert.That(ModelBlend.Blend(ruleScore, p, threshold, Thresholds.Default), Is.EqualTo(expected));
    }

    [Test]
    public void Model_alone_never_fails_a_message()
    {
        Assert.That(ModelBlend.Blend(0, 1.0, 0.5, Thresholds.Default), Is.LessThan(Thresholds.Default.FailAt));
    }

    [Test]
    public void Feature_extraction_and_scoring_allocate_nothing_after_warm_up()
    {
        var probe = new ProbeScorer(LinearCreepModel.Default, explain: false);
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(probe).Build();
        foreach (var message in Messages)
        {
            engine.Lint(message);
            engine.Lint(message);
            Assert.That(probe.AllocatedBytes, Is.Zero, message);
        }
    }

    [Test]
    public void A_clean_message_with_the_model_allocates_nothing_after_warm_up()
    {
        var message = Messages[0];

        // Warm up with more than one call: run alone (not after the rest of the suite), the second call on a fresh thread
        // still allocates 1,048 bytes once (one-time per-thread set-up, not per message); the steady state is what this
        // test holds.
        for (var i = 0; i < 3; i++)
        {
            WithModel.Lint(message);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = WithModel.Lint(message);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(allocated, Is.Zero);
        });
    }

    [Test]
    public void Eight_threads_get_the_same_results_as_one()
    {
        var texts = TrainingCorpus.Read([TestCorpus.Dev]).Select(e => e.Text).ToArray();
        var expected = texts.Select(t => Describe(WithModel.Lint(t))).ToArray();
        var actual = new string[8][];
        var threads = Enumerable.Range(0, 8).Select(k => new Thread(() =>
        {
            // Each thread walks the corpus from a different start so threads interleave different messages.
            var mine = new string[texts.Length];
            for (var n = 0; n < texts.Length; n++)
            {
                var i = (n + (k * 29)) % texts.Length;
                mine[i] = Describe(WithModel.Lint(texts[i]));
            }

            actual[k] = mine;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Multiple(() =>
        {
            for (var k = 0; k < 8; k++)
            {
                Assert.That(actual[k], Is.EqualTo(expected), $"thread {k}");
            }
        });
    }

    [Test]
    public void A_message_of_up_to_64_tokens_is_scored_whole_as_in_training()
    {
        // Also checks the scoring path's per-word cache against the features themselves: every text twice (cold, then cached).
        var probe = new ReferenceScorer(LinearCreepModel.Default);
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(probe).Build();
        var texts = TrainingCorpus.Read([TestCorpus.Dev]).Select(e => e.Text).Concat(HamRows().Take(2000)).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var text in texts)
            {
                engine.Lint(text);
                if (probe.Tokens <= 64)
                {
                    Assert.That(probe.Windowed, Is.EqualTo(probe.Whole).Within(1e-9), text);
                }
            }
        }

        Assert.That(TrainingCorpus.Read([TestCorpus.Train, TestCorpus.Dev]).Max(e => { engine.Lint(e.Text, e.Kind); return probe.Tokens; }),
            Is.LessThanOrEqualTo(64), "every corpus message fits one window");
    }

    [Test]
    public void Two_models_on_one_thread_never_read_each_others_cached_words()
    {
        var (custom, _) = ModelTrainer.Train(TestCorpus.RulesOnly(), TestCorpus.LoyaltyTierShaming, new TrainingOptions(Folds: 3));
        var probes = new[] { new ReferenceScorer(LinearCreepModel.Default), new ReferenceScorer(custom) };
        var engines = probes.Select(p => CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(p).Build()).ToArray();
        foreach (var text in TestCorpus.LoyaltyTierShaming.Select(e => e.Text).Concat(Messages))
        {
            for (var k = 0; k < 4; k++)
            {
                engines[k % 2].Lint(text);
                Assert.That(probes[k % 2].Windowed, Is.EqualTo(probes[k % 2].Whole).Within(1e-9), $"model {k % 2}: {text}");
            }
        }
    }

    /// <summary>
    /// About 20 KB of text the rules pass. Scored whole, the sum of the weights moves with the length while the 1/√n
    /// scale shrinks only with its root: 20 KB of chat reached p = 1 whatever it said. Scored by windows without a
    /// correction, one of its few hundred windows always looked creepy. Scored by windows with ln k asked of the best one,
    /// it is as likely to pass as one short message.
    /// </summary>
    [TestCase("chat")]
    [TestCase("marketing")]
    public void A_long_message_is_not_flagged_for_its_length(string padding)
    {
        var probe = new ProbeScorer(LinearCreepModel.Default, explain: false);
        var engine = CreepLintEngine.CreateBuilder().AddDefaultRules().UseModel(probe).Build();
        var result = engine.Lint(Filler(padding, 20_000));
        Assert.That(result.Findings, Is.Empty, "no rule matches the filler, so the model stands alone");
        Assert.That(probe.Probability, Is.LessThan(CreepLint.Scoring.ModelBlend.Bar(new ModelOpinion(0, LinearCreepModel.Default.Threshold), alone: true)), "20 KB of " + padding);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass));
    }

    /// <summary>
    /// A sentence the model flags with confidence, between a few paragraphs of text the rules pass: scored whole, plain
    /// marketing copy around it drowned it (p near 0); scored by windows it is found, and the finding points at it.
    /// </summary>
    [TestCase("chat")]
    [TestCase("marketing")]
    public void A_creepy_sentence_inside_a_longer_message_is_found_where_it_is(string padding)
    {
        // A sentence no rule matches and the model flags on its own, from a few such sentences (which ones the model is
        // sure of changes as it is retrained; what this test holds is that windows find it inside a longer message).
        string[] candidates =
        [
            "Hi Priya, the first sleepless weeks with a newborn are the hardest. Our night-feed bundle ships free.",
            "Hi Priya, those first sleepless weeks with a newborn baby are the hardest, we know. Our night-feed bundle ships free.",
            "Those 3 am feeds are tough. Stock up on our overnight nappies for your little one.",
            "Chemo days are long, Maria. Our soft headscarves ship in plain packaging.",
            "Since you've been gone, we've added lots of new products we think you might like.",
            "Hi Dan, recovery is one day at a time. Our alcohol-free spirits are 20% off for your next milestone.",
            "Still up at 3am again, Tom? Our sleep kit ships tomorrow.",
        ];
        // The one it is surest of: a long message asks ln k more of its best window than a message of one window.
        var creepy = candidates.Where(c => !TestCorpus.RulesOnly().Lint(c).HasFindings && WithModel.Lint(c).Findings.Select(f => f.RuleId).SequenceEqual(["CL0001"]))
            .OrderByDescending(c => WithModel.Lint(c).Model?.Probability).FirstOrDefault();
        Assume.That(creepy, Is.Not.Null, "premise: the model flags one of the candidate sentences on its own");

        // A few sentences of copy on each side: enough to need several windows, so the best one is asked ln k more.
        var filler = Filler(padding, 200);
        var message = filler + creepy + "\n\n" + filler;
        var result = WithModel.Lint(message);
        Assert.Multiple(() =>
        {
            Assert.That(TestCorpus.RulesOnly().Lint(message).HasFindings, Is.False, "premise: no rule matches");
            Assert.That(result.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "CL0001" }), "the sentence inside " + padding);
            Assert.That(result.Findings[0].Offset, Is.InRange(filler.Length, filler.Length + creepy.Length - 1), "the span is in the sentence");
        });
    }

    [TestCase(1, 0.0)]
    [TestCase(64, 0.0)]
    [TestCase(65, 0.6931)]
    [TestCase(640, 2.3026)]
    public void A_message_of_k_windows_asks_ln_k_more_of_its_best_one(int tokens, double penalty)
    {
        Assert.That(LinearCreepModel.LookElsewhere(tokens), Is.EqualTo(penalty).Within(1e-4));
    }

    /// <summary>Text the rules pass, paragraph by paragraph, to about <paramref name="length"/> characters: SMS chat or the
    /// clean marketing messages of the training corpus.</summary>
    private static string Filler(string padding, int length)
    {
        var rules = TestCorpus.RulesOnly();
        var source = padding == "chat" ? HamRows() : TrainingCorpus.Read([TestCorpus.Train]).Where(e => !e.Creepy).Select(e => e.Text);
        var filler = new System.Text.StringBuilder();
        foreach (var text in source)
        {
            if (filler.Length >= length)
            {
                break;
            }

            if (!rules.Lint(text).HasFindings)
            {
                filler.Append(text).Append("\n\n");
            }
        }

        return filler.ToString();
    }

    [Test]
    public void Model_never_lowers_a_rule_score()
    {
        var rules = TestCorpus.RulesOnly();
        foreach (var example in TrainingCorpus.Read([TestCorpus.Dev]))
        {
            Assert.That(WithModel.Lint(example.Text, example.Kind).Score, Is.GreaterThanOrEqualTo(rules.Lint(example.Text, example.Kind).Score), example.Text);
        }
    }

    private static IEnumerable<string> HamRows() =>
        File.ReadLines(RepositoryFiles.Path("tests", "CreepLint.Tests", "Data", "sms-ham.tsv")).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t', 2)[^1]);

    private static string Describe(LintResult r) =>
        $"{r.Score} {r.Verdict} " + string.Join(" | ", r.Findings.Select(f => $"{f.RuleId} {f.Category} {f.Score} {f.Offset}+{f.Length} {f.Message}"));

    /// <summary>Wraps a scorer to measure what its <see cref="ICreepScorer.Predict"/> allocates; never lifts a score unless asked to explain.</summary>
    private sealed class ProbeScorer(ICreepScorer inner, bool explain) : ICreepScorer
    {
        public long AllocatedBytes { get; private set; }

        public ModelExplanation? Explanation { get; private set; }

        public double Probability { get; private set; }

        public double Threshold => explain ? 0 : double.PositiveInfinity;

        public double Predict(ScoringInput input)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var p = inner.Predict(input);
            AllocatedBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Probability = p;
            return p;
        }

        public ModelExplanation Explain(ScoringInput input) => Explanation = inner.Explain(input);
    }

    /// <summary>Records the model's probability and the one training would compute for the whole message (every feature, one 1/√n scale).</summary>
    private sealed class ReferenceScorer(LinearCreepModel model) : ICreepScorer
    {
        public double Windowed { get; private set; }

        public double Whole { get; private set; }

        public int Tokens { get; private set; }

        public double Threshold => double.PositiveInfinity;

        public double Predict(ScoringInput input)
        {
            var sink = new LinearCreepModel.CollectSink([], []);
            var count = FeatureExtractor.Extract(input, model.Hashing, model.Features, ref sink);
            Whole = model.Calibrate(model.Bias + (sink.Text.Sum(t => (double)model.Weights[t.Slot]) / Math.Sqrt(Math.Max(count, 1))));
            Windowed = model.Predict(input);
            Tokens = input.TokenCount;
            return Windowed;
        }

        public ModelExplanation Explain(ScoringInput input) => throw new NotSupportedException();
    }
}
