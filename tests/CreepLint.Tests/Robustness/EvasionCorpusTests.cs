using System.Text.Json;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// The evasion corpus (<c>samples/evasion/evasion.jsonl</c>): each variant disguises one word or phrase of a plain
/// message. A disguise must not change the verdict, the rules that fire or their scores, and every finding must point
/// at the disguised text in the variant (the plain span shifted by the disguise's change in length).
/// </summary>
public sealed class EvasionCorpusTests
{
    private static readonly string CorpusPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Robustness", "evasion.jsonl");

    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    public static IEnumerable<TestCaseData> Variants() => Load().Select(v => new TestCaseData(v).SetName($"Evasion {v.Id} is caught like the plain spelling"));

    [TestCaseSource(nameof(Variants))]
    public void Variant_gets_the_plain_verdict_rules_and_mapped_positions(EvasionVariant v)
    {
        var plain = Engine.Lint(v.Plain, v.MessageKind);
        var disguised = Engine.Lint(v.Variant, v.MessageKind);
        var expected = plain.Findings.Select(f => (f.RuleId, f.Score, Start: v.MapStart(f.Offset), End: v.MapEnd(f.Offset + f.Length))).ToArray();
        var actual = disguised.Findings.Select(f => (f.RuleId, f.Score, Start: f.Offset, End: f.Offset + f.Length)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(disguised.Verdict, Is.EqualTo(plain.Verdict), () => RuleExampleTests.Describe(v.Variant, disguised));
            Assert.That(actual, Is.EqualTo(expected), () => RuleExampleTests.Describe(v.Variant, disguised));
            Assert.That(disguised.Findings.Select(f => (f.Line, f.Column)), Is.EqualTo(disguised.Findings.Select(f => (1, f.Offset + 1))));
        });
    }

    [Test]
    public void Corpus_covers_every_trick_named_in_the_threat_model_on_creepy_and_clean_messages()
    {
        var variants = Load();
        var tricks = variants.Select(v => v.Trick).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(tricks, Is.SupersetOf(new[]
            {
                "zero-width-space", "cyrillic-homoglyphs", "full-width", "spaced", "dotted", "html-empty-tag", "entity-decimal-first", "leetspeak",
            }));
            Assert.That(variants.Count(v => Engine.Lint(v.Plain).Verdict == Verdict.Fail), Is.GreaterThan(300), "creepy variants");
            Assert.That(variants.Count(v => Engine.Lint(v.Plain).Verdict == Verdict.Pass), Is.GreaterThan(100), "clean variants");
            Assert.That(variants.Select(v => v.Id), Is.Unique);
        });
    }

    private static List<EvasionVariant> Load()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return [.. File.ReadLines(CorpusPath).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<EvasionVariant>(l, options)!)];
    }
}

/// <summary>One line of the evasion corpus: <see cref="Plain"/>[At, At+Length) is written as <see cref="Variant"/>[At, At+DisguisedLength).</summary>
public sealed record EvasionVariant(string Id, string Trick, string Kind, string Plain, string Variant, int At, int Length, int DisguisedLength)
{
    public MessageKind MessageKind => Kind == "rationale" ? MessageKind.Rationale : MessageKind.Message;

    /// <summary>Where a finding that starts at <paramref name="offset"/> in the plain text must start in the variant.</summary>
    public int MapStart(int offset) => offset <= At ? offset : offset >= At + Length ? offset + DisguisedLength - Length : throw Inside(offset);

    /// <summary>Where a finding that ends at <paramref name="offset"/> in the plain text must end in the variant.</summary>
    public int MapEnd(int offset) => offset <= At ? offset : offset >= At + Length ? offset + DisguisedLength - Length : throw Inside(offset);

    public override string ToString() => Id;

    private AssertionException Inside(int offset) => new($"a plain finding boundary at {offset} falls inside the disguised text [{At}, {At + Length}); pick a whole word");
}
