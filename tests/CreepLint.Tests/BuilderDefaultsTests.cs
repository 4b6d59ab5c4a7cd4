namespace CreepLint.Tests;

/// <summary>The builder starts from <see cref="CreepLintEngine.Default"/>, never silently builds an empty engine, and says
/// what to do when a path or a pack lexicon is missing.</summary>
public sealed class BuilderDefaultsTests
{
    private const string OwnRule = """
        rules:
          - id: XB1001
            name: own-rule
            category: surveillance-language
            severity: warning
            confidence: 80
            message: "m"
            why: "w"
            suggestion: "s"
            near:
              terms: ["@you-are", "watched"]
              within: 2
        """;

    [Test]
    public void A_new_builder_has_the_default_pack_and_model_and_adding_the_pack_again_changes_nothing()
    {
        var twice = CreepLintEngine.CreateBuilder().AddDefaultRules().AddDefaultRules().Build();
        Assert.Multiple(() =>
        {
            Assert.That(twice.Rules.Select(r => r.Id), Is.EqualTo(CreepLintEngine.Default.Rules.Select(r => r.Id)));
            Assert.That(twice.Scorer, Is.SameAs(CreepLintEngine.Default.Scorer));
            Assert.That(twice.Thresholds, Is.EqualTo(CreepLintEngine.Default.Thresholds));
        });
    }

    [Test]
    public void Rules_of_your_own_are_added_beside_the_pack()
    {
        var engine = CreepLintEngine.CreateBuilder().AddRules(OwnRule).Build();
        Assert.That(engine.Rules.Select(r => r.Id), Does.Contain("XB1001").And.Contain("CL1001"));
    }

    [Test]
    public void An_engine_with_no_rules_is_an_error_unless_asked_for()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CreepLintEngine.CreateBuilder().WithoutDefaultRules().Build());
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("No rules are loaded").And.Contain("AllowNoRules()"));
            Assert.That(CreepLintEngine.CreateBuilder().WithoutDefaultRules().AllowNoRules().Build().Rules, Is.Empty);
        });
    }

    [Test]
    public void A_pack_lexicon_without_the_pack_says_where_it_lives_and_how_to_load_only_the_lexicons()
    {
        var ex = Assert.Throws<RuleLoadException>(() => CreepLintEngine.CreateBuilder().WithoutDefaultRules().AddRules(OwnRule, "own.yaml").Build());
        Assert.That(ex!.Diagnostics.Single().Message, Does.Contain("'@you-are': it is a lexicon of the default pack (rules/lexicons/binding.yaml)").And.Contain("AddDefaultLexicons()"));
        var engine = CreepLintEngine.CreateBuilder().WithoutDefaultRules().AddDefaultLexicons().AddRules(OwnRule, "own.yaml").Build();
        Assert.That(engine.Rules.Select(r => r.Id), Is.EqualTo(new[] { "XB1001" }), "the pack's lexicons, not its rules");
    }

    [Test]
    public void A_missing_rule_folder_names_the_call_the_path_as_given_and_as_resolved()
    {
        var ex = Assert.Throws<RuleLoadException>(() => CreepLintEngine.CreateBuilder().AddRulesFromDirectory("team-rules").Build());
        Assert.That(ex!.Diagnostics.Single().ToString(), Does.StartWith("team-rules:1:1: error CL0040: rule directory not found: AddRulesFromDirectory(\"team-rules\") looked in "
            + Path.Combine(AppContext.BaseDirectory, "team-rules")).And.Contain("CopyToOutputDirectory"));
    }

    [Test]
    public void A_misspelt_rule_in_DisableRule_names_the_api_and_the_nearest_name()
    {
        var ex = Assert.Throws<RuleLoadException>(() => CreepLintEngine.CreateBuilder().DisableRule("behavioural-detail").Build());
        Assert.That(ex!.Diagnostics.Single().ToString(), Does.StartWith("CreepLintEngineBuilder (DisableRule or SetSeverity):1:1: error CL0032: no rule has the id or name 'behavioural-detail'; did you mean 'behavioral-detail'?"));
    }

    [Test]
    public void Suppression_comments_silence_findings_and_channels_pick_thresholds()
    {
        const string text = "Congratulations! You're expecting, so here's 20% off our nursery range.";
        var engine = CreepLintEngine.CreateBuilder().WithThresholds(new Thresholds(90, 99)).WithChannelThresholds(MessageChannel.Sms, new Thresholds(10, 20)).Build();
        var plain = engine.Lint(text);
        var suppressed = engine.Lint("{% comment %} creeplint-disable-file -- the reader asked for baby-club mail {% endcomment %}\n" + text);
        var sms = engine.Lint(new LintRequest(text) { Channel = MessageChannel.Sms, Id = "sms-1" });
        Assert.Multiple(() =>
        {
            Assert.That(plain.HasFindings, Is.True);
            Assert.That(suppressed.Findings.Where(f => f.RuleId != "CL0001"), Is.Empty);
            Assert.That(suppressed.Suppressed, Is.Not.Empty);
            Assert.That(suppressed.Score, Is.LessThan(plain.Score));
            Assert.That(plain.Verdict, Is.EqualTo(new Thresholds(90, 99).Classify(plain.Score)));
            Assert.That(plain.Id, Is.Null);
            var strict = CreepLintEngine.CreateBuilder().WithThresholds(new Thresholds(10, 20)).Build().Lint(text);
            Assert.That((sms.Verdict, sms.Id, sms.Score), Is.EqualTo((Verdict.Fail, "sms-1", strict.Score)), "as an engine with the channel's thresholds");
            Assert.That(engine.ThresholdsFor(MessageChannel.Push), Is.EqualTo(new Thresholds(90, 99)));
        });
    }
}
