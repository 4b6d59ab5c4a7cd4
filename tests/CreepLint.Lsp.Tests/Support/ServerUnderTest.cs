using System.Diagnostics;

namespace CreepLint.Lsp.Tests.Support;

/// <summary>
/// The <c>creeplint</c> the tests start: the build beside the tests (<c>dotnet CreepLint.Cli.dll</c>), or the executable
/// named by <c>CREEPLINT_TEST_TOOL</c>, so the same suite can drive an installed tool, such as a Native AOT build:
/// <c>CREEPLINT_TEST_TOOL=/path/to/creeplint dotnet test tests/CreepLint.Lsp.Tests</c>.
/// </summary>
internal static class ServerUnderTest
{
    /// <summary>The environment variable that names an installed tool to test instead of the build beside the tests.</summary>
    public const string Variable = "CREEPLINT_TEST_TOOL";

    /// <summary>A start description for <c>creeplint <paramref name="args"/></c> in <paramref name="workingDirectory"/>, output redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var tool = Environment.GetEnvironmentVariable(Variable);
        var info = string.IsNullOrEmpty(tool)
            ? new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CreepLint.Cli.dll"), .. args])
            : new ProcessStartInfo(tool, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.WorkingDirectory = workingDirectory;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }
}
