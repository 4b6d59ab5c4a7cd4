using System.CommandLine;
using CreepLint.Cli.Commands;
using CreepLint.Configuration;

namespace CreepLint.Cli;

/// <summary>The <c>creeplint</c> command line, runnable in-process for tests.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin) =>
        Run(args, new CliContext(stdout, stderr, stdin));

    /// <summary>The whole command tree (tests enumerate it to cover every option of every command).</summary>
    internal static RootCommand BuildRoot(CliContext context) =>
        // One line per command, so commands added in parallel merge cleanly.
        new RootCommand("creeplint: finds the lines in marketing messages and offer rationales that show readers how much a brand watches them.")
        {
            LintCommand.Create(context),
            BaselineCommand.Create(context),
            InitCommand.Create(context),
            ConfigCommand.Create(context),
            RulesCommand.Create(context),
            ExplainCommand.Create(context),
            TestCommand.Create(context),
            EvalCommand.Create(context),
            BenchCommand.Create(context),
            TrainCommand.Create(context),
            ReportCommand.Create(context),
            Lsp.LspCommand.Create(context),
        };

    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRoot(context);
        var stderr = context.Error;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                // One line per error: System.CommandLine's own messages may list choices on further lines.
                stderr.WriteLine($"creeplint: {string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
            }

            var name = string.Join(' ', Path(parse));
            stderr.WriteLine($"Run 'creeplint{(name.Length > 0 ? " " + name : string.Empty)} --help' for usage.");
            return ExitCodes.UsageOrConfig;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = stderr, EnableDefaultExceptionHandler = false });
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
        catch (ConfigurationLoadException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            stderr.WriteLine($"creeplint: the configuration has {ex.Diagnostics.Length} problem{(ex.Diagnostics.Length == 1 ? string.Empty : "s")}; nothing was linted.");
            return ExitCodes.UsageOrConfig;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"creeplint: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"creeplint: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }

    private static List<string> Path(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command is not RootCommand)
            {
                names.Add(result.Command.Name);
            }
        }

        names.Reverse();
        return names;
    }
}

/// <summary>The process streams a command writes to, and what it may know about its environment.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TextReader In)
{
    /// <summary>Reads an environment variable (<c>NO_COLOR</c>, <c>CI</c>); tests substitute their own.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The directory relative paths are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Whether standard output is an interactive terminal (colours allowed).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Whether standard error is an interactive terminal (a progress bar allowed).</summary>
    public bool ErrorIsTerminal { get; init; }
}

/// <summary>A user mistake reported as one line and exit code 2, never as a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
