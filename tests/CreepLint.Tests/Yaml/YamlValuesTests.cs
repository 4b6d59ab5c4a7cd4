using CreepLint.Yaml;

namespace CreepLint.Tests.Yaml;

/// <summary>One reading of YAML values for rule files and configuration alike.</summary>
public sealed class YamlValuesTests
{
    private static readonly YamlCodes Codes = new("X0001", "X0002", "X0003");

    private static (T? Value, List<RuleDiagnostic> Problems) Read<T>(string yaml, Func<YamlValues, YamlNode, T?> read)
    {
        var diagnostics = new DiagnosticBag();
        var root = (YamlMapping)YamlReader.Read(yaml, "f.yaml", diagnostics)!;
        var value = read(new YamlValues("f.yaml", diagnostics, Codes), root.Get("v")!);
        return (value, [.. diagnostics.ToImmutable()]);
    }

    [TestCase("v: true", true)]
    [TestCase("v: yes", true)]
    [TestCase("v: On", true)]
    [TestCase("v: FALSE", false)]
    [TestCase("v: no", false)]
    [TestCase("v: off", false)]
    public void Booleans_read_the_same_everywhere(string yaml, bool expected)
    {
        var (value, problems) = Read(yaml, (y, n) => y.Bool(n, "'v'"));
        Assert.That((value, problems.Count), Is.EqualTo(((bool?)expected, 0)));
    }

    [TestCase("v: \"true\"", "1:4", "X0002", "'v' must be true or false, not the quoted text 'true' (write it without quotes)")]
    [TestCase("v: maybe", "1:4", "X0002", "'v' must be true or false, not 'maybe'")]
    [TestCase("v: [true]", "1:4", "X0002", "'v' must be true or false, not a list")]
    public void A_value_that_is_not_a_boolean_is_an_error_at_its_position(string yaml, string position, string code, string message)
    {
        var (value, problems) = Read(yaml, (y, n) => y.Bool(n, "'v'"));
        Assert.That(value, Is.Null);
        Assert.That(problems.Single().ToString(), Does.StartWith($"f.yaml:{position}: error {code}: {message}"));
    }

    [TestCase("v: 7", 7.0, 0)]
    [TestCase("v: 70", null, 1)]
    [TestCase("v: '7'", null, 1)]
    [TestCase("v: 2.5", null, 1)]
    public void Whole_numbers_are_unquoted_and_in_range(string yaml, double? expected, int problemCount)
    {
        var (value, problems) = Read(yaml, (y, n) => y.Number(n, "'v'", 1, 10, whole: true));
        Assert.That((value, problems.Count), Is.EqualTo((expected, problemCount)));
    }

    [Test]
    public void Rule_files_accept_the_booleans_the_configuration_accepts()
    {
        const string rule = """
            rules:
              - id: XX1001
                name: test-rule
                category: surveillance-language
                severity: warning
                confidence: 60
                message: "Watching: '{match}'."
                why: Test.
                suggestion: Don't.
                enabled: yes
                near:
                  terms: [["we"], ["watch"]]
                  within: 2
                  ordered: on
            """;
        var engine = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRules(rule, "test.yaml").Build();
        Assert.That(engine.Lint("We always watch you.").Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "XX1001" }));
    }
}
