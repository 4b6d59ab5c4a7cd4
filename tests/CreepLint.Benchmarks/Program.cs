using BenchmarkDotNet.Running;

namespace CreepLint.Benchmarks;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args is ["lsp-soak", ..])
        {
            return await LspSoak.RunAsync(args);
        }

        if (args is ["short-loop", ..])
        {
            return ShortLoop.Run(args);
        }

        if (args is ["analyzer-paired", ..])
        {
            // On a busy machine BenchmarkDotNet's short runs swing by seconds: alternate the two keystroke cases instead.
            AnalyzerBenchmarks.Paired(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
