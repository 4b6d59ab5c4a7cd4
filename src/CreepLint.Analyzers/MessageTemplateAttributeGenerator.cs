using Microsoft.CodeAnalysis;

namespace CreepLint.Analyzers;

/// <summary>
/// Adds <c>CreepLint.MessageTemplateAttribute</c> to every project that references the package, so campaign code can
/// mark the members its messages flow into without referencing anything at run time.
/// </summary>
/// <remarks>The attribute is internal and marked <c>[Embedded]</c>: projects that see each other's internals do not clash.</remarks>
[Generator(LanguageNames.CSharp)]
public sealed class MessageTemplateAttributeGenerator : IIncrementalGenerator
{
    /// <summary>The metadata name the analyzer looks for (users may also declare the attribute themselves under this name).</summary>
    public const string AttributeName = "CreepLint.MessageTemplateAttribute";

    /// <summary>
    /// The attribute's source: <c>build/CreepLint.MessageTemplateAttribute.cs</c>, embedded here and also packed as a file,
    /// which the package's targets compile where this generator cannot load (a .NET Framework host).
    /// </summary>
    public static readonly string Source = ReadSource();

    /// <summary>What the generator adds: <see cref="Source"/> marked <c>[Embedded]</c>, so projects that see each other's internals do not clash.</summary>
    public static readonly string GeneratedSource = Source.Replace(
        "    [global::System.AttributeUsage(", "    [global::Microsoft.CodeAnalysis.Embedded]\n    [global::System.AttributeUsage(", StringComparison.Ordinal);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterPostInitializationOutput(static post =>
        {
            post.AddEmbeddedAttributeDefinition();
            post.AddSource("CreepLint.MessageTemplateAttribute.g.cs", GeneratedSource);
        });

    private static string ReadSource()
    {
        using var stream = typeof(MessageTemplateAttributeGenerator).Assembly.GetManifestResourceStream("CreepLint.Analyzers.MessageTemplateAttribute.cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
