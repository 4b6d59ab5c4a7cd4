using PuppeteerSharp;

namespace CreepLint.Report.Tests.Support;

/// <summary>
/// Screenshots of report pages: into the test's work directory, or into <c>CREEPLINT_SCREENSHOTS</c> when set
/// (docs/images/regenerate.sh sets it to docs/images, and a person looks at them before they are committed).
/// </summary>
internal static class Screenshots
{
    public static async Task<string> Save(ReportPage report, string name, bool fullPage)
    {
        var directory = Environment.GetEnvironmentVariable("CREEPLINT_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        await report.Page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = fullPage, Type = ScreenshotType.Png });
        TestContext.AddTestAttachment(path);
        return path;
    }
}
