using System.Diagnostics;
using System.Text.RegularExpressions;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary><c>--format msbuild</c>: MSBuild's canonical lines, which MSBuild itself turns into build errors and warnings.</summary>
public sealed partial class MsBuildFormatTests
{
    private static TempRepo Sample() => new TempRepo()
        .Write("emails/a.html", "<!-- creeplint-disable-next-line CL5001 -- security notice wording approved -->\n<p>We noticed you like rakes.</p>\n<p>You're expecting, and we couldn't be happier for you.</p>\n")
        .Write("emails/b.txt", "Spring sale: 20% off rakes.")
        .Write("emails/c.yaml", "messages:\n  - id: x\n    subject: [unclosed\n");

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)(,(?<endLine>\d+),(?<endCol>\d+))?\): (?<level>error|warning|info) (?<code>CL\d{4}): (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Canonical();

    [Test]
    public void Each_finding_and_problem_is_one_canonical_line_with_an_absolute_path()
    {
        using var repo = Sample();
        var result = repo.Run("lint", "emails", "--format", "msbuild");
        var lines = Canonical().Matches(result.Out).Select(m => (File: m.Groups["file"].Value, Line: m.Groups["line"].Value, Col: m.Groups["col"].Value, Level: m.Groups["level"].Value, Code: m.Groups["code"].Value, Text: m.Groups["text"].Value)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(lines, Has.Some.Matches<(string File, string Line, string Col, string Level, string Code, string Text)>(l =>
                l.File == repo.PathOf("emails/a.html") && l.Line == "3" && l.Col == "4" && l.Level == "error" && l.Code == "CL1001" && l.Text.Contains("message fail", StringComparison.Ordinal)));
            Assert.That(lines.Where(l => l.Code == "CL5001"), Is.Empty, "suppressed findings are not build messages");
            Assert.That(lines, Has.Some.Matches<(string File, string Line, string Col, string Level, string Code, string Text)>(l => l.File == repo.PathOf("emails/c.yaml") && l.Level == "error" && l.Code == "CL0205"));
            Assert.That(lines.Select(l => l.File), Has.All.Matches<string>(Path.IsPathRooted));
            Assert.That(result.Out.TrimEnd(), Does.EndWith("1 input problem"), "the summary closes the report");
        });
    }

    [Test]
    public void MSBuild_reports_the_lines_as_build_errors_at_their_files()
    {
        using var repo = Sample();
        var report = repo.PathOf("report.txt");
        repo.Run("lint", "emails", "--format", "msbuild", "-o", report);
        var show = OperatingSystem.IsWindows() ? $"type &quot;{report}&quot;" : $"cat &quot;{report}&quot;";
        repo.Write("lint.proj", $"""
            <Project>
              <Target Name="Lint">
                <Exec Command="{show}" />
              </Target>
            </Project>
            """);
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = repo.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "msbuild", "lint.proj", "-t:Lint", "-nologo", "-nodeReuse:false", "-v:minimal" })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key); // The test host's MSBuild variables would point the child at the outer build.
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "dotnet msbuild hung");
        var all = output.Result + error.Result;
        Assert.That(process.ExitCode, Is.Not.Zero, all);
        Assert.That(all, Does.Contain($"{repo.PathOf("emails/a.html")}(3,4,3,20): error CL1001: "), all);
        Assert.That(all, Does.Contain("error MSB3077").And.Contain("errors were detected"), "Exec parsed the lines as errors and failed the build");
    }
}
