using System.Collections.Immutable;

namespace CreepLint.Rules;

/// <summary>What the engine builder checks about a rule before (or without) compiling it: the names settings, suppressions
/// and other packs may use.</summary>
/// <remarks>A class, not a struct: the framework's generic code over a reference type is precompiled (ReadyToRun), over a
/// struct of this assembly it would be compiled at start-up.</remarks>
internal sealed record RuleEntry(string Id, string Name, CreepCategory Category, bool EnabledInFile, string Source, int Line, string Language);

/// <summary>
/// Lists the rules of an embedded rule file from its text, without parsing the YAML: a line scan of the block-style
/// <c>rules:</c> list the shipped packs are written in (<c>- id:</c>, then <c>name:</c>, <c>category:</c> and an optional
/// <c>enabled:</c> at the rule's own indent). It lets the builder compile the German, French and Spanish packs on their
/// first message while still checking every rule id a configuration names.
/// </summary>
/// <remarks>Only for the files this assembly embeds: <c>DeferredPackTests</c> holds its result equal to the compiled packs'
/// rules (ids, names, categories, <c>enabled</c>, file and line), so a shipped file written in another style fails there.</remarks>
internal static class RuleCatalog
{
    /// <summary>The rules of <paramref name="text"/>, a rule file named <paramref name="file"/>, in file order.</summary>
    public static ImmutableArray<RuleEntry> Scan(string text, string file, string language)
    {
        var entries = ImmutableArray.CreateBuilder<RuleEntry>();
        var inRules = false;
        string? id = null, name = null;
        CreepCategory? category = null;
        var enabled = true;
        int line = 0, start = 0, listIndent = -1, keyIndent = -1;

        // Lines end at '\n' as YAML's do ('\r' before it is trimmed below); not EnumerateLines, whose search for six
        // kinds of line end the JIT compiles at every start-up.
        for (var rest = text.AsSpan(); !rest.IsEmpty || line == 0;)
        {
            var end = rest.IndexOf('\n');
            var raw = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            line++;
            var indent = raw.Length - raw.TrimStart(' ').Length;
            var content = raw[indent..].TrimEnd();
            if (content.IsEmpty || content[0] == '#')
            {
                continue;
            }

            if (indent == 0)
            {
                Close();
                inRules = content.SequenceEqual("rules:");
                listIndent = -1;
                continue;
            }

            if (!inRules)
            {
                continue;
            }

            if (content.StartsWith("- ") && (listIndent < 0 || indent == listIndent))
            {
                listIndent = indent;
                Close();
                start = line;
                keyIndent = indent + 2;
                content = content[2..].TrimStart(' ');
            }
            else if (indent != keyIndent)
            {
                continue;
            }

            var colon = content.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = content[..colon];
            var value = Unquote(content[(colon + 1)..].Trim());
            if (key.SequenceEqual("id"))
            {
                id = value.ToString();
            }
            else if (key.SequenceEqual("name"))
            {
                name = value.ToString();
            }
            else if (key.SequenceEqual("category"))
            {
                category = CreepCategories.TryParse(value.ToString(), out var c) ? c : null;
            }
            else if (key.SequenceEqual("enabled"))
            {
                enabled = !value.Equals("false", StringComparison.OrdinalIgnoreCase);
            }
        }

        Close();
        return entries.ToImmutable();

        void Close()
        {
            if (id is not null && name is not null && category is { } c)
            {
                entries.Add(new RuleEntry(id, name, c, enabled, file, start, language));
            }

            (id, name, category, enabled, keyIndent) = (null, null, null, true, -1);
        }
    }

    /// <summary>The rules of a compiled pack, as <see cref="Scan"/> gives them for its files.</summary>
    public static ImmutableArray<RuleEntry> Of(Matching.CompiledRuleSet set) =>
        [.. set.Defined.Select(r => new RuleEntry(r.Info.Id, r.Info.Name, r.Info.Category, r.EnabledInFile, r.Info.Source, r.Info.Line, set.Language))];

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
