using System.Text.Json;
using CreepLint.Cli;

namespace CreepLint.Report.Tests.Support;

/// <summary>Report pages made by the real command line (in process), with the JSON report of the same run beside each.</summary>
internal static class Reports
{
    /// <summary>The directory holding CreepLint.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Where this run's pages are written.</summary>
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "creeplint-report-tests", Guid.NewGuid().ToString("N"));

    private static readonly Dictionary<string, Made> s_made = new(StringComparer.Ordinal);
    private static readonly Lock s_lock = new();

    /// <summary>The page and JSON report of the bundled sample templates, linted from the repository root as the README does.</summary>
    public static Made Samples => Make("samples", RepositoryRoot, ["samples/templates"]);

    /// <summary>The sample template repository: catalog messages by part, MJML and HTML e-mails, SMS, rationales.</summary>
    public static Made TemplateRepo => Make("template-repo", Path.Combine(RepositoryRoot, "samples", "template-repo"), ["."]);

    /// <summary>Lints <paramref name="paths"/> in <paramref name="workingDirectory"/> twice (JSON with text, then HTML) with the same options.</summary>
    public static Made Make(string name, string workingDirectory, string[] paths, params string[] options)
    {
        lock (s_lock)
        {
            if (s_made.TryGetValue(name, out var made))
            {
                return made;
            }

            System.IO.Directory.CreateDirectory(Directory);
            var json = Path.Combine(Directory, name + ".json");
            var html = Path.Combine(Directory, name + ".html");
            Run(workingDirectory, ["lint", .. paths, "--format", "json", "--include-text", "-o", json, .. options]);
            Run(workingDirectory, ["lint", .. paths, "--format", "html", "-o", html, .. options]);
            made = new Made(html, json);
            s_made[name] = made;
            return made;
        }
    }

    public static void Run(string workingDirectory, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(output, error, TextReader.Null) { WorkingDirectory = workingDirectory, Environment = _ => null });
        Assert.That(code, Is.LessThanOrEqualTo(ExitCodes.Findings), $"creeplint {string.Join(' ', args)}\n{output}\n{error}");
    }

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

/// <summary>A report page and the JSON report of the same run.</summary>
internal sealed record Made(string Html, string Json)
{
    public string Url => new Uri(Html).AbsoluteUri;

    /// <summary>The JSON report's results, in order.</summary>
    public IReadOnlyList<JsonElement> Results()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Json));
        return [.. doc.RootElement.GetProperty("results").EnumerateArray().Select(r => r.Clone())];
    }

    public JsonElement Summary()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Json));
        return doc.RootElement.GetProperty("summary").Clone();
    }
}
