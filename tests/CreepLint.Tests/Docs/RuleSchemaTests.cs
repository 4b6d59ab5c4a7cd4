using System.Text.Json;
using CreepLint.Rules;
using CreepLint.Tests.Evaluation;

namespace CreepLint.Tests.Docs;

/// <summary>Keeps rules/creeplint-rules.schema.json in step with the keys the rule reader accepts.</summary>
public sealed class RuleSchemaTests
{
    private static readonly Lazy<JsonDocument> s_schema = new(() => JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path("rules", "creeplint-rules.schema.json"))));

    private static JsonElement Definitions => s_schema.Value.RootElement.GetProperty("definitions");

    [Test]
    public void Schema_rule_properties_are_exactly_the_reader_keys() =>
        Assert.That(Names(Definitions.GetProperty("rule").GetProperty("properties")), Is.EquivalentTo(RuleFileReader.RuleKeys));

    [Test]
    public void Schema_top_level_and_near_properties_are_exactly_the_reader_keys()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Names(s_schema.Value.RootElement.GetProperty("properties")), Is.EquivalentTo(RuleFileReader.TopKeys));
            Assert.That(Names(Definitions.GetProperty("near").GetProperty("properties")), Is.EquivalentTo(RuleFileReader.NearKeys));
        });
    }

    [Test]
    public void Schema_categories_are_the_taxonomy_categories()
    {
        var categories = Definitions.GetProperty("rule").GetProperty("properties").GetProperty("category").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.That(categories, Is.EqualTo(CreepCategories.All.Select(c => c.ToId())));
    }

    [Test]
    public void Every_rule_file_points_at_the_schema()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.Path("rules"), "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.That(files, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var file in files)
            {
                Assert.That(File.ReadLines(file).First(), Does.Match(@"^# yaml-language-server: \$schema=(\./|\.\./)creeplint-rules\.schema\.json$"), file);
            }
        });
    }

    private static IEnumerable<string> Names(JsonElement obj) => obj.EnumerateObject().Select(p => p.Name);
}
