namespace CreepLint.Language;

/// <summary>Reads a language a user gives a message or a run (<c>lang</c> on an item, <c>language:</c> in the configuration).</summary>
internal static class ItemLanguage
{
    /// <summary>The language code (<c>de</c> for <c>de-AT</c>), the empty string for <c>auto</c> (identify from the text), or null when <paramref name="text"/> is neither.</summary>
    public static string? Parse(string? text) =>
        string.Equals(text?.Trim(), LanguageTag.Auto, StringComparison.OrdinalIgnoreCase) ? string.Empty : LanguageTag.Normalise(text);

    /// <summary>What to write instead of a value <see cref="Parse"/> rejects.</summary>
    public static string Problem(string what) =>
        $"{what} must be a language code such as en, de, fr or es (a BCP 47 tag such as de-AT is read as its language), or auto to identify the language from the text";
}
