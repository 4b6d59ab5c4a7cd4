namespace CreepLint.Cli;

internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, new CliContext(Console.Out, Console.Error, Console.In)
    {
        OutIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    });
}
