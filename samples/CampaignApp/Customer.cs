namespace CampaignApp;

/// <summary>A customer record; its fields fill the template placeholders.</summary>
internal sealed record Customer(string Id, IReadOnlyDictionary<string, string> Fields)
{
    public string FirstName => Fields["first_name"];
}
