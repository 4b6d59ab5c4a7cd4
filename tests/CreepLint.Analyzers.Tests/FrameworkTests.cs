using Basic.Reference.Assemblies;
using CreepLint.Analyzers.Fixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CreepLint.Analyzers.Tests;

/// <summary>The analyzer test framework: exact spans from markup, <c>.editorconfig</c> severities, the code fix, and the attribute generator.</summary>
public sealed class FrameworkTests
{
    /// <summary>No reference pack is downloaded: the framework gets .NET 10's reference assemblies from Basic.Reference.Assemblies.</summary>
    private static readonly ReferenceAssemblies s_net100 = new("net10.0");

    private const string Rakes = """
        using CreepLint;
        public static class Garden
        {
            [MessageTemplate] public static string Subject => "{|#0:We noticed|} you like rakes, so here's a sale on brooms.";
        }
        """;

    private static T Configure<T>(T test)
        where T : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = s_net100;
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        test.TestState.Sources.Add(("Attribute.g.cs", AnalyzerRun.AttributeSource));
        if (test is CodeFixTest<DefaultVerifier> fix)
        {
            fix.FixedState.Sources.Add(("Attribute.g.cs", AnalyzerRun.AttributeSource));
        }

        return test;
    }

    [Test]
    public async Task Markup_span_and_severity()
    {
        var test = Configure(new CSharpAnalyzerTest<CreepLintAnalyzer, DefaultVerifier> { TestCode = Rakes });
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CL5001", DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }

    [Test]
    public async Task Editorconfig_severity_none_silences_a_rule()
    {
        // Escalation (severity = error, -warnaserror) and category keys are held by the package test's real dotnet build.
        var silenced = Configure(new CSharpAnalyzerTest<CreepLintAnalyzer, DefaultVerifier> { TestCode = Rakes });
        silenced.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CL5001.severity = none\n"));
        await silenced.RunAsync();
    }

    [Test]
    public async Task Code_fix_inserts_a_suppression_comment_with_a_reason_to_fill_in()
    {
        var test = Configure(new CSharpCodeFixTest<CreepLintAnalyzer, SuppressionCodeFix, DefaultVerifier>
        {
            TestCode = Rakes,
            FixedCode = $$"""
                using CreepLint;
                public static class Garden
                {
                    // creeplint-disable-next-line CL5001 -- {{SuppressionCodeFix.ReasonPlaceholder}}
                    [MessageTemplate] public static string Subject => "We noticed you like rakes, so here's a sale on brooms.";
                }
                """,
        });
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CL5001", DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }

    [Test]
    public async Task Code_fix_in_a_string_that_spans_lines_wraps_the_member_in_a_block()
    {
        var test = Configure(new CSharpCodeFixTest<CreepLintAnalyzer, SuppressionCodeFix, DefaultVerifier>
        {
            TestCode = """"
                using CreepLint;
                public static class Garden
                {
                    [MessageTemplate] public static string Body => """
                        Hello!
                        {|#0:We noticed|} you like rakes, so here's a sale on brooms.
                        """;
                }
                """",
            FixedCode = $$$""""
                using CreepLint;
                public static class Garden
                {
                    // creeplint-disable CL5001 -- {{{SuppressionCodeFix.ReasonPlaceholder}}}
                    [MessageTemplate] public static string Body => """
                        Hello!
                        We noticed you like rakes, so here's a sale on brooms.
                        """;
                    // creeplint-enable CL5001
                }
                """",
        });
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CL5001", DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }

    [Test]
    public void Generator_adds_the_attribute_and_the_analyzer_reads_it()
    {
        var compilation = CSharpCompilation.Create(
            "Campaign",
            [CSharpSyntaxTree.ParseText(Rakes.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal), path: "/project/Garden.cs")],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create(new MessageTemplateAttributeGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorErrors);
        Assert.That(generatorErrors, Is.Empty);
        var diagnostics = AnalyzerRun.Analyze((CSharpCompilation)generated);
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CL5001" }));
    }

    [Test]
    public void The_generator_adds_the_packed_attribute_source_marked_embedded()
    {
        var packed = File.ReadAllText(Path.Combine(ConfigurationAndFilesTests.RepoRoot(), "src", "CreepLint.Analyzers", "build", "CreepLint.MessageTemplateAttribute.cs")).ReplaceLineEndings("\n");
        var generated = CSharpGeneratorDriver.Create(new MessageTemplateAttributeGenerator()).RunGenerators(CSharpCompilation.Create("Empty")).GetRunResult()
            .GeneratedTrees.Single(t => t.FilePath.EndsWith("CreepLint.MessageTemplateAttribute.g.cs", StringComparison.Ordinal)).ToString();
        Assert.That(generated, Does.Contain("[global::Microsoft.CodeAnalysis.Embedded]"));
        Assert.That(generated.Replace("    [global::Microsoft.CodeAnalysis.Embedded]\n", string.Empty, StringComparison.Ordinal), Is.EqualTo(packed));
    }

    [Test]
    public void Every_rule_diagnostic_links_to_its_heading_on_its_category_page()
    {
        var docs = Path.Combine(ConfigurationAndFilesTests.RepoRoot(), "docs");
        var descriptors = new CreepLintAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);
        Assert.Multiple(() =>
        {
            foreach (var rule in CreepLintEngine.Default.Rules)
            {
                var link = descriptors[rule.Id].HelpLinkUri;
                var page = link[(link.IndexOf("/docs/", StringComparison.Ordinal) + 6)..link.IndexOf('#', StringComparison.Ordinal)];
                var headings = File.ReadLines(Path.Combine(docs, page)).Where(l => l.StartsWith("## ", StringComparison.Ordinal))
                    .Select(l => "#" + l[3..].ToLowerInvariant().Replace(' ', '-'));
                Assert.That(headings, Does.Contain(link[link.IndexOf('#', StringComparison.Ordinal)..]), rule.Id);
            }

            foreach (var own in new[] { "CL0400", "CL0401", "CL0402" })
            {
                Assert.That(File.ReadAllText(Path.Combine(docs, "analyzers.md")), Does.Contain($"<a id=\"{own.ToLowerInvariant()}\"></a>{own}"));
            }
        });
    }
}
