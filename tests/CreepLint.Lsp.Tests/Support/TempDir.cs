using System.Diagnostics;
using System.Text.Json;

namespace CreepLint.Lsp.Tests.Support;

/// <summary>A temporary folder of files for one test (the workspace the server is started in); deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Root = Path.Combine(Path.GetTempPath(), "creeplint-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string UriOf(string relative) => new Uri(PathOf(relative)).AbsoluteUri;

    public TempDir Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Runs the real <c>creeplint</c> (the same build the server runs) in this folder; returns its exit code, stdout and stderr.</summary>
    public (int ExitCode, string Out, string Error) RunCli(params string[] args)
    {
        using var process = Process.Start(ServerUnderTest.StartInfo(Root, args))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    /// <summary><c>creeplint lint --format json</c> of <paramref name="paths"/>, parsed.</summary>
    public JsonDocument LintJson(params string[] paths)
    {
        var (code, output, error) = RunCli(["lint", "--format", "json", "--no-progress", .. paths]);
        Assert.That(code, Is.AnyOf(0, 1), $"creeplint lint failed:\n{error}");
        return JsonDocument.Parse(output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
