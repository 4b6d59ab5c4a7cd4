namespace CampaignApp;

/// <summary>A message template and, optionally, a generic version to fall back on when the personal one is creepy.</summary>
internal sealed record Campaign(string Name, string Template, string? Fallback)
{
    /// <summary>Reads <c>templates/NAME.liquid</c> and, when present, <c>templates/fallback/NAME.liquid</c>.</summary>
    public static Campaign Load(string templateDirectory, string name)
    {
        var fallback = Path.Combine(templateDirectory, "fallback", name + ".liquid");
        return new Campaign(
            name,
            File.ReadAllText(Path.Combine(templateDirectory, name + ".liquid")).TrimEnd(),
            File.Exists(fallback) ? File.ReadAllText(fallback).TrimEnd() : null);
    }
}
