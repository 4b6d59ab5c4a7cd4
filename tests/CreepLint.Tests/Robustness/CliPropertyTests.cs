#pragma warning disable NUnit1027 // FsCheck's [Property] supplies the arguments, which the NUnit analyzer cannot see.
using CreepLint.Cli;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// The same hostile messages and mutated rule packs thrown at the <c>creeplint</c> command in-process: it always ends
/// with exit code 0, 1 or 2, never an unhandled exception or a stack trace, and never hangs.
/// </summary>
/// <remarks>The CLI's own input handling (files, encodings, catalogs) is tested in CreepLint.Cli.Tests.</remarks>
public sealed class CliPropertyTests
{
    [Property(Arbitrary = new[] { typeof(Generators) }, MaxTest = 15, QuietOnSuccess = true)]
    public void Cli_lints_any_standard_input_with_a_defined_exit_code(HostileMessage message)
    {
        var (code, _, stderr) = Run(["lint", "-", "--format", "json"], message.Text);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.AnyOf(0, 1, 2), stderr);
            Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    [Property(Arbitrary = new[] { typeof(Generators) }, MaxTest = 20, QuietOnSuccess = true)]
    public void Cli_reports_a_mutated_rule_pack_as_exit_code_2_with_positions_or_lints(MutatedRulePack pack)
    {
        var directory = Directory.CreateTempSubdirectory("creeplint-fuzz-");
        try
        {
            foreach (var (name, text) in pack.Files)
            {
                File.WriteAllText(Path.Combine(directory.FullName, name.Replace('/', '_') + ".yaml"), text);
            }

            var (code, _, stderr) = Run(["lint", "-", "--rules", directory.FullName, "--no-default-rules"], "We noticed you like rakes.");
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.AnyOf(0, 1, 2), stderr);
                Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
                if (code == 2)
                {
                    Assert.That(stderr, Does.Match(@":\d+:\d+: error CL\d{4}: "), "a rule error names file:line:column");
                }
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] args, string stdin)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new StringReader(stdin);
        var code = HangGuard.Within(() => CliApp.Run(args, stdout, stderr, input), $"creeplint {string.Join(' ', args)}");
        return (code, stdout.ToString(), stderr.ToString());
    }
}
