using System.CommandLine;
using CreepLint.Cli.Commands;

namespace CreepLint.Cli;

/// <summary>The <c>creeplint</c> command line, runnable in-process for tests.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var context = new CliContext(stdout, stderr, stdin);
        var root = new RootCommand("creeplint: finds the lines in marketing messages and offer rationales that show readers how much a brand watches them.")
        {
            LintCommand.Create(context),
            TrainCommand.Create(context),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"creeplint: {error.Message}");
            }

            stderr.WriteLine("Run 'creeplint --help' for usage.");
            return ExitCodes.UsageOrConfig;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (RuleLoadException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            stderr.WriteLine($"creeplint: the rules could not be loaded ({ex.Diagnostics.Length} problem{(ex.Diagnostics.Length == 1 ? string.Empty : "s")}); nothing was linted.");
            return ExitCodes.UsageOrConfig;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"creeplint: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }
}

/// <summary>The process streams a command writes to.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TextReader In);

/// <summary>A user mistake reported as one line and exit code 2, never as a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
