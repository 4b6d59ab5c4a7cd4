using System.Text.RegularExpressions;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>.NET <c>.resx</c>: each string <c>&lt;data name="…"&gt;&lt;value&gt;</c> is a message named by its key; typed and binary resources are skipped.</summary>
internal static partial class Resx
{
    [GeneratedRegex(@"<data(?=[\s/>])(?<attrs>[^>]*?)(?<empty>/?)>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Data();

    [GeneratedRegex(@"<value\s*(?<empty>/?)>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Value();

    public static void Read(string text, StringSink sink)
    {
        var xml = XmlStrings.BlankComments(text);
        var at = 0;
        while (Data().Match(xml, at) is { Success: true } data)
        {
            var attrs = data.Groups["attrs"].Value;
            var name = XmlStrings.Attribute(attrs, "name") ?? throw new LocalisationException(data.Index, "<data> has no name attribute; every resource needs name=\"…\"");
            var contentStart = data.Index + data.Length;
            if (data.Groups["empty"].Length > 0)
            {
                at = contentStart;
                continue;
            }

            var close = XmlStrings.CloseOf(xml, contentStart, "</data>", data.Index, $"<data name=\"{name}\">");
            at = close + 7;
            if (XmlStrings.Attribute(attrs, "type") is not null || XmlStrings.Attribute(attrs, "mimetype") is not null || name.StartsWith(">>", StringComparison.Ordinal))
            {
                continue; // Images, icons and designer metadata, not text.
            }

            if (Value().Match(xml, contentStart) is { Success: true } value && value.Index < close && value.Groups["empty"].Length == 0)
            {
                var valueStart = value.Index + value.Length;
                var valueClose = XmlStrings.CloseOf(xml, valueStart, "</value>", value.Index, $"the <value> of '{name}'");
                sink(name, XmlStrings.Decode(text, valueStart, valueClose), valueStart, valueClose);
            }
        }
    }
}
