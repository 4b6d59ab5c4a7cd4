namespace CreepLint.Language;

/// <summary>Language codes as the engine keeps them: the primary subtag of a BCP 47 tag, in lower case.</summary>
internal static class LanguageTag
{
    /// <summary>The language of a rule file without <c>language:</c>, and of the default pack's top-level files.</summary>
    public const string Default = "en";

    /// <summary>Asks for identification rather than a fixed language (configuration <c>language: auto</c>).</summary>
    public const string Auto = "auto";

    /// <summary>
    /// <c>de</c> for <c>de</c>, <c>DE</c>, <c>de-AT</c> or <c>de_CH</c>: the primary subtag (two or three letters) in lower case,
    /// the identifier's own string when it knows the language; null when <paramref name="text"/> is not a language code.
    /// </summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var span = text.AsSpan().Trim();
        var end = span.IndexOfAny('-', '_');
        var primary = end < 0 ? span : span[..end];
        if (primary.Length is < 2 or > 3)
        {
            return null;
        }

        foreach (var c in primary)
        {
            if (!char.IsAsciiLetter(c))
            {
                return null;
            }
        }

        foreach (var known in LanguageIdentifier.Languages)
        {
            if (primary.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return primary.ToString().ToLowerInvariant();
    }
}
