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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
