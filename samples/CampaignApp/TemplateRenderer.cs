using System.Text.RegularExpressions;

namespace CampaignApp;

/// <summary>Fills <c>{{ field }}</c> placeholders from a customer record (a stand-in for the team's real template engine).</summary>
internal static partial class TemplateRenderer
{
    public static string Render(string template, Customer customer) =>
        Placeholder().Replace(template, m => customer.Fields.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"Customer {customer.Id} has no field '{m.Groups[1].Value}'."));

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Placeholder();
}
