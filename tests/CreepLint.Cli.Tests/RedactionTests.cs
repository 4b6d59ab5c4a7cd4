using CreepLint.Cli.Reporting;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

public sealed class RedactionTests
{
    // The matched spans themselves carry personal data, so every format must mask it in excerpts, messages and snippets.
    private const string Message = "You've viewed jane.doe@example.com 6 times, call +44 20 7946 0958. Card 4111 1111 1111 1111. You've viewed {{ customer.first_name }} 6 times.";

    private static readonly string[] s_secrets = ["jane.doe@example.com", "7946 0958", "4111 1111 1111 1111", "customer.first_name"];

    private static string[] Formats() => Reporters.Formats;

    [TestCaseSource(nameof(Formats))]
    public void Redact_masks_personal_data_in_every_format(string format)
    {
        using var repo = new TempRepo().Write("a.txt", Message);
        var plain = repo.Run("lint", "a.txt", "--format", format);
        var redacted = repo.Run("lint", "a.txt", "--format", format, "--redact");
        Assert.Multiple(() =>
        {
            Assert.That(s_secrets.Any(s => plain.Out.Contains(s, StringComparison.Ordinal)), Is.True, $"the unredacted {format} report shows the span (otherwise this test proves nothing)");
            foreach (var secret in s_secrets)
            {
                Assert.That(redacted.Out, Does.Not.Contain(secret), $"{format} leaks {secret}");
            }
        });
    }

    [TestCase("write to jane.doe@example.com now", "write to [email] now")]
    [TestCase("call 020 7946 0958 today", "call [phone] today")]
    [TestCase("card 4111-1111-1111-1111 ok", "card [card] ok")]
    [TestCase("Hi {{ first_name | default: 'there' }}, *|FNAME|* and {% if x %}", "Hi {{…}}, *|…|* and {%…%}")]
    [TestCase("Order 1182 ships in 3 days", "Order 1182 ships in 3 days")]
    public void Redactor_masks_each_kind_and_leaves_ordinary_numbers(string input, string expected) =>
        Assert.That(new Redactor(true).Apply(input), Is.EqualTo(expected));
}

/// <summary>Issue 20, item 6: <c>--redact</c> masks personal names; each promise in docs/security.md is one case here.</summary>
public sealed class NameRedactionTests
{
    private const string Rendered = "Hi Sarah Connor, we noticed you are pregnant.\nBest,\nJohn Smith\n";

    [TestCase("Hi Sarah Connor, we noticed you are pregnant.", "Hi [name], we noticed you are pregnant.", TestName = "greeting and full name")]
    [TestCase("Dear Dr. Miles Dyson, your results are in.", "Dear [name], your results are in.", TestName = "salutation with a title")]
    [TestCase("Hello, Anna! New arrivals.", "Hello, [name]! New arrivals.", TestName = "greeting, comma, name")]
    [TestCase("Chemo days are long, Maria.", "Chemo days are long, [name].", TestName = "vocative the engine reads as the reader's name")]
    [TestCase("Marcus, your order shipped.", "[name], your order shipped.", TestName = "name opening a sentence before a comma")]
    [TestCase("We spoke to Mrs Connor yesterday.", "We spoke to [name] yesterday.", TestName = "title and surname anywhere")]
    [TestCase("Thanks for shopping.\nBest,\nJohn Smith", "Thanks for shopping.\nBest,\n[name]", TestName = "signature after a sign-off line")]
    [TestCase("See you soon. Love, Mum", "See you soon. Love, [name]", TestName = "sign-off and name on one line")]
    [TestCase("Shop now.\n— Sarah", "Shop now.\n— [name]", TestName = "dash signature line")]
    [TestCase("Our Spring Sale starts Friday in London.", "Our Spring Sale starts Friday in London.", TestName = "capitalised words elsewhere are kept")]
    [TestCase("HI SARAH, big news", "HI SARAH, big news", TestName = "all-capital words are not taken for names")]
    [TestCase("Hi there, new arrivals.", "Hi there, new arrivals.", TestName = "a greeting without a name")]
    public void Names_are_masked_where_the_docs_say(string input, string expected) =>
        Assert.That(new Redactor(true).Apply(input), Is.EqualTo(expected));

    [Test]
    public void Names_are_kept_without_redact() =>
        Assert.That(Redactor.None.Apply("Hi Sarah Connor,"), Is.EqualTo("Hi Sarah Connor,"));

    [TestCaseSource(typeof(RedactionTests), "Formats")]
    public void A_rendered_messages_names_never_reach_a_redacted_report(string format)
    {
        using var repo = new TempRepo().Write("a.txt", Rendered);
        var before = File.ReadAllBytes(repo.PathOf("a.txt"));
        var plain = repo.Run("lint", "a.txt", "--format", format);
        var redacted = repo.Run("lint", "a.txt", "--format", format, "--redact");
        Assert.Multiple(() =>
        {
            Assert.That(redacted.ExitCode, Is.EqualTo(plain.ExitCode));
            Assert.That(redacted.ExitCode, Is.EqualTo(ExitCodes.Findings), redacted.ToString());
            if (format == "text")
            {
                Assert.That(plain.Out, Does.Contain("Sarah"), $"the unredacted {format} report shows the name (otherwise this test proves nothing)");
            }

            Assert.That(redacted.Out, Does.Not.Contain("Sarah").And.Not.Contain("Connor").And.Not.Contain("John Smith"), $"{format} leaks a name");
            Assert.That(File.ReadAllBytes(repo.PathOf("a.txt")), Is.EqualTo(before));
        });
    }
}

/// <summary>Issue 20, item 6: values of catalog keys that <c>personal-fields</c> marks are masked in every format.</summary>
public sealed class PersonalFieldRedactionTests
{
    private const string Catalog = """
        messages:
          - id: rendered-1
            customer: Sarah Connor
            sample:
              email_owner: Kyle Reese
              city: Los Angeles
            body: "Kyle, we noticed you are pregnant. Sarah Connor says hi."
        """;

    [TestCaseSource(typeof(RedactionTests), "Formats")]
    public void Personal_catalog_values_are_masked_in_every_format(string format)
    {
        using var repo = new TempRepo()
            .Write("messages.yaml", Catalog)
            .Write(".creeplint.yaml", "personal-fields: [customer, sample.*_owner]\n");
        var before = File.ReadAllBytes(repo.PathOf("messages.yaml"));
        var plain = repo.Run("lint", "messages.yaml", "--format", format);
        var redacted = repo.Run("lint", "messages.yaml", "--format", format, "--redact");
        Assert.Multiple(() =>
        {
            Assert.That(redacted.ExitCode, Is.EqualTo(ExitCodes.Findings), redacted.ToString());
            if (format == "text")
            {
                Assert.That(plain.Out, Does.Contain("Kyle"), "the unredacted report shows the name (otherwise this test proves nothing)");
            }

            Assert.That(redacted.Out, Does.Not.Contain("Kyle").And.Not.Contain("Sarah").And.Not.Contain("Connor"), $"{format} leaks a personal value");
            Assert.That(File.ReadAllBytes(repo.PathOf("messages.yaml")), Is.EqualTo(before));
        });
    }

    [Test]
    public void Values_of_keys_not_marked_personal_are_kept_and_masking_is_whole_word()
    {
        var redactor = new Redactor(true);
        redactor.AddPersonal(["Sarah Connor", "Al"]);
        Assert.Multiple(() =>
        {
            Assert.That(redactor.Apply("Sarah Connor lives in Los Angeles"), Is.EqualTo("[personal] lives in Los Angeles"));
            Assert.That(redactor.Apply("sarah, Connor's order"), Is.EqualTo("[personal], [personal]'s order"));
            Assert.That(redactor.Apply("Sarahs and Connors, all of them"), Is.EqualTo("Sarahs and Connors, all of them"));
            Assert.That(redactor.Apply("Al bought ALL the rakes"), Is.EqualTo("[personal] bought ALL the rakes"));
        });
    }

    [Test]
    public void Personal_values_are_not_remembered_without_redact()
    {
        Redactor.None.AddPersonal(["Sarah Connor"]);
        Assert.That(Redactor.None.Apply("Sarah Connor"), Is.EqualTo("Sarah Connor"));
    }
}
