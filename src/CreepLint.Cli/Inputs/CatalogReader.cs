using System.Collections.Immutable;
using System.Text.Json;
using CreepLint.Language;
using CreepLint.Rules;
using CreepLint.Suppressions;
using CreepLint.Text;
using CreepLint.Yaml;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Reads message catalogs in YAML or JSON: a top-level <c>messages:</c> list of <c>{ id, subject, preheader, body, sms, push, rationale, suppress }</c>
/// (or a mapping keyed by id). Each field is its own item, named <c>file#id/field</c>, positioned in the user's file.
/// </summary>
internal static class CatalogReader
{
    public static readonly string[] Parts = ["subject", "preheader", "body", "sms", "push", "rationale"];

    /// <summary>Whether the text parses and has a top-level <c>messages</c> key; non-catalog YAML and JSON found by a directory walk are skipped silently.</summary>
    public static YamlNode? ParseIfCatalog(string text, bool json, SourceFile file, ProblemSink problems, bool explicitlyGiven)
    {
        YamlNode? root;
        if (json)
        {
            try
            {
                root = JsonTreeReader.Read(text);
            }
            catch (JsonException ex)
            {
                problems.Add(new InputProblem(file.DisplayPath, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1,
                    $"invalid JSON: {ex.Message.Split(" LineNumber:")[0].Split(" Path:")[0]}", JsonDepth.CodeFor(ex)));
                return null;
            }
        }
        else
        {
            var diagnostics = new DiagnosticBag();
            root = YamlReader.Read(text, file.DisplayPath, diagnostics);
            if (diagnostics.Count > 0)
            {
                foreach (var d in diagnostics.ToImmutable())
                {
                    // CL0003 is the reader's depth and size limit: the catalog is not read, which must not pass (CL0211).
                    problems.Add(new InputProblem(file.DisplayPath, d.Line, d.Column, d.Message, d.Code == "CL0003" ? "CL0211" : "CL0205"));
                }

                return null;
            }
        }

        if (root is YamlMapping map && map.Get("messages") is not null)
        {
            return root;
        }

        if (explicitlyGiven)
        {
            problems.Add(new InputProblem(file.DisplayPath, root?.Position.Line ?? 1, root?.Position.Column ?? 1,
                "is not a message catalog: expected a top-level 'messages:' list of { id, subject, preheader, body, sms, push, rationale }", "CL0206"));
        }

        return null;
    }

    /// <summary>Deepest nesting of a message's metadata searched for personal values; deeper keys are not personal fields.</summary>
    private const int MaxPersonalDepth = 8;

    /// <summary>The text values of the message's keys (dotted paths below it: <c>customer</c>, <c>sample.first_name</c>) that a <c>personal-fields</c> glob matches.</summary>
    private static string[] PersonalValues(YamlMapping message, IReadOnlyList<Matching.FieldGlob> globs)
    {
        if (globs.Count == 0)
        {
            return [];
        }

        var values = new List<string>();
        foreach (var (key, value) in message.Entries)
        {
            if (Array.IndexOf(Parts, key.Value) < 0 && key.Value is not ("id" or "suppress" or "lang"))
            {
                Collect(key.Value, value, globs, values, 0);
            }
        }

        return [.. values.Distinct(StringComparer.Ordinal)];

        static void Collect(string path, YamlNode node, IReadOnlyList<Matching.FieldGlob> globs, List<string> values, int depth)
        {
            switch (node)
            {
                case YamlScalar { IsNull: false } scalar when !string.IsNullOrWhiteSpace(scalar.Value) && globs.Any(g => g.IsMatch(path)):
                    values.Add(scalar.Value.Trim());
                    break;
                case YamlMapping map when depth < MaxPersonalDepth:
                    foreach (var (k, v) in map.Entries)
                    {
                        Collect($"{path}.{k.Value}", v, globs, values, depth + 1);
                    }

                    break;
                case YamlSequence list when depth < MaxPersonalDepth:
                    foreach (var item in list.Items)
                    {
                        Collect(path, item, globs, values, depth + 1);
                    }

                    break;
            }
        }
    }

    public static IEnumerable<LintItem> Read(YamlNode root, string text, SourceFile file, KnownRules known, ProblemSink problems)
    {
        var messagesNode = ((YamlMapping)root).Get("messages")!;
        var lines = new LineIndex(text);
        var messages = new List<(string Id, YamlMapping Map)>();
        switch (messagesNode)
        {
            case YamlSequence list:
                var index = 0;
                foreach (var entry in list.Items)
                {
                    index++;
                    if (entry is not YamlMapping m)
                    {
                        Problem(problems, file, entry, $"each message must be a mapping with an 'id' and its parts, not {entry.KindName}");
                        continue;
                    }

                    if (m.Get("id") is YamlScalar { IsNull: false } id)
                    {
                        messages.Add((id.Value, m));
                    }
                    else
                    {
                        Problem(problems, file, m, $"message {index} has no 'id'; give each message a stable id such as 'spring-sale'");
                    }
                }

                break;
            case YamlMapping byId:
                foreach (var (key, value) in byId.Entries)
                {
                    if (value is YamlMapping m)
                    {
                        messages.Add((key.Value, m));
                    }
                    else
                    {
                        Problem(problems, file, value, $"message '{key.Value}' must be a mapping of its parts, not {value.KindName}");
                    }
                }

                break;
            default:
                Problem(problems, file, messagesNode, $"'messages' must be a list of messages or a mapping keyed by id, not {messagesNode.KindName}");
                break;
        }

        foreach (var (id, map) in messages)
        {
            var suppress = ReadSuppress(map.Get("suppress"), file, known, problems);
            var personal = PersonalValues(map, file.PersonalFields);
            string? language = null;
            if (map.Get("lang") is { } langNode)
            {
                if (langNode is YamlScalar { IsNull: false } langScalar && ItemLanguage.Parse(langScalar.Value) is { } parsed)
                {
                    language = parsed.Length == 0 ? null : parsed;
                }
                else
                {
                    Problem(problems, file, langNode, ItemLanguage.Problem($"'{id}/lang'"));
                }
            }

            var any = false;
            foreach (var (key, value) in map.Entries)
            {
                if (Array.IndexOf(Parts, key.Value) < 0)
                {
                    continue; // Other keys (locale, tags, owner) are the team's metadata.
                }

                if (value is not YamlScalar scalar)
                {
                    Problem(problems, file, value, $"'{id}/{key.Value}' must be text, not {value.KindName}");
                    continue;
                }

                if (scalar.IsNull)
                {
                    continue;
                }

                any = true;
                var start = lines.OffsetOf(scalar.Position.Line, scalar.Position.Column);
                yield return new LintItem(file.DisplayPath, $"{id}/{key.Value}", key.Value == "rationale" ? MessageKind.Rationale : MessageKind.Message,
                    scalar.Value, key.Value == "body" ? TextFormat.Auto : TextFormat.PlainText, scalar.Position.Line, scalar.Position.Column)
                {
                    File = file,
                    PersonalValues = personal,
                    Map = new EmbeddedSourceMap(text, start, lines),
                    Channel = key.Value,
                    Suppress = suppress,
                    Language = language,
                };
            }

            if (!any)
            {
                Problem(problems, file, map, $"message '{id}' has none of {string.Join(", ", Parts)}; nothing to lint", "note");
            }
        }
    }

    /// <summary><c>suppress:</c> entries: <c>"CL1001 -- reason"</c> or <c>{ rule: CL1001, reason: … }</c>.</summary>
    private static ImmutableArray<Directive> ReadSuppress(YamlNode? node, SourceFile file, KnownRules known, ProblemSink problems)
    {
        if (node is null)
        {
            return [];
        }

        var items = node is YamlSequence seq ? seq.Items : [node];
        var result = ImmutableArray.CreateBuilder<Directive>();
        foreach (var item in items)
        {
            Directive? directive = item switch
            {
                YamlScalar { IsNull: false } s => FromText(s.Value, s),
                YamlMapping m when m.Get("rule") is YamlScalar rule => new Directive(DirectiveScope.Message, [rule.Value],
                    m.Get("reason") is YamlScalar { IsNull: false } r && !string.IsNullOrWhiteSpace(r.Value) ? r.Value.Trim() : null, m.Position.Line, m.Position.Column),
                _ => null,
            };
            if (directive is null)
            {
                Problem(problems, file, item, "a 'suppress' entry must be \"RULE -- reason\" or { rule: RULE, reason: … }");
                continue;
            }

            DirectiveParser.Validate(directive, known, problems.For(file.DisplayPath));
            result.Add(directive);
        }

        return result.ToImmutable();

        static Directive FromText(string text, YamlNode at)
        {
            var (ids, reason) = DirectiveParser.SplitReason(text);
            return new Directive(DirectiveScope.Message, ids, reason, at.Position.Line, at.Position.Column);
        }
    }

    private static void Problem(ProblemSink problems, SourceFile file, YamlNode at, string message, string level = "error") =>
        problems.Add(new InputProblem(file.DisplayPath, at.Position.Line, at.Position.Column, message, "CL0206", level));
}
