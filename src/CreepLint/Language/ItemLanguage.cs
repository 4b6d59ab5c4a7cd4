namespace CreepLint.Language;

/// <summary>Reads a language a user gives a message or a run (<c>lang</c> on an item, <c>language:</c> in the configuration).</summary>
internal static class ItemLanguage
{
    /// <summary>The language code (<c>de</c> for <c>de-AT</c>), the empty string for <c>auto</c> (identify from the text), or null when <paramref name="text"/> is neither.</summary>
    public static string? Parse(string? text) =>
        string.Equals(text?.Trim(), LanguageTag.Auto, StringComparison.OrdinalIgnoreCase) ? string.Empty : LanguageTag.Normalise(text);

    /// <summary>
    /// The language a message is linted as: its own (<c>lang</c> on an item, <c>lang:</c> on a catalog message), else the
    /// run's (<c>language:</c>, <c>--language</c>), else null to identify it from the text. Every surface that lints items
    /// (<c>lint</c>, <c>eval</c>) asks here, so an item's <c>lang</c> means the same to all of them.
    /// </summary>
    /// <param name="item">The item's language as <see cref="Parse"/> read it (the empty string for <c>auto</c>), or null.</param>
    /// <param name="run">The run's language, or null for none.</param>
    public static string? Of(string? item, string? run) => item ?? run;

    /// <summary>What to write instead of a value <see cref="Parse"/> rejects.</summary>
    public static string Problem(string what) =>
        $"{what} must be a language code such as en, de, fr or es (a BCP 47 tag such as de-AT is read as its language), or auto to identify the language from the text";
}
