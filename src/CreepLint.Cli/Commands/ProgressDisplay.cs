using Spectre.Console;

namespace CreepLint.Cli.Commands;

/// <summary>A Spectre.Console progress line on standard error, for long runs on an interactive terminal only (never in CI logs or redirected output).</summary>
internal static class ProgressDisplay
{
    /// <summary>Messages between progress refreshes; updating per message would cost more than linting a short one.</summary>
    private const int UpdateEvery = 256;

    public static T Run<T>(CliContext context, bool enabled, Func<Action<int>?, T> work)
    {
        if (!enabled)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Linting").IsIndeterminate();
                return work(n =>
                {
                    if (n % UpdateEvery == 0)
                    {
                        task.Description = $"Linted {n:N0} messages";
                    }
                });
            });
    }
}
