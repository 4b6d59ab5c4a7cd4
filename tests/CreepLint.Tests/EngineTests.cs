using System.Collections.Concurrent;

namespace CreepLint.Tests;

public sealed class EngineTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    [Test]
    public void Clean_message_scores_zero_and_passes()
    {
        var result = Engine.Lint("Our spring sale starts Friday: 20% off garden tools.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Score, Is.Zero);
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(result.Findings, Is.Empty);
            Assert.That(result.HasFindings, Is.False);
        });
    }

    [Test]
    public void Finding_reports_exact_span_line_and_column_in_plain_text()
    {
        const string text = "Hello there.\nWe noticed you like rakes.";
        var finding = Engine.Lint(text).Findings.Single(f => f.RuleId == "CL5001");
        Assert.Multiple(() =>
        {
            Assert.That(text.Substring(finding.Offset, finding.Length), Is.EqualTo("We noticed"));
            Assert.That(finding.Line, Is.EqualTo(2));
            Assert.That(finding.Column, Is.EqualTo(1));
            Assert.That(finding.Excerpt, Is.EqualTo("We noticed"));
            Assert.That(finding.Category, Is.EqualTo(CreepCategory.SurveillanceLanguage));
            Assert.That(finding.Message, Does.Contain("'We noticed'"));
            Assert.That(finding.Suggestion, Is.Not.Empty);
        });
    }

    [Test]
    public void Crlf_line_endings_count_as_one_line_break()
    {
        const string text = "Hi {{ first_name }},\r\n\r\nWe noticed you like rakes.";
        var finding = Engine.Lint(text).Findings.Single(f => f.RuleId == "CL5001");
        Assert.That((finding.Line, finding.Column), Is.EqualTo((3, 1)));
    }

    [Test]
    public void Html_positions_point_into_the_html_source()
    {
        const string html = "<html><head><title>We noticed</title><style>p{color:red}</style></head>\n<body>\n  <p>Hi!</p>\n  <p class=\"x\">Honestly, <b>we</b> noticed you like rakes.</p>\n</body></html>";
        // The <title> is read too (issue 20): its own finding on line 1; the body's is on line 4.
        var finding = Engine.Lint(html).Findings.Single(f => f.RuleId == "CL5001" && f.Line == 4);
        Assert.Multiple(() =>
        {
            Assert.That(html.Substring(finding.Offset, finding.Length), Is.EqualTo("we</b> noticed"));
            Assert.That(finding.Line, Is.EqualTo(4));
            Assert.That(finding.Column, Is.EqualTo(html.Split('\n')[3].IndexOf("we</b>", StringComparison.Ordinal) + 1));
        });
    }

    [Test]
    public void Hidden_html_and_comments_are_not_linted()
    {
        const string html = "<p>Spring sale!</p><!-- we noticed you like rakes --><script>var s = 'we noticed you';</script><style>/* we noticed */</style>";
        Assert.That(Engine.Lint(html, format: TextFormat.Html).Findings, Is.Empty);
    }

    [Test]
    public void Html_entities_are_decoded_and_block_tags_split_sentences()
    {
        const string html = "<p>We&nbsp;noticed you like rakes</p><p>Your</p><div>diagnosis guide</div>";
        var findings = Engine.Lint(html).Findings;
        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(f => f.RuleId), Does.Contain("CL5001"));
            Assert.That(findings.Select(f => f.RuleId), Does.Not.Contain("CL1002"), "'Your' and 'diagnosis' are in different blocks");
        });
    }

    [Test]
    public void Template_placeholders_are_opaque_and_text_around_them_is_linted()
    {
        const string text = "Hi {{ customer.first_name | capitalize }}, we noticed you like {{ product }}.";
        var result = Engine.Lint(text);
        var finding = result.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo("CL5001"));
            Assert.That(text.Substring(finding.Offset, finding.Length), Is.EqualTo("we noticed"));
        });
    }

    [TestCase("Deals near {{ last_seen_location }} today.", "last_seen_location")]
    [TestCase("{% if customer.churn_score > 0.8 %}Come back!{% endif %}", "customer.churn_score")]
    [TestCase("<a href=\"https://x.test/?s={{ segment.new_parents }}\">Shop</a>", "segment.new_parents")]
    [TestCase("Hi *|PREDICTED_AGE|*", "PREDICTED_AGE")]
    [TestCase("Hi %%inferred_income%%, save now", "inferred_income")]
    [TestCase("Hi ${user.propensity_to_buy}", "user.propensity_to_buy")]
    [TestCase("{{#if predicted_pregnant}}Baby deals{{/if}}", "predicted_pregnant")]
    [TestCase("Hi {first_name}, deals near {last_seen_location} today.", "last_seen_location")]
    [TestCase("Hi %FNAME%, your %CHURN_SCORE% offer is here.", "CHURN_SCORE")]
    public void Sensitive_fields_are_found_in_every_placeholder_syntax(string text, string field)
    {
        var finding = Engine.Lint(text).Findings.Single(f => f.Category == CreepCategory.SensitiveField);
        Assert.That(text.Substring(finding.Offset, finding.Length), Is.EqualTo(field));
    }

    [TestCase("Hi {{ first_name }}, your order has shipped.")]
    [TestCase("{{! predicted_due_date is not shown }}Hello")]
    [TestCase("{% comment %}{{ predicted_due_date }}{% endcomment %}Hello")]
    [TestCase("Use {{ name ")]
    [TestCase("Hi {first_name}, your order {0} has shipped.")]
    [TestCase("Save 20% on coats and 30% on boots this week.")]
    [TestCase("Hi %FNAME%, 20%OFF% codes are not a thing.")]
    [TestCase("<style>p{color:red}</style><p>Our spring sale starts now.</p>")]
    public void Declared_fields_comments_and_unclosed_placeholders_are_clean(string text)
    {
        Assert.That(Engine.Lint(text).Findings, Is.Empty);
    }

    [Test]
    public void Near_binds_second_person_to_the_attribute_only_within_the_distance()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Engine.Lint("Managing your diabetes just got easier.").Findings.Select(f => f.RuleId), Does.Contain("CL1002"));
            Assert.That(Engine.Lint("Our diabetes guide is free for you and the whole family this month.").Findings.Select(f => f.RuleId), Does.Not.Contain("CL1002"));
        });
    }

    [Test]
    public void Aggregate_framing_cancels_an_assertion_in_the_same_sentence_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Engine.Lint("Customers who are expecting love our cots.").Findings, Is.Empty);
            Assert.That(Engine.Lint("Customers love our cots. Congratulations, you're expecting!").Findings.Select(f => f.RuleId), Does.Contain("CL1001"));
        });
    }

    [Test]
    public void More_independent_evidence_scores_higher()
    {
        var one = Engine.Lint("We noticed you like rakes.");
        var two = Engine.Lint("We noticed you like rakes. You opened this email at 11:52 pm.");
        Assert.That(two.Score, Is.GreaterThan(one.Score));
    }

    [Test]
    public void Rationale_only_and_message_only_rules_respect_the_kind()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules("""
            rules:
              - id: XX001
                name: rationale-only
                category: sensitive-prediction
                severity: warning
                confidence: 60
                message: m
                why: w
                suggestion: s
                applies-to: rationale
                phrases: [because our model]
            """).Build();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("Because our model said so", MessageKind.Rationale).Findings, Has.Length.EqualTo(1));
            Assert.That(engine.Lint("Because our model said so", MessageKind.Message).Findings, Is.Empty);
        });
    }

    [Test]
    public void Thresholds_decide_the_verdict()
    {
        var strict = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().WithThresholds(new Thresholds(10, 20)).Build();
        var lenient = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().WithThresholds(new Thresholds(95, 99)).Build();
        const string text = "We noticed you like rakes.";
        Assert.Multiple(() =>
        {
            Assert.That(strict.Lint(text).Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(lenient.Lint(text).Verdict, Is.EqualTo(Verdict.Pass));
        });
    }

    [Test]
    public void Disabled_rules_and_categories_do_not_fire_and_severity_can_be_overridden()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules()
            .DisableRule("CL5001").DisableCategory(CreepCategory.BehavioralDetail).SetSeverity("asserted-pregnancy", Severity.Info)
            .DisableRule("private-event-acknowledged").Build();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Lint("We noticed you like rakes. You opened this 6 times.").Findings, Is.Empty);
            var f = engine.Lint("Congratulations, you're expecting!").Findings.Single();
            Assert.That(f.Severity, Is.EqualTo(Severity.Info));
            Assert.That(engine.Lint("Congratulations, you're expecting!").Score, Is.Zero, "info findings do not count toward the score");
        });
    }

    [Test]
    public void Eight_threads_give_exactly_the_single_threaded_results()
    {
        var texts = RuleExampleTests.BadExamples().Concat(RuleExampleTests.GoodExamples()).Select(t => (string)t.Arguments[1]!).ToArray();
        var expected = texts.Select(t => Engine.Lint(t)).ToArray();
        var failures = new ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 8).Select(seed => new Thread(() =>
        {
            var random = new Random(seed);
            for (var round = 0; round < 200; round++)
            {
                var i = random.Next(texts.Length);
                var actual = Engine.Lint(texts[i]);
                if (actual.Score != expected[i].Score || !actual.Findings.SequenceEqual(expected[i].Findings))
                {
                    failures.Add(texts[i]);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Batch_results_keep_input_order()
    {
        var requests = Enumerable.Range(0, 500).Select(i => new LintRequest(i % 3 == 0 ? $"We noticed you like item {i}." : $"Sale on item {i}.")).ToArray();
        var results = Engine.LintBatch(requests);
        Assert.That(results.Select(r => r.HasFindings), Is.EqualTo(requests.Select((_, i) => i % 3 == 0)));
    }
}
