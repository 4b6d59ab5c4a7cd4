namespace CreepLint.Tests.Text;

/// <summary>
/// German "-mal" compounds with digits ("26-mal", "3-mal") read as <c>&lt;number&gt; mal</c>: the tokenizer splits the word
/// at its hyphen, and the number is a <c>&lt;number&gt;</c>, so a term written either way matches.
/// </summary>
public sealed class MalCompoundTests
{
    [TestCase("<number> mal", "Du hast die Jacke 26-mal angesehen.", "26-mal")]
    [TestCase("<number>-mal", "Du hast die Jacke 26-mal angesehen.", "26-mal")]
    [TestCase("<number> mal", "Schon 3-Mal angeschaut?", "3-Mal")]
    [TestCase("<number>-mal", "Du hast die Jacke 26 mal angesehen.", "26 mal")]
    [TestCase("<number> mal", "Du hast die Seite 312-mal nach Mitternacht geöffnet.", "312-mal")]
    public void A_mal_compound_with_digits_is_a_number_and_mal(string term, string text, string match)
    {
        var findings = TokenTestKit.Probe([term], "de").Lint(new LintRequest(text) { Language = "de" }).Findings;
        Assert.That(findings.Select(f => text[f.Offset..(f.Offset + f.Length)]), Is.EqualTo(new[] { match }));
    }

    [Test]
    public void The_number_alone_is_a_number()
    {
        Assert.That(TokenTestKit.Describe("26-mal"), Is.EqualTo(new[] { "26:Number", "mal:Word" }));
    }
}
