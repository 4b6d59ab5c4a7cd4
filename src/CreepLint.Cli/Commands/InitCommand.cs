using System.CommandLine;
using CreepLint.Cli.Config;
using CreepLint.Configuration;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint init</c>: writes a commented starter <c>.creeplint.yaml</c>.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string?>("directory") { Description = "Where to write .creeplint.yaml (default: the current directory).", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .creeplint.yaml." };
        var command = new Command("init", "Write a commented starter .creeplint.yaml; refuses to overwrite one unless --force is given.") { directory, force };
        command.SetAction(parse =>
        {
            var dir = Path.GetFullPath(parse.GetValue(directory) ?? ".", context.WorkingDirectory);
            if (!Directory.Exists(dir))
            {
                throw new UsageException($"the directory '{dir}' does not exist");
            }

            var path = Path.Combine(dir, ConfigLocator.FileNames[0]);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                throw new UsageException($"{path} already exists; edit it, or pass --force to replace it");
            }

            Outputs.AtomicFile.Write(path, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(StarterConfig.Text)));
            context.Out.WriteLine($"creeplint: wrote {path}. Check it with 'creeplint config --print'.");
            return ExitCodes.Success;
        });
        return command;
    }
}
