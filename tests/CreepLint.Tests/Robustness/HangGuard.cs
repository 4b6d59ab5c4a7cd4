using System.Runtime.ExceptionServices;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// Runs work on its own background thread and fails the test if it has not finished in time, so a hang is reported as
/// a failure instead of stalling the run. A hang guard, not a speed assertion: the limits are tens of seconds.
/// </summary>
internal static class HangGuard
{
    /// <summary>Generous enough for a debug build on two busy cores; a hang is unbounded, so any finite limit finds it.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    public static T Within<T>(Func<T> work, string what, TimeSpan? limit = null)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                error = ExceptionDispatchInfo.Capture(ex);
            }
        }, maxStackSize: 16 * 1024 * 1024)
        {
            // A background thread cannot keep the test host alive after a hang is reported.
            IsBackground = true,
            Name = "hang-guard",
        };
        thread.Start();
        var timeout = limit ?? Default;
        if (!thread.Join(timeout))
        {
            Assert.Fail($"{what} did not finish within {timeout.TotalSeconds:N0} s: treated as a hang");
        }

        error?.Throw();
        return result;
    }
}
