using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CreepLint.Text;

/// <summary>
/// The HTML5 named character references (<c>&amp;amp;</c>, <c>&amp;shy;</c>, <c>&amp;notin;</c>: about 2,200 names, with and
/// without the semicolon), embedded as <c>htmlentities.txt</c> so decoding needs no HTML library at run time. The table
/// is AngleSharp's, held equal by <c>HtmlEntityTableTests</c>.
/// </summary>
internal static class HtmlEntities
{
    private const string ResourceName = "CreepLint.Text.htmlentities.txt";

    private static readonly Lazy<FrozenDictionary<string, string>> s_table = new(Load);

    private static readonly Lazy<FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> s_lookup =
        new(() => s_table.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Every name (as written after <c>&amp;</c>, semicolon included where the name has one) and the text it stands for.</summary>
    public static FrozenDictionary<string, string> All => s_table.Value;

    /// <summary>The text a name stands for (<c>amp;</c> → <c>&amp;</c>), or null when it is no HTML5 character reference.</summary>
    public static string? Resolve(ReadOnlySpan<char> name) => s_lookup.Value.TryGetValue(name, out var symbol) ? symbol : null;

    /// <summary>The file's text for a table: a header, then one <c>name TAB code points in hex</c> line per name, in ordinal order.</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> entities)
    {
        var sb = new StringBuilder();
        sb.Append("# HTML5 named character references: name (as written after '&'), a tab, the code points it stands for in hex.\n");
        sb.Append("# Generated from AngleSharp's table by HtmlEntityTableTests; do not edit by hand.\n");
        foreach (var (name, symbol) in entities.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            sb.Append(name).Append('\t');
            var first = true;
            foreach (var rune in symbol.EnumerateRunes())
            {
                sb.Append(first ? string.Empty : " ").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture));
                first = false;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <exception cref="InvalidOperationException">The resource is missing: the assembly was built without it.</exception>
    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(HtmlEntities).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the CreepLint assembly.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var text = new StringBuilder();
            foreach (var hex in line[(tab + 1)..].Split(' '))
            {
                text.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[line[..tab]] = text.ToString();
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
