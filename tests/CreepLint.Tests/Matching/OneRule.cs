namespace CreepLint.Tests.Matching;

/// <summary>
/// An engine with one test rule and nothing else (no default pack, no model), for tests of how the matcher reads a term:
/// the rule's header is fixed, its matching part (<c>phrases</c>, <c>near</c>) is the caller's YAML, written from column 0.
/// </summary>
internal static class OneRule
{
    public static CreepLintEngine Engine(string id, string category, string match)
    {
        var body = string.Join('\n', match.Trim().Split('\n').Select(line => "    " + line.TrimEnd('\r')));
        return CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules($"""
            rules:
              - id: {id}
                name: test-rule
                category: {category}
                severity: warning
                confidence: 70
                message: "m"
                why: "w"
                suggestion: "s"
            {body}
            """, $"{id}.yaml").Build();
    }
}
