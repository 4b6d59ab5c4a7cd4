using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreepLint.Text;
using CreepLint.Yaml;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>
/// i18next (and similar) JSON translation files, nested keys joined with '.' (<c>cart.reminder.title</c>), and Flutter
/// <c>.arb</c> files, whose <c>@key</c> metadata entries are skipped. Each string value is a message named by its key.
/// </summary>
internal static partial class I18nextJson
{
    private static readonly string[] s_folders = ["locales", "locale", "i18n", "l10n", "lang", "langs", "languages", "translations", "messages"];

    [GeneratedRegex(@"^[a-z]{2}([-_][A-Za-z]{2,4})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LocaleCode();

    /// <summary>Whether a JSON file found by a walk sits where translations live (a locales/ or i18n/ folder, a locale-named file or folder).</summary>
    public static bool IsLocalisationPath(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (s_folders.Contains(segments[i], StringComparer.OrdinalIgnoreCase) || LocaleCode().IsMatch(segments[i]))
            {
                return true;
            }
        }

        return LocaleCode().IsMatch(Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Whether the JSON is an object whose leaves are all strings (nested objects and string lists allowed), with at least one.</summary>
    public static bool Looks(string text)
    {
        try
        {
            return JsonTreeReader.Read(text) is YamlMapping root && OnlyStrings(root) > 0;
        }
        catch (JsonException)
        {
            return false;
        }

        static int OnlyStrings(YamlNode node) => node switch
        {
            YamlScalar { Quoted: true } => 1,
            YamlMapping map => map.Entries.Aggregate(0, (n, e) => n < 0 || OnlyStrings(e.Value) is var k && k < 0 ? -1 : n + k),
            YamlSequence list => list.Items.Aggregate(0, (n, e) => n < 0 || OnlyStrings(e) is var k && k < 0 ? -1 : n + k),
            _ => -1,
        };
    }

    public static void Read(string text, bool arb, StringSink sink)
    {
        YamlNode root;
        var lines = new LineIndex(text);
        try
        {
            root = JsonTreeReader.Read(text);
        }
        catch (JsonException ex)
        {
            throw new LocalisationException(lines.OffsetOf((int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                $"invalid JSON: {ex.Message.Split(" LineNumber:")[0].Split(" Path:")[0]}");
        }

        if (root is not YamlMapping map)
        {
            throw new LocalisationException(0, $"a translation file must be a JSON object of keys to strings, not {root.KindName}");
        }

        Walk(map, null, arb, text, lines, sink);
    }

    private static void Walk(YamlNode node, string? prefix, bool arb, string text, LineIndex lines, StringSink sink)
    {
        switch (node)
        {
            case YamlMapping map:
                foreach (var (key, value) in map.Entries)
                {
                    if (arb && key.Value.StartsWith('@'))
                    {
                        continue; // "@key" descriptions and "@@locale" are for translators.
                    }

                    Walk(value, prefix is null ? key.Value : $"{prefix}.{key.Value}", arb, text, lines, sink);
                }

                break;
            case YamlSequence list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Walk(list.Items[i], $"{prefix}/{i.ToString(CultureInfo.InvariantCulture)}", arb, text, lines, sink);
                }

                break;
            case YamlScalar { Quoted: true } scalar:
                var quote = lines.OffsetOf(scalar.Position.Line, scalar.Position.Column);
                var decoded = new LocalisedString();
                var end = DecodeString(text, quote, decoded);
                sink(prefix ?? string.Empty, decoded, quote + 1, end);
                break;
        }
    }

    /// <summary>Decodes the JSON string whose opening quote is at <paramref name="quote"/>; returns the index of its closing quote.</summary>
    private static int DecodeString(string text, int quote, LocalisedString value)
    {
        var i = quote + 1;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                var n = text[i + 1];
                if (n == 'u' && i + 6 <= text.Length && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp))
                {
                    value.Append((char)cp, i);
                    i += 6;
                    continue;
                }

                value.Append(n switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => n }, i);
                i += 2;
                continue;
            }

            value.Append(text[i], i);
            i++;
        }

        return i;
    }
}
