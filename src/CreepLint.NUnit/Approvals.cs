using System.Runtime.CompilerServices;
using NUnit.Framework;

namespace CreepLint.NUnit;

/// <summary>
/// A small approved-file snapshot helper: compares text with <c>NAME.approved.txt</c> next to the test source file,
/// writes <c>NAME.received.txt</c> and fails with a line diff when they differ.
/// </summary>
/// <remarks>Set the environment variable <c>CREEPLINT_ACCEPT=1</c> to accept: the received text replaces the approved
/// file and the test passes. Line endings are compared as <c>\n</c>. Commit <c>*.approved.txt</c>; ignore <c>*.received.*</c>.</remarks>
public static class Approvals
{
    /// <summary>The environment variable that, set to <c>1</c> or <c>true</c>, accepts received text as approved.</summary>
    public const string AcceptVariable = "CREEPLINT_ACCEPT";

    /// <summary>Whether <see cref="AcceptVariable"/> asks to accept received text.</summary>
    public static bool AcceptRequested =>
        Environment.GetEnvironmentVariable(AcceptVariable) is { } value
        && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks <paramref name="received"/> against <c>{name}.approved.txt</c> (default name: <c>{TestFile}.{TestMethod}</c>) next to the calling source file.</summary>
    /// <param name="received">The text produced by the code under test.</param>
    /// <param name="name">The approved file's name without <c>.approved.txt</c>; defaults to the source file and member name.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="member">Filled in by the compiler.</param>
    public static void Verify(string received, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "") =>
        VerifyFile(received, ApprovedPath(sourceFile, name ?? $"{Path.GetFileNameWithoutExtension(sourceFile)}.{member}"));

    /// <summary>Snapshots the findings of every template (see <see cref="FormatFindings"/>) against an approved file next to the calling source file.</summary>
    /// <param name="templates">The templates, for example from <see cref="CreepLintTemplates.Load"/>.</param>
    /// <param name="engine">The engine; <see cref="CreepLintEngine.Default"/> when null.</param>
    /// <param name="name">The approved file's name without <c>.approved.txt</c>; defaults to the source file and member name.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="member">Filled in by the compiler.</param>
    public static void VerifyFindings(
        IEnumerable<TemplateFile> templates, CreepLintEngine? engine = null, string? name = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "") =>
        Verify(FormatFindings(templates, engine), name, sourceFile, member);

    /// <summary>Checks <paramref name="received"/> against an explicit approved file; writes the <c>.received.txt</c> beside it on mismatch.</summary>
    /// <param name="received">The text produced by the code under test.</param>
    /// <param name="approvedPath">The path of the approved file, ending in <c>.approved.txt</c>.</param>
    public static void VerifyFile(string received, string approvedPath)
    {
        var failure = Check(received, approvedPath, AcceptRequested);
        if (failure is not null)
        {
            Assert.Fail(failure);
        }
    }

    /// <summary>The text a findings snapshot holds: per template its name, score and verdict, then one line per finding.</summary>
    public static string FormatFindings(IEnumerable<TemplateFile> templates, CreepLintEngine? engine = null) =>
        FindingsSnapshot.Format(templates, engine ?? CreepLintEngine.Default);

    /// <summary>Compares, writes received or approved files, and returns the failure message or null when the test passes.</summary>
    internal static string? Check(string received, string approvedPath, bool accept)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentException.ThrowIfNullOrEmpty(approvedPath);
        var receivedPath = ReceivedPath(approvedPath);
        var normalised = Normalise(received);
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : null;

        if (approved == normalised)
        {
            File.Delete(receivedPath);
            return null;
        }

        if (accept)
        {
            File.WriteAllText(approvedPath, normalised);
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, normalised);
        var how = $"Review it, then accept with {AcceptVariable}=1 (or move {Path.GetFileName(receivedPath)} over {Path.GetFileName(approvedPath)}).";
        return approved is null
            ? $"No approved file {approvedPath}.{Environment.NewLine}Received text written to {receivedPath}. {how}"
            : $"Received text differs from {approvedPath}.{Environment.NewLine}Received text written to {receivedPath}. {how}{Environment.NewLine}{TextDiff.Unified(approved, normalised)}";
    }

    private static string ApprovedPath(string sourceFile, string name) =>
        Path.Combine(Path.GetDirectoryName(SourceLocator.Resolve(sourceFile))!, name + ".approved.txt");

    private static string ReceivedPath(string approvedPath) =>
        approvedPath.EndsWith(".approved.txt", StringComparison.OrdinalIgnoreCase)
            ? string.Concat(approvedPath.AsSpan(0, approvedPath.Length - ".approved.txt".Length), ".received.txt")
            : approvedPath + ".received.txt";

    private static string Normalise(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.EndsWith('\n') ? text : text + "\n";
    }
}
