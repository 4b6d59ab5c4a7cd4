using BenchmarkDotNet.Attributes;
using CreepLint.Cli.Lsp;

namespace CreepLint.Benchmarks;

/// <summary>
/// What the language server does after each keystroke in a 2,000-line template (<see cref="LspTemplate"/>): apply the
/// edit to its copy of the text and lint it through the CLI's pipeline (configuration, suppressions, baseline, diagnostics),
/// warm, in-process. The end-to-end figure over stdio, and memory over 10,000 edits, come from <see cref="LspSoak"/>.
/// </summary>
[MemoryDiagnoser]
public class LspBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "creeplint-lsp-bench");
    private DocumentLinter _linter = null!;
    private TextDocument _document = null!;
    private int _version;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "newsletter.liquid");
        _document = new TextDocument(new Uri(path).AbsoluteUri, path, 1, LspTemplate.Build());
        _linter = new DocumentLinter(_folder);
        _linter.Lint(_document.Uri, _document.Path, 1, _document.Text, CancellationToken.None); // Loads the configuration and engine once.
    }

    [Benchmark(Description = "edit + lint, 2,000-line template")]
    public int EditAndLint()
    {
        _version++;
        _document.Apply(_version, [LspTemplate.Change(_version)]);
        return _linter.Lint(_document.Uri, _document.Path, _version, _document.Text, CancellationToken.None).Diagnostics.Length;
    }
}
