using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace CreepLint;

/// <summary>Conversions between <see cref="CreepCategory"/> values and their stable kebab-case identifiers.</summary>
public static class CreepCategories
{
    private static readonly string[] s_ids =
    [
        "inferred-trait", "sensitive-prediction", "behavioral-detail", "location-tracking",
        "surveillance-language", "undisclosed-source", "price-targeting", "vulnerability", "sensitive-field",
    ];

    private static readonly FrozenDictionary<string, CreepCategory> s_byId =
        s_ids.Select((id, i) => KeyValuePair.Create(id, (CreepCategory)i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>All categories in their documented order.</summary>
    public static ImmutableArray<CreepCategory> All { get; } = [.. Enum.GetValues<CreepCategory>()];

    /// <summary>The stable identifier of a category, such as <c>inferred-trait</c>.</summary>
    public static string ToId(this CreepCategory category) => s_ids[(int)category];

    /// <summary>A human-readable title, such as <c>Inferred trait</c>.</summary>
    public static string ToTitle(this CreepCategory category) => string.Concat(s_ids[(int)category][..1].ToUpperInvariant(), s_ids[(int)category][1..].Replace('-', ' '));

    /// <summary>Parses a stable identifier (case-insensitive).</summary>
    public static bool TryParse(string? id, [NotNullWhen(true)] out CreepCategory? category)
    {
        if (id is not null && s_byId.TryGetValue(id, out var value))
        {
            category = value;
            return true;
        }

        category = null;
        return false;
    }

    internal static IReadOnlyList<string> Ids => s_ids;
}
