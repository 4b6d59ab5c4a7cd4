using System.Collections.Frozen;

namespace CreepLint.Cli.Inputs;

/// <summary>How a file is read; <see cref="InputFormats"/> picks one per file from its extension or from <c>formats:</c>.</summary>
internal enum InputFormat
{
    /// <summary>Not read by a directory walk (counted in the skipped summary).</summary>
    None,
    Text,
    Markdown,
    Html,
    Mjml,

    /// <summary>Liquid and Handlebars: the library's own placeholder syntax, HTML detected automatically.</summary>
    Liquid,
    Jinja,
    Mustache,
    Erb,
    Razor,
    GoTemplate,
    Pug,
    JsonLines,

    /// <summary>A YAML or JSON message catalog (<c>messages:</c>); other JSON may be an i18next file.</summary>
    Catalog,
    Csv,
    AndroidStrings,
    AppleStrings,
    AppleStringsDict,
    Gettext,
    Resx,
    I18next,
    Arb,
}

/// <summary>The format names <c>formats:</c> accepts, and the extensions a directory walk reads by default.</summary>
internal static class InputFormats
{
    /// <summary>Format names as written in <c>formats:</c>, in the order the docs list them.</summary>
    public static readonly FrozenDictionary<string, InputFormat> Names = new Dictionary<string, InputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = InputFormat.Text,
        ["markdown"] = InputFormat.Markdown,
        ["html"] = InputFormat.Html,
        ["mjml"] = InputFormat.Mjml,
        ["liquid"] = InputFormat.Liquid,
        ["handlebars"] = InputFormat.Liquid,
        ["jinja"] = InputFormat.Jinja,
        ["nunjucks"] = InputFormat.Jinja,
        ["twig"] = InputFormat.Jinja,
        ["mustache"] = InputFormat.Mustache,
        ["erb"] = InputFormat.Erb,
        ["razor"] = InputFormat.Razor,
        ["go"] = InputFormat.GoTemplate,
        ["pug"] = InputFormat.Pug,
        ["jsonl"] = InputFormat.JsonLines,
        ["catalog"] = InputFormat.Catalog,
        ["csv"] = InputFormat.Csv,
        ["android-strings"] = InputFormat.AndroidStrings,
        ["apple-strings"] = InputFormat.AppleStrings,
        ["stringsdict"] = InputFormat.AppleStringsDict,
        ["gettext"] = InputFormat.Gettext,
        ["resx"] = InputFormat.Resx,
        ["i18next"] = InputFormat.I18next,
        ["arb"] = InputFormat.Arb,
        ["skip"] = InputFormat.None,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extensions a directory walk reads, and how; a file named explicitly with another extension is read as a template.</summary>
    public static readonly FrozenDictionary<string, InputFormat> ByExtension = new Dictionary<string, InputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".md"] = InputFormat.Markdown,
        [".markdown"] = InputFormat.Markdown,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".mjml"] = InputFormat.Mjml,
        [".liquid"] = InputFormat.Liquid,
        [".hbs"] = InputFormat.Liquid,
        [".handlebars"] = InputFormat.Liquid,
        [".j2"] = InputFormat.Jinja,
        [".jinja"] = InputFormat.Jinja,
        [".jinja2"] = InputFormat.Jinja,
        [".njk"] = InputFormat.Jinja,
        [".twig"] = InputFormat.Jinja,
        [".mustache"] = InputFormat.Mustache,
        [".erb"] = InputFormat.Erb,
        [".cshtml"] = InputFormat.Razor,
        [".gotmpl"] = InputFormat.GoTemplate,
        [".tmpl"] = InputFormat.GoTemplate,
        [".pug"] = InputFormat.Pug,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
        [".yaml"] = InputFormat.Catalog,
        [".yml"] = InputFormat.Catalog,
        [".json"] = InputFormat.Catalog,
        [".csv"] = InputFormat.Csv,
        [".xml"] = InputFormat.AndroidStrings,
        [".strings"] = InputFormat.AppleStrings,
        [".stringsdict"] = InputFormat.AppleStringsDict,
        [".po"] = InputFormat.Gettext,
        [".pot"] = InputFormat.Gettext,
        [".resx"] = InputFormat.Resx,
        [".arb"] = InputFormat.Arb,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The format of a file from its extension, before <c>formats:</c> entries are applied.</summary>
    public static InputFormat Default(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : InputFormat.None;

    /// <summary>The format a file named on the command line is read in when its extension is unknown: a template, HTML detected automatically.</summary>
    public static InputFormat ForExplicit(InputFormat format) => format == InputFormat.None ? InputFormat.Liquid : format;
}
