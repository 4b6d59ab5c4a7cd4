using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using CreepLint.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CreepLint.Benchmarks;

/// <summary>
/// What CreepLint.Analyzers costs while typing: a 2,000-line campaign file with 400 marked literals is edited (one
/// character of one literal) and analysed again, as an IDE does per keystroke, against the compiler's own cost of the same
/// edit. The engine is built once per configuration and reused (<see cref="LintSession"/>); building it for a new
/// configuration is measured on its own. Run: dotnet run -c Release --project tests/CreepLint.Benchmarks -- --filter '*Analyzer*'
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    /// <summary>Lines in the generated campaign file.</summary>
    public const int Lines = 2000;

    /// <summary>Members marked [MessageTemplate] in it, one literal each.</summary>
    public const int Literals = 400;

    private static readonly string[] s_copy =
    [
        "Our spring sale starts today: 20% off garden tools.",
        "We noticed you looked at cribs 6 times this week.",
        "Your order has shipped and should arrive on Thursday.",
        "Popular with customers who shop the nursery range.",
        "Money tight this month? Join our budgeting workshop.",
        "Free delivery on every order over 40 pounds this weekend.",
        "Because your location history shows weekly clinic visits.",
        "New in: linen shirts in six colours.",
    ];

    private CSharpCompilation _compilation = null!;
    private SyntaxTree _tree = null!;
    private SourceText _text = null!;
    private int _editAt;
    private int _keystroke;
    private int _config;

    [GlobalSetup]
    public void Setup()
    {
        _text = SourceText.From(CampaignFile());
        _tree = CSharpSyntaxTree.ParseText(_text, path: "/campaign/Campaigns.cs");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var attribute = CSharpSyntaxTree.ParseText(MessageTemplateAttributeGenerator.Source, path: "/campaign/Attribute.g.cs");
        _compilation = CSharpCompilation.Create("Campaign", [_tree, attribute], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _editAt = _text.ToString().IndexOf("spring sale", StringComparison.Ordinal);
        var diagnostics = Analyze(_compilation); // Builds the engine for the (empty) configuration once, as the first build does.
        if (diagnostics.Length == 0 || diagnostics.Any(d => d.Id.StartsWith("AD", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("the analyzer reported nothing or failed: " + string.Join("; ", diagnostics));
        }
    }

    [Benchmark(Baseline = true, Description = "keystroke: an analyzer that registers the same actions and does nothing")]
    public int NullAnalyzer() => Edit().WithAnalyzers([new Idle()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark(Description = "keystroke: the CreepLint analyzer")]
    public int WithAnalyzer() => Analyze(Edit()).Length;

    [Benchmark(Description = "new configuration: build the engines (once per .creeplint.yaml text)")]
    public bool BuildSession() => LintSession.Get("/campaign/.creeplint.yaml", $"thresholds: {{warn: 35, fail: {71 + (_config++ % 29)}}}\n", "/campaign").CanLint;

    /// <summary>The compilation with one character of one literal changed, alternating, like typing in it.</summary>
    private CSharpCompilation Edit()
    {
        var letter = (_keystroke++ & 1) == 0 ? "S" : "s";
        var tree = _tree.WithChangedText(_text.WithChanges(new TextChange(new TextSpan(_editAt, 1), letter)));
        return _compilation.ReplaceSyntaxTree(_tree, tree);
    }

    /// <summary>
    /// The keystroke cases alternated <paramref name="rounds"/> times, with median and minimum of each and the difference
    /// per literal (<c>dotnet run -c Release --project tests/CreepLint.Benchmarks -- analyzer-paired 15</c>).
    /// </summary>
    public static void Paired(int rounds)
    {
        var bench = new AnalyzerBenchmarks();
        bench.Setup();
        var idle = new List<double>(rounds);
        var creeplint = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            bench.NullAnalyzer();
            idle.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            bench.WithAnalyzer();
            creeplint.Add(clock.Elapsed.TotalMilliseconds);
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var perLiteral = (Median(creeplint) - Median(idle)) * 1000 / Literals;
        Console.WriteLine($"{Lines} lines, {Literals} marked literals, {rounds} rounds, {Environment.ProcessorCount} cores");
        Console.WriteLine($"idle analyzer:      median {Median(idle):F0} ms, min {idle.Min():F0} ms");
        Console.WriteLine($"CreepLint analyzer: median {Median(creeplint):F0} ms, min {creeplint.Min():F0} ms");
        Console.WriteLine($"CreepLint's own share: {perLiteral:F0} µs per literal (median difference)");
    }

    /// <summary>The driver's own cost: the same operation kinds, no work.</summary>
#pragma warning disable RS1036, RS1041 // Never loaded by a compiler: only CompilationWithAnalyzers in this process runs it.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class Idle : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [new DiagnosticDescriptor("IDLE1", "idle", "idle", "idle", DiagnosticSeverity.Hidden, true)];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(_ => { }, CreepLint.Analyzers.CSharp.CampaignCode.Kinds);
        }
    }
#pragma warning restore RS1036, RS1041

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation) =>
        compilation.WithAnalyzers([new CreepLintAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>2,000 lines: 400 marked members (the copy above, in turn) among ordinary code.</summary>
    internal static string CampaignFile()
    {
        var b = new StringBuilder("using CreepLint;\n\nnamespace Campaigns;\n\npublic sealed class Campaign\n{\n");
        var line = 6;
        for (var i = 0; i < Literals; i++)
        {
            b.Append("    [MessageTemplate] public string Copy").Append(i).Append(" => \"").Append(s_copy[i % s_copy.Length]).Append("\";\n");
            b.Append("    public int Score").Append(i).Append("(int a, int b)\n    {\n        return a * ").Append(i).Append(" + b;\n    }\n");
            line += 5;
        }

        while (line < Lines - 1)
        {
            b.Append("    // padding\n");
            line++;
        }

        return b.Append("}\n").ToString();
    }
}
