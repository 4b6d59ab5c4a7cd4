#pragma warning disable NUnit1027 // FsCheck's [Property] supplies the arguments, which the NUnit analyzer cannot see.
using System.Text.RegularExpressions;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// Property-based tests over the real rule pack with one file mutated (characters inserted or deleted, lines deleted,
/// duplicated, swapped or re-indented): building either succeeds and the engine lints within bounds, or fails with a
/// <see cref="RuleLoadException"/> whose every diagnostic names a source and a position inside it. Nothing else escapes.
/// </summary>
public sealed partial class RuleFilePropertyTests
{
    private static readonly string[] Probes =
    [
        "Congratulations, you're pregnant! We noticed you like rakes.",
        "<p>Managing your diabetes {{ predicted_due_date }}</p>",
        string.Empty,
    ];

    [Property(Arbitrary = new[] { typeof(Generators) }, MaxTest = 60, QuietOnSuccess = true)]
    public void Mutated_rule_pack_builds_or_fails_with_positioned_diagnostics(MutatedRulePack pack)
    {
        var outcome = HangGuard.Within<object>(() =>
        {
            var builder = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AllowNoRules();
            foreach (var (name, text) in pack.Files)
            {
                builder.AddRules(text, name);
            }

            try
            {
                return builder.Build();
            }
            catch (RuleLoadException ex)
            {
                return ex;
            }
        }, "building a mutated rule pack");

        if (outcome is RuleLoadException error)
        {
            AssertPositioned(error, pack.Files);
            return;
        }

        var engine = (CreepLintEngine)outcome;
        foreach (var probe in Probes)
        {
            ResultChecks.AssertWellFormed(probe, HangGuard.Within(() => engine.Lint(probe), "linting with a mutated rule pack"));
        }
    }

    internal static void AssertPositioned(RuleLoadException error, IReadOnlyList<(string Name, string Text)> files)
    {
        Assert.That(error.Diagnostics, Is.Not.Empty);
        foreach (var d in error.Diagnostics)
        {
            var source = files.FirstOrDefault(f => f.Name == d.File);
            var lines = source.Text is null ? int.MaxValue : source.Text.Split('\n').Length + 1;
            Assert.Multiple(() =>
            {
                Assert.That(d.Line, Is.InRange(1, lines), d.ToString);
                Assert.That(d.Column, Is.GreaterThanOrEqualTo(1), d.ToString);
                Assert.That(d.Code, Does.Match(CodePattern()), d.ToString);
                Assert.That(d.Message, Is.Not.Empty.And.Not.Contains("   at "), d.ToString);
                Assert.That(source.Text is not null || d.File == "configuration", d.ToString);
            });
        }
    }

    [GeneratedRegex("^CL[0-9]{4}$")]
    private static partial Regex CodePattern();
}
