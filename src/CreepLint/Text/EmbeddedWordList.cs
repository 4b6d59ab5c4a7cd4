using System.Collections.Frozen;

namespace CreepLint.Text;

/// <summary>Reads a word list embedded in this assembly: one word per line, blank lines and '#' comments skipped.</summary>
internal static class EmbeddedWordList
{
    /// <exception cref="InvalidOperationException">The resource is missing: the assembly was built without it.</exception>
    public static FrozenSet<string> Load(string resourceName)
    {
        using var stream = typeof(EmbeddedWordList).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from the CreepLint assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
