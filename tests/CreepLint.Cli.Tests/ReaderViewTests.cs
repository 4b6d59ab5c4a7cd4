using CreepLint.Cli.Reporting;
using CreepLint.Cli.Reporting.Review;

namespace CreepLint.Cli.Tests;

/// <summary>The report page's reading of a message: what a reader sees, and where a finding's source span shows in it.</summary>
public sealed class ReaderViewTests
{
    [TestCase("<p>We&nbsp;noticed you &amp; your <b>preg</b>nancy.</p>", "We\u00a0noticed you & your pregnancy.")]
    [TestCase("<html><head><title>Hello</title><style>p{color:red}</style></head><body><script>alert(1)</script><p>One</p><p>Two <br>three</p></body></html>", "Hello\nOne\nTwo three")]
    [TestCase("<img alt=\"A baby on the way?\" src=\"x.png\"><p>Shop now</p>", "A baby on the way?\nShop now")]
    [TestCase("<p>Caf\u0065\u0301 &#112;regnant &#x1F476; 5 &lt; 6</p>", "Caf\u0065\u0301 pregnant \U0001F476 5 < 6")]
    [TestCase("<p>Fish & chips</p>", "Fish & chips")]
    [TestCase("Line one\r\nLine two\n\nLine  four", "Line one\nLine two\n\nLine  four")]
    [TestCase("Hi {{ first_name }},{% if vip %} welcome{% endif %}{# note #}!", "Hi {{ first_name }},{% if vip %} welcome{% endif %}!")]
    [TestCase("Ab\u202Ecd\u202C ef", "Abcd ef")]
    [TestCase("{% comment %} journey notes {% endcomment %}\nCongratulations!", "Congratulations!")]
    public void The_view_is_what_a_reader_sees(string source, string expected) =>
        Assert.That(ReaderView.Build(source, TextFormat.Auto).Text, Is.EqualTo(expected));

    [Test]
    public void A_source_span_is_found_over_exactly_its_characters()
    {
        const string source = "<p>Hi {{ first_name }}, we&nbsp;noticed <b>you</b> were at the clinic.</p>";
        var view = ReaderView.Build(source, TextFormat.Html);
        string Shown(string span)
        {
            var at = source.IndexOf(span, StringComparison.Ordinal);
            var (offset, length) = view.Locate(at, span.Length);
            return view.Text.Substring(offset, length);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Shown("we&nbsp;noticed <b>you</b>"), Is.EqualTo("we\u00a0noticed you"));
            Assert.That(Shown("first_name"), Is.EqualTo("first_name"), "a field inside a placeholder");
            Assert.That(Shown("clinic"), Is.EqualTo("clinic"));
            Assert.That(view.Templates.Select(t => view.Text.Substring(t.Offset, t.Length)), Is.EqualTo(new[] { "{{ first_name }}" }));
        });
    }

    [Test]
    public void A_span_the_reader_never_sees_has_no_length_at_its_place()
    {
        const string source = "<p>Track it <a href=\"https://x.example/{{ predicted_due_date }}\">here</a>.</p>";
        var view = ReaderView.Build(source, TextFormat.Html);
        var (offset, length) = view.Locate(source.IndexOf("predicted_due_date", StringComparison.Ordinal), "predicted_due_date".Length);
        Assert.Multiple(() =>
        {
            Assert.That(view.Text, Is.EqualTo("Track it here."));
            Assert.That(length, Is.Zero);
            Assert.That(offset, Is.EqualTo("Track it ".Length));
        });
    }

    [Test]
    public void Masks_move_spans_with_them()
    {
        var masked = new Redactor(true).Mask("Hi Sarah Connor, mail jane@example.com: we noticed you.");
        var original = "Hi Sarah Connor, mail jane@example.com: we noticed you.";
        (int, int) Map(string span) => masked.Map(original.IndexOf(span, StringComparison.Ordinal), span.Length);
        string Shown((int Offset, int Length) s) => masked.Text.Substring(s.Offset, s.Length);
        Assert.Multiple(() =>
        {
            Assert.That(masked.Text, Is.EqualTo("Hi [name], mail [email]: we noticed you."));
            Assert.That(Shown(Map("we noticed")), Is.EqualTo("we noticed"));
            Assert.That(Shown(Map("Connor, mail")), Is.EqualTo("[name], mail"), "a span touching a mask covers the whole mask");
            Assert.That(Shown(Map("example")), Is.EqualTo("[email]"));
            Assert.That(Shown(Map("Hi Sarah Connor, mail jane@example.com: we noticed you.")), Is.EqualTo(masked.Text));
        });
    }
}
