using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CreepLint.Analyzers.Tests;

/// <summary>Compiles C# with the attribute and runs the analyzer over it, as the compiler would in a build.</summary>
internal static class AnalyzerRun
{
    /// <summary>The attribute without <c>[Embedded]</c>, whose definition only the generator adds.</summary>
    public static readonly string AttributeSource = MessageTemplateAttributeGenerator.Source;

    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(params string[] sources) => CompileIn("/project", sources);

    public static CSharpCompilation CompileIn(string directory, params string[] sources) =>
        CSharpCompilation.Create(
            "Campaign",
            [.. sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, s_parse, path: Path.Combine(directory, $"Campaign{i}.cs"))),
             CSharpSyntaxTree.ParseText(AttributeSource, s_parse, path: Path.Combine(directory, "Attribute.g.cs"))],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The analyzer's diagnostics (compiler errors fail the test: the sample must be valid C#).</summary>
    public static ImmutableArray<Diagnostic> Analyze(CSharpCompilation compilation, params AdditionalText[] additionalFiles) =>
        Analyze(compilation, "/project", additionalFiles);

    /// <summary>The analyzer's diagnostics for a project in <paramref name="projectDirectory"/>.</summary>
    public static ImmutableArray<Diagnostic> Analyze(CSharpCompilation compilation, string projectDirectory, params AdditionalText[] additionalFiles)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty, "the test's C# does not compile");
        var options = new AnalyzerOptions([.. additionalFiles], new ProjectOptions(projectDirectory));
        var analyzers = compilation.WithAnalyzers([new CreepLintAnalyzer()], new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = analyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.That(diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)), Is.Empty, "the analyzer failed");
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    public static ImmutableArray<Diagnostic> Analyze(params string[] sources) => Analyze(Compile(sources));

    /// <summary>The source text a diagnostic points at.</summary>
    public static string At(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary>An AdditionalFile with its text (read by the analyzer from <see cref="AdditionalText.GetText"/>; the CLI's reader reads the same file from disk).</summary>
    internal sealed class FileText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>The global options MSBuild would give: the project directory the package makes visible.</summary>
    private sealed class ProjectOptions(string directory) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { [CreepLintAnalyzer.ProjectDirectoryOption] = directory });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
