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
