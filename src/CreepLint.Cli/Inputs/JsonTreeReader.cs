using System.Text.Json;
using System.Text;
using CreepLint.Rules;
using CreepLint.Yaml;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Reads a JSON document into the same positioned node tree the YAML reader produces, so catalogs in YAML and JSON share
/// one reader and report the same line and column in the user's file.
/// </summary>
internal static class JsonTreeReader
{
    /// <summary>Deepest nesting accepted; catalogs need four levels.</summary>
    private const int MaxDepth = 64;

    /// <summary>Parses JSON; throws <see cref="JsonException"/> with a one-based line and column on invalid input.</summary>
    public static YamlNode Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var positions = new BytePositions(bytes);
        if (!reader.Read())
        {
            throw new JsonException("the file holds no JSON value", null, 0, 0);
        }

        return ReadValue(ref reader, positions);
    }

    private static YamlNode ReadValue(ref Utf8JsonReader reader, BytePositions positions)
    {
        var position = positions.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = new YamlScalar(positions.At(reader.TokenStartIndex), reader.GetString()!, true, YamlDotNet.Core.ScalarStyle.DoubleQuoted);
                    reader.Read();
                    entries.Add(KeyValuePair.Create(key, ReadValue(ref reader, positions)));
                }

                return new YamlMapping(position, entries);
            }

            case JsonTokenType.StartArray:
            {
                var items = new List<YamlNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, positions));
                }

                return new YamlSequence(position, items);
            }

            case JsonTokenType.String:
                return new YamlScalar(position, reader.GetString()!, true, YamlDotNet.Core.ScalarStyle.DoubleQuoted);
            case JsonTokenType.Null:
                return new YamlScalar(position, "null", false, YamlDotNet.Core.ScalarStyle.Plain);
            default:
                return new YamlScalar(position, Encoding.UTF8.GetString(reader.ValueSpan), false, YamlDotNet.Core.ScalarStyle.Plain);
        }
    }

    /// <summary>Converts increasing byte offsets to one-based line and UTF-16 column.</summary>
    private sealed class BytePositions(byte[] bytes)
    {
        private long _offset;
        private int _line = 1;
        private int _column = 1;

        public YamlPosition At(long offset)
        {
            while (_offset < offset && _offset < bytes.Length)
            {
                var b = bytes[_offset];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    _column += b >= 0xF0 ? 2 : 1; // A four-byte sequence is a surrogate pair: two UTF-16 columns.
                }

                _offset++;
            }

            return new YamlPosition(_line, _column);
        }
    }
}
