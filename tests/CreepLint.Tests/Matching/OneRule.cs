namespace CreepLint.Tests.Matching;

/// <summary>
/// An engine with test rules and nothing else (no default pack, no model), for tests of how the matcher reads a term:
/// each rule's header is fixed, its matching part (<c>phrases</c>, <c>near</c>) is the caller's YAML, written from column 0.
/// </summary>
internal static class OneRule
{
    public static CreepLintEngine Engine(string id, string category, string match) => Engine((id, category, match));

    /// <summary>Several such rules in one pack, so a test can show what one rule's terms do to another's matches.</summary>
    public static CreepLintEngine Engine(params (string Id, string Category, string Match)[] rules)
    {
        var yaml = "rules:\n" + string.Concat(rules.Select(r => Rule(r.Id, r.Category, r.Match)));
        return CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules(yaml, $"{rules[0].Id}.yaml").Build();
    }

    private static string Rule(string id, string category, string match)
    {
        var body = string.Join('\n', match.Trim().Split('\n').Select(line => "    " + line.TrimEnd('\r')));
        return $"""
              - id: {id}
                name: test-rule-{id.ToLowerInvariant()}
                category: {category}
                severity: warning
                confidence: 70
                message: "m"
                why: "w"
                suggestion: "s"
            {body}

            """;
    }
}
