using System.Text.Json;
using CreepLint.Cli.Tests.Support;
using CreepLint.Yaml;

namespace CreepLint.Cli.Tests;

/// <summary>Lints samples/template-repo end to end, the way its GitHub Actions workflow does.</summary>
public sealed class SampleRepoTests
{
    private static string SampleRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "template-repo");
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("samples/template-repo not found above the test directory");
    }

    private static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TextReader.Null) { WorkingDirectory = SampleRoot(), Environment = _ => null };
        var code = CliApp.Run(args, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    [Test]
    public void Sample_repository_passes_with_its_baseline_and_suppressions()
    {
        var result = Run("lint", "--format", "json");
        using var doc = JsonDocument.Parse(result.Out);
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.ToString());
            Assert.That(summary.GetProperty("files").GetInt32(), Is.EqualTo(7));
            Assert.That(summary.GetProperty("messages").GetInt32(), Is.EqualTo(20));
            Assert.That(summary.GetProperty("suppressed").GetInt32(), Is.EqualTo(2));
            Assert.That(summary.GetProperty("baselined").GetInt32(), Is.EqualTo(2), "the rule finding and the model finding of the legacy email");
            Assert.That(doc.RootElement.GetProperty("problems").GetArrayLength(), Is.Zero, "no reasonless or unused suppressions, no broken inputs");
        });
    }

    [Test]
    public void Sample_repository_fails_without_its_baseline_on_the_legacy_email()
    {
        var result = Run("lint", "--no-baseline");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
            Assert.That(result.Out, Does.Contain("emails/winback.html:9:6: error CL3001"));
        });
    }

    [Test]
    public void Sample_repository_positions_point_into_the_catalog_and_mjml_sources()
    {
        var result = Run("lint");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain("catalog/spring-campaign.yaml:22:38: suppressed CL9103"));
            Assert.That(result.Out, Does.Contain("emails/back-in-stock.mjml:12:18: suppressed CL5001"));
        });
    }

    [Test]
    public void Sample_repository_sarif_validates_and_shows_suppressions()
    {
        var result = Run("lint", "--format", "sarif");
        using var doc = JsonDocument.Parse(result.Out);
        var errors = SchemaValidator.LoadSarif().Validate(doc.RootElement);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(20)));
            Assert.That(results.Select(r => r.GetProperty("suppressions")[0].GetProperty("kind").GetString()), Is.EquivalentTo(new[] { "external", "inSource" }));
        });
    }

    [Test]
    public void Workflow_installs_the_tool_lints_to_sarif_and_uploads_it()
    {
        var path = Path.Combine(SampleRoot(), ".github", "workflows", "creeplint.yml");
        var text = File.ReadAllText(path);
        var diagnostics = new CreepLint.Yaml.DiagnosticBag();
        var root = CreepLint.Yaml.YamlReader.Read(text, path, diagnostics);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Count, Is.Zero, "the workflow is valid YAML");
            Assert.That(root, Is.InstanceOf<CreepLint.Yaml.YamlMapping>());
            Assert.That(text, Does.Contain("dotnet tool install --global CreepLint.Cli"));
            Assert.That(text, Does.Contain("creeplint lint . --format sarif --output creeplint.sarif"));
            Assert.That(text, Does.Contain("uses: github/codeql-action/upload-sarif@v3"));
            Assert.That(text, Does.Contain("security-events: write"));
        });
    }
}
