using Microsoft.CodeAnalysis;

namespace CreepLint.Analyzers.CSharp;

/// <summary>What a <c>[MessageTemplate]</c> says about the text that flows into the member it marks.</summary>
/// <param name="Kind">A message or an offer rationale.</param>
/// <param name="Channel">The channel, for its thresholds in the configuration; null when not given.</param>
/// <param name="Problem">Why the attribute's arguments cannot be used (then nothing is linted for it), or null.</param>
/// <param name="Attribute">The attribute, for locating a problem.</param>
internal sealed record MessageTarget(MessageKind Kind, string? Channel, string? Problem, AttributeData Attribute)
{
    /// <summary>The target <paramref name="symbol"/> carries: its own attribute, or for a record's property the one on the primary constructor's parameter.</summary>
    public static MessageTarget? Of(ISymbol? symbol, INamedTypeSymbol? attributeType) => symbol switch
    {
        null => null,
        IMethodSymbol method => From(method.GetReturnTypeAttributes(), attributeType) ?? From(method.GetAttributes(), attributeType)
            ?? (method.AssociatedSymbol is IPropertySymbol property ? Of(property, attributeType) : null),
        IPropertySymbol property => From(property.GetAttributes(), attributeType) ?? FromRecordParameter(property, attributeType)
            ?? (property.OverriddenProperty is { } overridden ? Of(overridden, attributeType) : null),
        _ => From(symbol.GetAttributes(), attributeType),
    };

    private static MessageTarget? FromRecordParameter(IPropertySymbol property, INamedTypeSymbol? attributeType)
    {
        if (!property.ContainingType.IsRecord)
        {
            return null;
        }

        foreach (var constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name && From(parameter.GetAttributes(), attributeType) is { } target)
                {
                    return target;
                }
            }
        }

        return null;
    }

    private static MessageTarget? From(IEnumerable<AttributeData> attributes, INamedTypeSymbol? attributeType)
    {
        foreach (var attribute in attributes)
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) &&
                attribute.AttributeClass?.ToDisplayString() != MessageTemplateAttributeGenerator.AttributeName)
            {
                continue;
            }

            var kindText = attribute.ConstructorArguments is [{ Value: string k }] ? k : "message";
            string? channel = null;
            foreach (var (name, value) in attribute.NamedArguments)
            {
                if (name == "Channel")
                {
                    channel = value.Value as string;
                }
            }

            string? problem = null;
            var kind = MessageKind.Message;
            if (string.Equals(kindText, "rationale", StringComparison.OrdinalIgnoreCase))
            {
                kind = MessageKind.Rationale;
            }
            else if (!string.Equals(kindText, "message", StringComparison.OrdinalIgnoreCase))
            {
                problem = $"[MessageTemplate(\"{kindText}\")]: the kind is \"message\" or \"rationale\"";
            }

            if (channel is not null && Array.FindIndex(CreepLint.Configuration.ConfigReader.Channels, c => string.Equals(c, channel, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                problem = $"[MessageTemplate(Channel = \"{channel}\")]: the channel is one of {string.Join(", ", CreepLint.Configuration.ConfigReader.Channels)}";
            }

            return new MessageTarget(kind, channel?.ToLowerInvariant(), problem, attribute);
        }

        return null;
    }
}
