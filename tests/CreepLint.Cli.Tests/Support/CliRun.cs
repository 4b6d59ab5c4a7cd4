namespace CreepLint.Cli.Tests.Support;

/// <summary>The outcome of one in-process <c>creeplint</c> run.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>A temporary directory with helpers to write files and run the CLI in it; deleted on dispose.</summary>
internal sealed class TempRepo : IDisposable
{
    public TempRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "creeplint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public TempRepo Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TempRepo WriteBytes(string relative, byte[] content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public CliResult Run(params string[] args) => RunWith(null, false, args);

    /// <summary>Runs the CLI with <paramref name="relativeDirectory"/> as the working directory (as CI does from a subfolder).</summary>
    public CliResult RunFrom(string relativeDirectory, params string[] args) => RunIn(null, false, args, PathOf(relativeDirectory));

    public CliResult RunWith(string? stdin, bool terminal, params string[] args) => RunIn(stdin, terminal, args, Root);

    private CliResult RunIn(string? stdin, bool terminal, string[] args, string workingDirectory)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin ?? string.Empty);
        var context = new CliContext(output, error, input)
        {
            WorkingDirectory = workingDirectory,
            Environment = name => Environment.GetValueOrDefault(name),
            OutIsTerminal = terminal,
        };
        var code = CliApp.Run(args, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the OS cleans temp eventually.
        }
    }
}

/// <summary>The repository the tests run in.</summary>
internal static class CliRun
{
    /// <summary>The directory holding CreepLint.sln, above the test output directory.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CreepLint.sln not found above the test directory.");
    }
}
