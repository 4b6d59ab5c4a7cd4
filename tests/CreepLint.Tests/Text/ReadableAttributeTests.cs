namespace CreepLint.Tests.Text;

/// <summary>
/// Issue 20, item 3: text a reader sees or hears outside the body copy is linted at exact source positions, each
/// attribute value as its own block; script, style, comments and attributes nobody reads stay out.
/// </summary>
public sealed class ReadableAttributeTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.Default;

    public static IEnumerable<TestCaseData> Read()
    {
        yield return Case("img alt", "<p>Sale</p><img src=\"a.png\" alt=\"We noticed you are pregnant\">");
        yield return Case("title attribute", "<p title='We noticed you are pregnant'>Sale</p>");
        yield return Case("aria-label", "<a href=\"#\" aria-label=\"We noticed you are pregnant\">Shop</a>");
        yield return Case("aria-description", "<button aria-description=\"We noticed you are pregnant\">Shop</button>");
        yield return Case("placeholder", "<input type=\"text\" placeholder=\"We noticed you are pregnant\">");
        yield return Case("meta description", "<head><meta name=\"description\" content=\"We noticed you are pregnant\"></head><p>Sale</p>");
        yield return Case("meta description, content first", "<meta content=\"We noticed you are pregnant\" name=\"description\">");
        yield return Case("og:title", "<meta property=\"og:title\" content=\"We noticed you are pregnant\">");
        yield return Case("og:description", "<meta property=\"og:description\" content=\"We noticed you are pregnant\">");
        yield return Case("title element", "<html><head><title>We noticed you are pregnant</title></head><body><p>Sale</p></body></html>");
        yield return Case("unquoted alt with an entity", "<img alt=We&#32;noticed&#32;you&#32;are&#32;pregnant>", "We&#32;noticed&#32;you&#32;are&#32;pregnant");
        yield return Case("upper-case attribute", "<IMG ALT=\"We noticed you are pregnant\">");
    }

    public static IEnumerable<TestCaseData> Unread()
    {
        yield return new TestCaseData("<script>var t = 'We noticed you are pregnant';</script><p>Sale</p>").SetName("script");
        yield return new TestCaseData("<style>/* We noticed you are pregnant */</style><p>Sale</p>").SetName("style");
        yield return new TestCaseData("<!-- We noticed you are pregnant --><p>Sale</p>").SetName("comment");
        yield return new TestCaseData("<p data-note=\"We noticed you are pregnant\" class=\"x\">Sale</p>").SetName("data attribute");
        yield return new TestCaseData("<a href=\"https://x.example/We-noticed-you-are-pregnant\">Sale</a>").SetName("href");
        yield return new TestCaseData("<meta name=\"keywords\" content=\"We noticed you are pregnant\"><p>Sale</p>").SetName("meta keywords");
        yield return new TestCaseData("<script title=\"We noticed you are pregnant\">x()</script><p>Sale</p>").SetName("attribute of a script");
        yield return new TestCaseData("<p>Sale</p></p title=\"We noticed you are pregnant\">").SetName("attribute of a closing tag");
    }

    [TestCaseSource(nameof(Read))]
    public void Readable_text_is_linted_at_its_source_position(string html, string expected)
    {
        var result = Engine.Lint(html, format: TextFormat.Html);
        var pregnancy = result.Findings.Where(f => f.RuleId == "CL1001").ToList();
        Assert.That(pregnancy, Has.Count.EqualTo(1), string.Join("\n", result.Findings));
        var finding = pregnancy[0];
        var start = html.IndexOf(expected, StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(finding.Offset + finding.Length, Is.EqualTo(start + expected.Length), "the finding ends where the value ends");
            Assert.That(finding.Offset, Is.GreaterThanOrEqualTo(start));
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        });
    }

    [TestCaseSource(nameof(Unread))]
    public void Text_nobody_reads_stays_out(string html) =>
        Assert.That(Engine.Lint(html, format: TextFormat.Html).Findings, Is.Empty);

    [Test]
    public void An_attribute_value_is_its_own_block_and_never_joins_the_text_around_it()
    {
        // "We" (alt) + "noticed you like rakes" (body) would read "We noticed" if glued; neither half is creepy alone.
        const string html = "<p><img src=\"a.png\" alt=\"Hello from We\">noticed the rakes are in stock.</p>";
        var result = Engine.Lint(html, format: TextFormat.Html);
        Assert.That(result.Findings.Where(f => f.RuleId == "CL5001"), Is.Empty, string.Join("\n", result.Findings));
    }

    [Test]
    public void Placeholders_inside_attributes_are_placeholders()
    {
        const string html = "<img alt=\"{{ first_name }}, we noticed you are pregnant\">";
        var finding = Engine.Lint(html, format: TextFormat.Html).Findings.Single(f => f.RuleId == "CL1001");
        Assert.That(html.Substring(finding.Offset, finding.Length), Is.EqualTo("you are pregnant"));
    }

    private static TestCaseData Case(string name, string html, string value = "you are pregnant") =>
        new TestCaseData(html, value).SetName(name);
}
