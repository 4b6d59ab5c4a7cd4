using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// Issue 20, items 3 and 4, as a user meets them: text a reader sees or hears outside the body copy of an HTML file, and
/// misspelt attribute words, fail the run with the trait rule's finding at its exact position in the file, and the file
/// is byte-identical afterwards. The engine-level cases are ReadableAttributeTests and FuzzyWordsTests.
/// </summary>
public sealed class ReadTextTests
{
    private const string Creepy = "you are pregnant";

    public static IEnumerable<TestCaseData> Readable()
    {
        yield return Case("img alt", $"<img src=\"a.png\" alt=\"We noticed {Creepy}\">");
        yield return Case("title attribute", $"<p title='We noticed {Creepy}'>Sale</p>");
        yield return Case("aria-label", $"<a href=\"#\" aria-label=\"We noticed {Creepy}\">Shop</a>");
        yield return Case("aria-description", $"<button aria-description=\"We noticed {Creepy}\">Shop</button>");
        yield return Case("placeholder", $"<input type=\"text\" placeholder=\"We noticed {Creepy}\">");
        yield return Case("meta description", $"<meta name=\"description\" content=\"We noticed {Creepy}\">");
        yield return Case("meta subject", $"<meta name=\"subject\" content=\"We noticed {Creepy}\">");
        yield return Case("og:title", $"<meta property=\"og:title\" content=\"We noticed {Creepy}\">");
        yield return Case("og:description", $"<meta property=\"og:description\" content=\"We noticed {Creepy}\">");
        yield return Case("twitter:description", $"<meta name=\"twitter:description\" content=\"We noticed {Creepy}\">");
        yield return Case("title element", $"<title>We noticed {Creepy}</title>");
        yield return Case("alt after an entity", $"<img alt=\"Caf&eacute; news: {Creepy}\">");
    }

    [TestCaseSource(nameof(Readable))]
    public void Readable_html_text_fails_the_run_at_its_position(string element)
    {
        var column = element.IndexOf(Creepy, StringComparison.Ordinal) + 1;
        LintOnce("a.html", $"<html><head>\n</head><body>\n<p>New arrivals are in.</p>\n{element}\n</body></html>\n", [], ExitCodes.Findings,
            $"a.html:4:{column}: error CL1001 [inferred-trait]", $"'{Creepy}'");
    }

    [TestCase("<script>var t = 'We noticed you are pregnant';</script>", TestName = "script")]
    [TestCase("<style>/* We noticed you are pregnant */</style>", TestName = "style")]
    [TestCase("<!-- We noticed you are pregnant -->", TestName = "comment")]
    [TestCase("<p data-note=\"We noticed you are pregnant\">Sale</p>", TestName = "data attribute")]
    public void Text_nobody_reads_passes(string element)
    {
        LintOnce("a.html", $"<html><body>\n<p>New arrivals are in.</p>\n{element}\n</body></html>\n", ["--fail-on", "warn"], ExitCodes.Success, "0 fail, 0 warn, 1 pass");
    }

    /// <summary>The misspellings, and one of ten letters: the trait rule fires on the misspelt word, in the trait's category.</summary>
    [TestCase("We know you're pregant! Cribs are 20% off.", "CL1001", "you're pregant", TestName = "pregant")]
    [TestCase("Your diabetis is no reason to give up dessert.", "CL1002", "Your diabetis", TestName = "diabetis")]
    [TestCase("Going through a divorse? Our lawyers can help.", "CL1011", "divorse", TestName = "divorse")]
    [TestCase("Hi Sam, your seperation must be hard. Our counsellors can help.", "CL1009", "your seperation", TestName = "seperation")]
    public void A_misspelt_trait_bound_to_the_reader_fails_the_run(string text, string rule, string quoted)
    {
        var column = text.IndexOf(quoted, StringComparison.Ordinal) + 1;
        LintOnce("a.txt", $"Hi there,\n{text}\n", ["--fail-on", "warn"], ExitCodes.Findings, $"a.txt:2:{column}: error {rule} [inferred-trait]", $"'{quoted}'");
    }

    /// <summary>A misspelt word nothing binds to the reader passes, as the word spelt right does; so do real words one slip from one.</summary>
    [TestCase("Pregant women's yoga: a new class at 6pm.", TestName = "misspelt but not the reader's")]
    [TestCase("Our diabetis cookbook is out now.", TestName = "misspelt in a product name")]
    [TestCase("Your stories are waiting: two new chapters this week.", TestName = "a real word one slip away")]
    [TestCase("Protect yourself from phishing: we never ask for your password.", TestName = "protect is no typo of protest")]
    public void Misspellings_nothing_binds_to_the_reader_pass(string text)
    {
        LintOnce("a.txt", $"{text}\n", ["--fail-on", "warn"], ExitCodes.Success, "0 fail, 0 warn, 1 pass");
    }

    /// <summary>Lints <paramref name="file"/> holding <paramref name="content"/>: the exit code, every expected piece of the report, and the file byte-identical after the run.</summary>
    private static void LintOnce(string file, string content, string[] options, int exitCode, params string[] expected)
    {
        using var repo = new TempRepo().Write(file, content);
        var before = File.ReadAllBytes(repo.PathOf(file));
        var result = repo.Run([.. new[] { "lint", file }, .. options]);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.ToString());
            foreach (var piece in expected)
            {
                Assert.That(result.Out, Does.Contain(piece), result.ToString());
            }

            Assert.That(File.ReadAllBytes(repo.PathOf(file)), Is.EqualTo(before));
        });
    }

    private static TestCaseData Case(string name, string element) => new TestCaseData(element).SetName(name);
}
