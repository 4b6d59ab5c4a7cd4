using System.CommandLine;

namespace CreepLint.Cli.Lsp;

/// <summary><c>creeplint lsp</c>: the language server, for editors (docs/editors.md).</summary>
internal static class LspCommand
{
    public static Command Create(CliContext context)
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the only transport; accepted because editors' clients pass it)." };
        var command = new Command("lsp", "Run the Language Server Protocol server over standard input and output: findings as you type, quick fixes, explanations on hover.")
        {
            stdio,
        };
        command.SetAction(async (_, _) =>
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return await LanguageServer.RunAsync(input, output, context.Error).ConfigureAwait(false);
        });
        return command;
    }
}
