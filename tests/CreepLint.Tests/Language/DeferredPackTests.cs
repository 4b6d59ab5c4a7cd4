using System.Collections.Concurrent;
using CreepLint.Language;
using CreepLint.Matching;
using CreepLint.Rules;
using CreepLint.Suppressions;
using CreepLint.Yaml;

namespace CreepLint.Tests.Language;

/// <summary>
/// The default pack's German, French and Spanish rules are compiled on their first message (issue 16: an English lint
/// never pays for them), yet settings and suppressions naming them are checked when the engine is built, from a line scan
/// of their files (<see cref="RuleCatalog"/>) that must list exactly the rules the compiled packs have.
/// </summary>
public sealed class DeferredPackTests
{
    private static readonly string[] Others = ["de", "es", "fr"];

    private static readonly Dictionary<string, string> GermanBad = new()
    {
        ["de"] = "Wir wissen, dass Sie schwanger sind – hier sind Gutscheine für Babybetten.",
        ["fr"] = "Nous savons que vous êtes enceinte.",
        ["es"] = "Sabemos que estás embarazada.",
    };

    [Test]
    public void An_english_lint_compiles_no_other_pack_and_a_message_in_another_language_compiles_only_its_own()
    {
        var engine = CreepLintEngine.CreateBuilder().Build();
        var packs = engine.Packs;
        Assert.That(Others.Select(l => packs.Slot(l)!.IsCompiled), Is.All.False, "nothing but English compiled at build");

        engine.Lint("Congrats on your pregnancy! Here are coupons for cribs.");
        Assert.That(Others.Select(l => packs.Slot(l)!.IsCompiled), Is.All.False, "an English message compiles no other pack");

        var german = engine.Lint(GermanBad["de"]);
        Assert.Multiple(() =>
        {
            Assert.That(german.Findings.Select(f => f.RuleId), Does.Contain("CLDE1001"));
            Assert.That(packs.Slot("de")!.IsCompiled, Is.True);
            Assert.That(packs.Slot("fr")!.IsCompiled || packs.Slot("es")!.IsCompiled, Is.False);
        });
    }

    [TestCaseSource(nameof(Others))]
    public void The_scan_lists_exactly_the_rules_the_compiled_pack_has(string language)
    {
        var slot = CreepLintEngine.CreateBuilder().Build().Packs.Slot(language)!;
        var scanned = slot.Defined;
        Assert.That(slot.IsCompiled, Is.False);
        Assert.That(scanned, Is.Not.Empty);
        Assert.That(scanned.Select(r => r.ToString()), Is.EqualTo(RuleCatalog.Of(slot.Pack).Select(r => r.ToString())), "id, name, category, enabled, file, line and language of every rule, in order");
    }

    [Test]
    public void Every_embedded_rule_file_is_in_the_folder_of_its_language()
    {
        var assembly = typeof(CreepLintEngine).Assembly;
        var resources = CreepLintEngineBuilder.DefaultRuleResources(assembly).ToList();
        Assert.That(resources, Is.Not.Empty);
        foreach (var resource in resources)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var file = RuleFileReader.Read(reader.ReadToEnd(), resource, new DiagnosticBag());
            Assert.That(CreepLintEngineBuilder.EmbeddedLanguage(resource) ?? LanguageTag.Default, Is.EqualTo(file.Language), resource);
        }
    }

    [Test]
    public void A_setting_naming_a_deferred_rule_is_checked_without_compiling_it_and_applies_when_it_is()
    {
        var engine = CreepLintEngine.CreateBuilder().DisableRule("CLDE1001").SetSeverity("fr-asserted-attribute", Severity.Info).Build();
        Assert.That(engine.Packs.Slot("de")!.IsCompiled, Is.False);

        var german = engine.Lint(GermanBad["de"]);
        var french = engine.Lint(GermanBad["fr"]);
        Assert.Multiple(() =>
        {
            Assert.That(german.Findings.Select(f => f.RuleId), Does.Not.Contain("CLDE1001"));
            Assert.That(engine.Rules.Select(r => r.Id), Does.Not.Contain("CLDE1001"));
            Assert.That(french.Findings.Where(f => f.RuleId == "CLFR1001").Select(f => f.Severity), Is.Not.Empty.And.All.EqualTo(Severity.Info));
        });

        var wrong = Assert.Throws<RuleLoadException>(() => CreepLintEngine.CreateBuilder().DisableRule("CLDE1010").Build())!;
        Assert.That(wrong.Diagnostics.Select(d => (d.Code, d.Message)), Has.Some.Matches<(string Code, string Message)>(
            d => d.Code == "CL0032" && d.Message.Contains("'CLDE1010'", StringComparison.Ordinal) && d.Message.Contains("CLDE", StringComparison.Ordinal)));
    }

    [Test]
    public void Suppressions_and_rule_lookups_know_deferred_rules_before_they_are_compiled()
    {
        var engine = CreepLintEngine.CreateBuilder().Build();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Known.Contains("CLDE1001") && engine.Known.Contains("es-asserted-attribute") && engine.Known.Contains("CL1001"), Is.True);
            Assert.That(engine.Known.All, Is.EquivalentTo(new KnownRules(CreepLintEngine.CreateBuilder().Build().Rules).All));
            Assert.That(engine.HasRules, Is.True);
            Assert.That(Others.Select(l => engine.Packs.Slot(l)!.IsCompiled), Is.All.False);
            Assert.That(engine.RuleById("CL1001")?.Language, Is.EqualTo("en"));
            Assert.That(Others.Select(l => engine.Packs.Slot(l)!.IsCompiled), Is.All.False, "an English rule compiles no other pack");
            Assert.That(engine.RuleById("CLES1001")?.Language, Is.EqualTo("es"));
            Assert.That(engine.RuleById("CLXX9999"), Is.Null);
        });

        var suppressed = engine.Lint("{% comment %} creeplint-disable-next-line CLES1001 -- the reader asked for it {% endcomment %}\nSabemos que estás embarazada.");
        Assert.That(suppressed.Suppressed.Select(f => f.RuleId), Does.Contain("CLES1001"));
    }

    [Test]
    public void A_project_rule_in_a_deferred_language_compiles_that_pack_with_the_engine()
    {
        var engine = CreepLintEngine.CreateBuilder().AddRules("""
            language: de
            rules:
              - id: ACME1001
                name: de-acme-kundenwert
                category: sensitive-prediction
                severity: error
                confidence: 80
                message: "Kundenwert"
                why: "Ein Score über den Leser."
                suggestion: "Nennen Sie das Angebot."
                phrases: [kundenwert]
            """, "acme-de.yaml").Build();
        Assert.Multiple(() =>
        {
            Assert.That(engine.Packs.Slot("de")!.IsCompiled, Is.True);
            Assert.That(engine.Packs.Slot("de")!.Pack.Defined.Select(r => r.Info.Id), Does.Contain("CLDE1001").And.Contain("ACME1001"));
            Assert.That(engine.Packs.Slot("fr")!.IsCompiled, Is.False);
        });

        var clash = Assert.Throws<RuleLoadException>(() => CreepLintEngine.CreateBuilder().AddRules("""
            rules:
              - id: CLFR1001
                name: acme-clash
                category: sensitive-prediction
                severity: error
                confidence: 80
                message: "x"
                why: "y"
                suggestion: "z"
                phrases: [kundenwert]
            """, "acme.yaml").Build())!;
        Assert.That(clash.Diagnostics.Select(d => $"{d.File}:{d.Line} {d.Code} {d.Message}"), Is.EqualTo(new[]
        {
            "rules/fr/rules.yaml:5 CL0031 duplicate rule id 'CLFR1001' (also at acme.yaml:2, in the 'en' pack); rule ids must be unique across languages",
        }), "the French pack, not compiled, is checked from its scanned ids");
    }

    [Test]
    public void A_deferred_pack_is_compiled_once_when_many_threads_need_it_first()
    {
        var texts = Enumerable.Range(0, 64).Select(i => GermanBad[Others[i % 3]]).ToArray();
        var expected = CreepLintEngine.CreateBuilder().Build();
        var want = texts.Select(t => Describe(expected.Lint(t))).ToArray();

        var engine = CreepLintEngine.CreateBuilder().Build();
        var sets = new ConcurrentDictionary<CompiledRuleSet, byte>(ReferenceEqualityComparer.Instance);
        var got = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            got[i] = Describe(engine.Lint(texts[i]));
            sets.TryAdd(engine.Packs.For(Others[i % 3])!, 0);
        });
        Assert.Multiple(() =>
        {
            Assert.That(got, Is.EqualTo(want));
            Assert.That(sets, Has.Count.EqualTo(3), "one compiled pack per language");
        });

        static string Describe(LintResult r) =>
            $"{r.Language} {r.Score} {r.Verdict} {string.Join(",", r.Findings.Select(f => $"{f.RuleId}@{f.Offset}+{f.Length}:{f.Score}"))}";
    }
}
