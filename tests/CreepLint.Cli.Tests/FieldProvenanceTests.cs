namespace CreepLint.Cli.Tests;

/// <summary>The library's field classification API, which the CLI's <c>fields:</c> setting feeds.</summary>
public sealed class FieldProvenanceTests
{
    private static LintResult Lint(string text, params (string Glob, FieldProvenance Provenance)[] fields)
    {
        var builder = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules();
        foreach (var (glob, provenance) in fields)
        {
            builder.ClassifyField(glob, provenance);
        }

        return builder.Build().Lint(text);
    }

    [Test]
    public void Without_classification_the_name_heuristics_apply()
    {
        var result = Lint("Your {{ churn_score }} is low.");
        Assert.That(result.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "CL9001" }));
    }

    [TestCase(FieldProvenance.Declared)]
    [TestCase(FieldProvenance.Transactional)]
    public void Declared_and_transactional_fields_are_exempt_from_the_default_field_rules(FieldProvenance provenance)
    {
        var result = Lint("Your {{ customer.loyalty_score }} points.", ("loyalty_score", provenance));
        Assert.That(result.Findings, Is.Empty);
    }

    [TestCase(FieldProvenance.Inferred, "CL9101", Severity.Error)]
    [TestCase(FieldProvenance.ThirdParty, "CL9102", Severity.Error)]
    [TestCase(FieldProvenance.Observed, "CL9103", Severity.Warning)]
    public void Classified_fields_get_their_own_sensitive_field_finding(FieldProvenance provenance, string ruleId, Severity severity)
    {
        const string text = "Deals for {{ profile.affinity }} shoppers.";
        var finding = Lint(text, ("affinity", provenance)).Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo(ruleId));
            Assert.That(finding.Severity, Is.EqualTo(severity));
            Assert.That(finding.Category, Is.EqualTo(CreepCategory.SensitiveField));
            Assert.That(text.Substring(finding.Offset, finding.Length), Is.EqualTo("profile.affinity"));
        });
    }

    [Test]
    public void Classified_inferred_field_replaces_the_heuristic_finding_instead_of_doubling_it()
    {
        var result = Lint("Due {{ predicted_due_date }}.", ("predicted_*", FieldProvenance.Inferred));
        Assert.That(result.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "CL9101" }));
    }

    [Test]
    public void Builder_rejects_empty_globs_and_unknown_provenances()
    {
        var builder = CreepLintEngine.CreateBuilder();
        Assert.Multiple(() =>
        {
            Assert.That(() => builder.ClassifyField(" ", FieldProvenance.Declared), Throws.ArgumentException);
            Assert.That(() => builder.ClassifyField("x", (FieldProvenance)42), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Generated_rules_pass_their_own_examples()
    {
        var engine = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().ClassifyField("partner_*", FieldProvenance.ThirdParty).Build();
        var rule = engine.Rules.Single(r => r.Id == "CL9102");
        Assert.Multiple(() =>
        {
            Assert.That(rule.BadExamples.All(e => engine.Lint(e.Text, e.Kind).Findings.Any(f => f.RuleId == rule.Id)), Is.True);
            Assert.That(rule.GoodExamples.All(e => engine.Lint(e.Text, e.Kind).Findings.All(f => f.RuleId != rule.Id)), Is.True);
        });
    }
}
