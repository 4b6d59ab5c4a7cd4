namespace CreepLint.Yaml;

/// <summary>A position in a YAML file (one-based line and column).</summary>
internal readonly record struct YamlPosition(int Line, int Column);

/// <summary>A node of a YAML document with its position; the only shape rule and config files are read into.</summary>
internal abstract class YamlNode(YamlPosition position)
{
    public YamlPosition Position { get; } = position;

    public abstract string KindName { get; }

    /// <summary>How an error message names what was found here: "empty" for a null scalar, otherwise its kind.</summary>
    public string Found => this is YamlScalar { IsNull: true } ? "empty" : KindName;
}

internal sealed class YamlScalar(YamlPosition position, string value, bool quoted, YamlDotNet.Core.ScalarStyle style) : YamlNode(position)
{
    public string Value { get; } = value;

    /// <summary>Whether the scalar was written in quotes or as a block (so "yes" stays a string).</summary>
    public bool Quoted { get; } = quoted;

    public YamlDotNet.Core.ScalarStyle Style { get; } = style;

    public override string KindName => "a scalar";

    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed class YamlSequence(YamlPosition position, List<YamlNode> items) : YamlNode(position)
{
    public List<YamlNode> Items { get; } = items;

    public override string KindName => "a list";
}

internal sealed class YamlMapping(YamlPosition position, List<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(position)
{
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string KindName => "a mapping";

    public YamlNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (k.Value == key)
            {
                return v;
            }
        }

        return null;
    }
}
