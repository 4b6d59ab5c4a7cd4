using System.Diagnostics;
using System.Text;

namespace CreepLint.PackageSmoke;

/// <summary>The outcome of one child process: exit code and interleaved output.</summary>
internal sealed record RunResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{Output}";
}

/// <summary>Runs dotnet (or an installed tool) as a child process with a clean build environment and a time limit.</summary>
internal static class DotnetRun
{
    // A cold restore and Release build of three projects on a busy 2-core machine takes a few minutes; this is a hang guard.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);

    public static string DotnetPath => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static RunResult Dotnet(string workingDirectory, IDictionary<string, string?> environment, params string[] args) =>
        Run(DotnetPath, workingDirectory, environment, args);

    public static RunResult Run(string fileName, string workingDirectory, IDictionary<string, string?> environment, params string[] args) =>
        RunWithInput(fileName, workingDirectory, environment, string.Empty, args);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="input"/> written to its standard input, which is then closed.</summary>
    public static RunResult RunWithInput(string fileName, string workingDirectory, IDictionary<string, string?> environment, string input, params string[] args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The test host runs inside an MSBuild-launched process: its MSBuild variables would point the child build at the
        // outer one. Servers and reused nodes would outlive the child and keep its output pipes open.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["UseSharedCompilation"] = "false";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(s_timeout);
        try
        {
            process.WaitForExitAsync(cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{fileName} {string.Join(' ', args)}' did not finish within {s_timeout.TotalMinutes} minutes.{Environment.NewLine}{output}");
        }

        lock (output)
        {
            return new RunResult(process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
