using System.Collections.Concurrent;
using CreepLint.Cli.Inputs;
using CreepLint.Cli.Inputs.Localisation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CreepLint.Analyzers.CSharp;

/// <summary>
/// Strings from <c>.resx</c> resources used where a message goes (<c>Subject = Strings.CribsReminder</c>): the property a
/// resource class generates is matched to its key in the neutral-culture <c>.resx</c> listed as an AdditionalFile, and the
/// value is read as <c>creeplint lint</c> reads that file (<see cref="Catalogs"/>), positioned in it. Thread-safe.
/// </summary>
internal sealed class ResourceStrings(LintSession session, IEnumerable<AdditionalText> additionalFiles)
{
    private readonly Dictionary<string, AdditionalText> _byClass = Index(additionalFiles);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<LintItem>>> _read = new(StringComparer.Ordinal);

    /// <summary>The resource string <paramref name="value"/> reads, with the file it is in, or null when it is not one listed.</summary>
    public (LintItem Item, AdditionalText File)? Find(IOperation value, MessageKind kind, CancellationToken cancellationToken)
    {
        if (value is not IPropertyReferenceOperation { Property: { IsStatic: true, Type.SpecialType: SpecialType.System_String } property } ||
            !property.ContainingType.GetMembers("ResourceManager").Any(m => m is IPropertySymbol { IsStatic: true }) ||
            !_byClass.TryGetValue(property.ContainingType.Name, out var file))
        {
            return null;
        }

        var items = _read.GetOrAdd(file.Path, _ => new Lazy<IReadOnlyList<LintItem>>(() => Read(file, cancellationToken))).Value;
        var item = items.FirstOrDefault(i => i.Id == property.Name);
        return item is null ? null : (item with { Kind = kind }, file);
    }

    private IReadOnlyList<LintItem> Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var display = FileWalker.DisplayPath(file.Path, session.Config.PathBase ?? session.Config.Root);
        return Catalogs.Read(InputFormat.Resx, text, SourceFile.Create(session.Config, file.Path, display), MessageKind.Message, new ProblemSink());
    }

    /// <summary>Neutral-culture <c>.resx</c> files by the class their designer generates (<c>Strings.resx</c> → <c>Strings</c>).</summary>
    private static Dictionary<string, AdditionalText> Index(IEnumerable<AdditionalText> files)
    {
        var byClass = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file.Path);
            if (string.Equals(Path.GetExtension(file.Path), ".resx", StringComparison.OrdinalIgnoreCase) && !name.Contains('.', StringComparison.Ordinal))
            {
                byClass.TryAdd(name, file);
            }
        }

        return byClass;
    }
}
