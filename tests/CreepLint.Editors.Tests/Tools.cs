using System.Diagnostics;

namespace CreepLint.Editors.Tests;

/// <summary>The programs these tests start, and a <c>creeplint</c> command for editors to run (the build beside the tests).</summary>
internal static class Tools
{
    /// <summary>
    /// Fails (in CI, which installs it: .ci/run) or skips (on a developer's machine) when <paramref name="program"/> is not
    /// on the PATH, naming the package that brings it.
    /// </summary>
    public static void Require(string program, string package)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
        if (found)
        {
            return;
        }

        var message = $"'{program}' is not installed; install it with 'apt-get install {package}' (.ci/run does)";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
    }

    /// <summary>A <c>creeplint</c> script in <paramref name="folder"/> that runs the CLI built beside the tests, as an installed tool would.</summary>
    public static string CreeplintCommand(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("the editor tests start a POSIX shell script as the creeplint command");
            return string.Empty;
        }

        var script = Path.Combine(folder, "creeplint");
        File.WriteAllText(script, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "CreepLint.Cli.dll")}' \"$@\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    /// <summary>Runs a program to its end (at most <paramref name="timeout"/>); returns its exit code and output.</summary>
    public static (int ExitCode, string Out, string Error) Run(string program, IEnumerable<string> args, string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:N0} s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CreepLint.sln not found above the test output");
    }

    /// <summary>A new empty folder under the temporary directory.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "creeplint-editor-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
