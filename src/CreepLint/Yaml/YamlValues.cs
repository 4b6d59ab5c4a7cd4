using System.Globalization;
using CreepLint.Rules;

namespace CreepLint.Yaml;

/// <summary>The diagnostic codes a kind of file reports YAML value problems under.</summary>
/// <param name="UnknownKey">A key the mapping does not allow.</param>
/// <param name="WrongType">A value of the wrong shape (a list where text belongs, a word where a number belongs).</param>
/// <param name="OutOfRange">A number outside its range.</param>
internal readonly record struct YamlCodes(string UnknownKey, string WrongType, string OutOfRange);

/// <summary>
/// Reads typed values out of the nodes of one YAML file, the same way for rule files and configuration: text, booleans
/// (<c>true</c>/<c>false</c>, <c>yes</c>/<c>no</c>, <c>on</c>/<c>off</c>, unquoted), numbers in a range (unquoted),
/// lists of text and known keys. Every problem goes to the file's <see cref="DiagnosticBag"/> as file:line:column with
/// the caller's codes, and the value reads as missing (null), so a reader goes on and reports everything at once.
/// </summary>
internal sealed class YamlValues(string file, DiagnosticBag diagnostics, YamlCodes codes)
{
    private static readonly string[] s_true = ["true", "yes", "on"];
    private static readonly string[] s_false = ["false", "no", "off"];

    public string File => file;

    public DiagnosticBag Diagnostics => diagnostics;

    public void Error(YamlNode node, string code, string message) => diagnostics.Add(file, node, code, message);

    /// <summary>The node as <typeparamref name="T"/>, or null after "<paramref name="what"/> must be <paramref name="shape"/>, not …".</summary>
    public T? Expect<T>(YamlNode node, string what, string shape)
        where T : YamlNode
    {
        if (node is T typed)
        {
            return typed;
        }

        Error(node, codes.WrongType, $"{what} must be {shape}, not {node.Found}");
        return null;
    }

    /// <summary>The text of a scalar that is not null, quoted or not.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        Error(node, codes.WrongType, $"{what} must be text, not {node.Found}");
        return null;
    }

    /// <summary>One text or a list of them.</summary>
    public List<string> TextList(YamlNode node, string what, bool allowSingle = false)
    {
        if (allowSingle && node is YamlScalar { IsNull: false } single)
        {
            return [single.Value];
        }

        var result = new List<string>();
        if (Expect<YamlSequence>(node, what, "a list of text") is { } list)
        {
            foreach (var item in list.Items)
            {
                if (Text(item, $"an entry of {what}") is { } text)
                {
                    result.Add(text);
                }
            }
        }

        return result;
    }

    /// <summary>An unquoted <c>true</c>, <c>yes</c> or <c>on</c> (true) or <c>false</c>, <c>no</c> or <c>off</c> (false), in any case.</summary>
    public bool? Bool(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false, Quoted: false } scalar)
        {
            if (s_true.Contains(scalar.Value, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }

            if (s_false.Contains(scalar.Value, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        Error(node, codes.WrongType, $"{what} must be true or false, not {Describe(node)}");
        return null;
    }

    /// <summary>An unquoted number from <paramref name="min"/> to <paramref name="max"/>; with <paramref name="whole"/>, an integer.</summary>
    public double? Number(YamlNode node, string what, double min, double max, bool whole = false)
    {
        var kind = whole ? "a whole number" : "a number";
        var styles = whole ? NumberStyles.Integer : NumberStyles.Float;
        if (node is not YamlScalar { IsNull: false, Quoted: false } scalar || !double.TryParse(scalar.Value, styles, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
        {
            Error(node, codes.WrongType, $"{what} must be {kind} from {Format(min)} to {Format(max)}, not {Describe(node)}");
            return null;
        }

        if (value < min || value > max)
        {
            Error(node, codes.OutOfRange, $"{what} must be {kind} from {Format(min)} to {Format(max)}, not {scalar.Value}");
            return null;
        }

        return value;
    }

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/>, with a "did you mean".</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="known">The keys it may have.</param>
    /// <param name="what">What a key is called here ("setting", "key").</param>
    /// <param name="context">Where the mapping is ("rule", "'near'"), or null.</param>
    public void CheckKeys(YamlMapping map, IReadOnlyList<string> known, string what, string? context = null)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var where = context is null ? string.Empty : $" in {context}";
                Error(key, codes.UnknownKey, $"unknown {what} '{key.Value}'{where}{Spelling.DidYouMean(key.Value, known)}; allowed keys: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>How an error names a value: the quoted text it was, or the kind of node.</summary>
    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar { IsNull: false, Quoted: true } s => $"the quoted text '{s.Value}' (write it without quotes)",
        YamlScalar { IsNull: false } s => $"'{s.Value}'",
        _ => node.Found,
    };

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
