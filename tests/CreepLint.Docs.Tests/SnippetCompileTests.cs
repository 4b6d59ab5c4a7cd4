using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CreepLint.Docs.Tests;

/// <summary>
/// Every <c>```csharp</c> block of README.md, docs/*.md and src/*/README.md compiles against the libraries with no
/// warning, as pasted into a new project. A block says what it is in an HTML comment on the line above:
/// <c>&lt;!-- snippet: program --&gt;</c> (top-level statements, the default), <c>file</c> (a whole test file of a
/// <c>dotnet new nunit</c> project), <c>members</c> (members of a test class) or <c>web</c> (an ASP.NET Core
/// <c>Program.cs</c>) or <c>analyzer</c> (C# campaign code for CreepLint.Analyzers: a library with the
/// <c>[MessageTemplate]</c> attribute the package adds to a project). A block introduced with "From [samples/X]" is a copy of that sample's code, which CI builds, and
/// <c>ReadmeSnippetTests</c> holds the copy equal.
/// </summary>
public sealed partial class SnippetCompileTests
{
    private static readonly string[] s_implicitUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];
    private static readonly string[] s_webUsings = ["Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];

    private static readonly Lazy<MetadataReference[]> s_references = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>The attribute source CreepLint.Analyzers adds to every project that references it.</summary>
    private static readonly Lazy<string> MessageTemplateAttribute = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "CreepLint.Analyzers", "build", "CreepLint.MessageTemplateAttribute.cs")));

    public static IEnumerable<TestCaseData> Snippets() => AllSnippets().Where(s => s.Kind != "sample").Select(s =>
        new TestCaseData(s).SetArgDisplayNames($"{s.File}:{s.Line} ({s.Kind})"));

    [Test]
    public void Every_csharp_block_is_compiled_here_or_is_a_copy_of_a_sample()
    {
        var all = AllSnippets().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all.Where(s => s.Kind is not ("program" or "file" or "members" or "web" or "analyzer" or "sample")).Select(s => $"{s.File}:{s.Line} {s.Kind}"), Is.Empty, "unknown snippet kinds");
            Assert.That(all.Count(s => s.Kind != "sample"), Is.GreaterThanOrEqualTo(8), "README, docs and package READMEs");
            Assert.That(all.Select(s => s.File).Distinct(), Is.SupersetOf(new[] { "README.md", "docs/model.md", "src/CreepLint/README.md", "src/CreepLint.NUnit/README.md", "src/CreepLint.DependencyInjection/README.md" }));
        });
    }

    [TestCaseSource(nameof(Snippets))]
    public void Snippet_compiles_without_warnings(Snippet snippet)
    {
        var (source, kind) = snippet.Kind switch
        {
            "members" => ($"using CreepLint;\nusing CreepLint.NUnit;\n\npublic class SnippetTests\n{{\n{snippet.Code}\n}}\n", OutputKind.DynamicallyLinkedLibrary),
            "file" or "analyzer" => (snippet.Code, OutputKind.DynamicallyLinkedLibrary),
            _ => (snippet.Code, OutputKind.ConsoleApplication),
        };
        var usings = snippet.Kind == "web" ? [.. s_implicitUsings, .. s_webUsings] : snippet.Kind is "file" or "members" ? [.. s_implicitUsings, "NUnit.Framework"] : s_implicitUsings;
        var globalUsings = string.Concat(usings.Select(u => $"global using global::{u};\n"));
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(globalUsings, options), CSharpSyntaxTree.ParseText(source, options, path: snippet.File),
             .. snippet.Kind == "analyzer" ? [CSharpSyntaxTree.ParseText(MessageTemplateAttribute.Value, options)] : Array.Empty<SyntaxTree>()],
            s_references.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id is not ("CS8019" or "CS1701" or "CS1702")) // The SDK's own NoWarn: assembly unification notes.
            .Select(d => $"{snippet.File}:{snippet.Line + d.Location.GetLineSpan().StartLinePosition.Line - (snippet.Kind == "members" ? 5 : 0)}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
        Assert.That(problems, Is.Empty, "the snippet as it stands in the docs:\n" + snippet.Code);
    }

    private static IEnumerable<Snippet> AllSnippets()
    {
        var root = RepositoryRoot();
        var files = new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => Path.GetRelativePath(root, f)))
            .Concat(Directory.GetDirectories(Path.Combine(root, "src")).Select(d => Path.Combine(d, "README.md")).Where(File.Exists).Select(f => Path.GetRelativePath(root, f)))
            .Select(f => f.Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(Path.Combine(root, file));
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp")
                {
                    continue;
                }

                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                var intro = string.Join(' ', lines[Math.Max(0, i - 3)..i]);
                var marker = i > 0 ? Marker().Match(lines[i - 1]) : Match.Empty;
                var kind = marker.Success ? marker.Groups["kind"].Value : FromSample().IsMatch(intro) ? "sample" : "program";
                yield return new Snippet(file, i + 2, kind, string.Join('\n', lines[(i + 1)..end]));
                i = end;
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CreepLint.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<!--\s*snippet:\s*(?<kind>[a-z]+)\s*-->")]
    private static partial Regex Marker();

    [GeneratedRegex(@"From \[(?<dir>samples/[A-Za-z.]+)\]")]
    private static partial Regex FromSample();

    /// <summary>One block: where it is, what it is, its code.</summary>
    public sealed record Snippet(string File, int Line, string Kind, string Code)
    {
        public override string ToString() => $"{File}:{Line}";
    }
}
