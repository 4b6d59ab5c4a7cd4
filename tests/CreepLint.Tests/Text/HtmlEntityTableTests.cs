using System.Collections;
using System.Reflection;
using CreepLint.Tests.Evaluation;
using CreepLint.Text;

namespace CreepLint.Tests.Text;

/// <summary>
/// The embedded entity table (src/CreepLint/Text/htmlentities.txt) is AngleSharp's HTML5 table, name for name, so the
/// library decodes character references as before without shipping AngleSharp to every app.
/// </summary>
public sealed class HtmlEntityTableTests
{
    [Test]
    public void Committed_table_is_AngleSharps()
    {
        var expected = HtmlEntities.Format(AngleSharpEntities());
        var path = RepositoryFiles.Path("src", "CreepLint", "Text", "htmlentities.txt");
        var (actual, _) = RepositoryFiles.Generated(path, expected);
        Assert.That(actual, Is.EqualTo(expected), $"{path} is stale; regenerate it with CREEPLINT_ACCEPT=1 dotnet test --filter HtmlEntityTable");
    }

    [Test]
    public void Every_name_resolves_as_AngleSharp_resolves_it()
    {
        var entities = AngleSharpEntities();
        Assert.That(entities, Has.Count.GreaterThan(2200));
        foreach (var (name, symbol) in entities)
        {
            Assert.That(HtmlEntities.Resolve(name), Is.EqualTo(AngleSharp.Html.HtmlEntityProvider.Resolver.GetSymbol(name)).And.EqualTo(symbol), name);
        }

        Assert.That(HtmlEntities.Resolve("notanentity;"), Is.Null);
    }

    [TestCase("<p>Congratulations, you&rsquo;re &#101;xpecting!</p>", "CL1001")]
    [TestCase("<p>We&nbsp;noticed you like rakes.</p>", "CL5001")]
    public void Named_references_in_html_decode_before_matching(string html, string rule) =>
        Assert.That(CreepLintEngine.Default.Lint(html, format: TextFormat.Html).Findings.Select(f => f.RuleId), Does.Contain(rule));

    /// <summary>AngleSharp's table, read from its resolver (it has no public list of names).</summary>
    private static List<KeyValuePair<string, string>> AngleSharpEntities()
    {
        var resolver = AngleSharp.Html.HtmlEntityProvider.Resolver;
        var byFirst = (IDictionary)resolver.GetType().GetField("_entities", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(resolver)!;
        var all = new List<KeyValuePair<string, string>>();
        foreach (DictionaryEntry first in byFirst)
        {
            foreach (DictionaryEntry entry in (IDictionary)first.Value!)
            {
                all.Add(KeyValuePair.Create(entry.Key.ToString()!, (string)entry.Value!));
            }
        }

        return all;
    }
}
