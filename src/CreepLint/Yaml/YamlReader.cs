using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CreepLint.Yaml;

/// <summary>
/// Reads YAML into <see cref="YamlNode"/>s with positions. Deliberately small: no type is ever instantiated from
/// YAML, anchors and aliases are refused (no "billion laughs"), custom tags are refused, and depth and size are bounded.
/// </summary>
internal static class YamlReader
{
    /// <summary>Deepest nesting accepted; rule and config files need fewer than ten levels.</summary>
    private const int MaxDepth = 64;

    /// <summary>Most nodes in one file; the default pack uses a few thousand.</summary>
    private const int MaxNodes = 500_000;

    private static readonly HashSet<string> s_coreTags =
    [
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "!", "?",
    ];

    /// <summary>Parses one YAML document; returns null (with diagnostics added) when the text is not valid YAML.</summary>
    public static YamlNode? Read(string text, string file, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var nodes = 0;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, diagnostics, 0, ref nodes);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                diagnostics.Add(file, next.Start.Line, next.Start.Column, "CL0002", "only one YAML document is allowed per file; remove the second '---' section or move it to its own file");
                return null;
            }

            return root;
        }
        catch (YamlException ex) when (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndent(text) is { } tab)
        {
            // The parser places tab errors at the start of the enclosing block; the tab itself is what the user must fix.
            diagnostics.Add(file, tab.Line, tab.Column, "CL0001", "invalid YAML: a tab indents this line; YAML indents with spaces only");
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(file, (int)ex.Start.Line, (int)ex.Start.Column, "CL0001", $"invalid YAML: {TrimYamlMessage(ex.Message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this (not a YamlException) when a damaged document ends inside a structure.
            var (line, column) = EndOf(text);
            diagnostics.Add(file, line, column, "CL0001", "invalid YAML: the document ends inside a list or mapping; check the indentation and closing brackets above");
            return null;
        }
        catch (AbortReadException)
        {
            return null;
        }
    }

    /// <summary>The position of the first tab in a line's leading whitespace, if any.</summary>
    private static YamlPosition? FirstTabIndent(string text)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                return new YamlPosition(line, column);
            }

            atLineStart &= c == ' ';
            column++;
        }

        return null;
    }

    private static (int Line, int Column) EndOf(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, text.Length - lineStart + 1);
    }

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (Line: ...): "; we report the position ourselves.
        var idx = message.LastIndexOf("): ", StringComparison.Ordinal);
        return idx >= 0 ? message[(idx + 3)..] : message;
    }

    private static YamlNode ReadNode(IParser parser, string file, DiagnosticBag diagnostics, int depth, ref int nodes)
    {
        if (++nodes > MaxNodes)
        {
            var at = parser.Current!;
            diagnostics.Add(file, at.Start.Line, at.Start.Column, "CL0003", $"the file has more than {MaxNodes:N0} YAML nodes; split it into smaller files");
            throw new AbortReadException();
        }

        if (depth > MaxDepth)
        {
            var at = parser.Current!;
            diagnostics.Add(file, at.Start.Line, at.Start.Column, "CL0003", $"YAML is nested more than {MaxDepth} levels deep");
            throw new AbortReadException();
        }

        var current = parser.Current!;
        var position = new YamlPosition((int)current.Start.Line, (int)current.Start.Column);
        switch (current)
        {
            case AnchorAlias alias:
                diagnostics.Add(file, position.Line, position.Column, "CL0004", $"YAML aliases (*{alias.Value}) are not supported; write the value out in full");
                throw new AbortReadException();
            case NodeEvent { Anchor.IsEmpty: false } anchored:
                diagnostics.Add(file, position.Line, position.Column, "CL0004", $"YAML anchors (&{anchored.Anchor}) are not supported; write the value out in full");
                throw new AbortReadException();
            case NodeEvent { Tag.IsEmpty: false } tagged when !s_coreTags.Contains(tagged.Tag.Value):
                diagnostics.Add(file, position.Line, position.Column, "CL0005", $"custom YAML tag '{tagged.Tag.Value}' is not allowed; remove the tag");
                throw new AbortReadException();
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(position, scalar.Value, scalar.Style != ScalarStyle.Plain, scalar.Style);
            case SequenceStart:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, file, diagnostics, depth + 1, ref nodes));
                }

                return new YamlSequence(position, items);
            }

            case MappingStart:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, file, diagnostics, depth + 1, ref nodes);
                    var value = ReadNode(parser, file, diagnostics, depth + 1, ref nodes);
                    if (keyNode is not YamlScalar key)
                    {
                        diagnostics.Add(file, keyNode.Position.Line, keyNode.Position.Column, "CL0006", "mapping keys must be plain text");
                        continue;
                    }

                    if (!seen.Add(key.Value))
                    {
                        diagnostics.Add(file, key.Position.Line, key.Position.Column, "CL0007", $"duplicate key '{key.Value}'; each key may appear once in a mapping");
                        continue;
                    }

                    entries.Add(KeyValuePair.Create(key, value));
                }

                return new YamlMapping(position, entries);
            }

            default:
                diagnostics.Add(file, position.Line, position.Column, "CL0001", $"unexpected YAML element {current.GetType().Name}");
                throw new AbortReadException();
        }
    }

    private sealed class AbortReadException : Exception;
}
