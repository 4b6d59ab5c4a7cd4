using PuppeteerSharp;

namespace CreepLint.Report.Tests;

/// <summary>
/// One headless Chromium for the whole run: the operating system's own (<c>apt-get install chromium</c>), never a download.
/// Missing, the tests are skipped on a developer's machine and fail in CI (<c>CI</c> set), where .ci/run installs it.
/// </summary>
[SetUpFixture]
public sealed class Chromium
{
    private static readonly string[] s_candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
    private static IBrowser? s_browser;

    /// <summary>The browser, or the test is ignored (locally) or failed (CI) when there is none.</summary>
    public static IBrowser Browser
    {
        get
        {
            if (s_browser is null)
            {
                Missing();
            }

            return s_browser!;
        }
    }

    private static string? s_missing;

    [OneTimeSetUp]
    public async Task Launch()
    {
        var path = Environment.GetEnvironmentVariable("CREEPLINT_CHROMIUM") is { Length: > 0 } configured ? configured : s_candidates.FirstOrDefault(File.Exists);
        if (path is null || !File.Exists(path))
        {
            s_missing = $"no Chromium at {path ?? string.Join(", ", s_candidates)}: install it (apt-get install chromium chromium-driver) or set CREEPLINT_CHROMIUM";
            return;
        }

        s_browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = path,
            Browser = SupportedBrowser.Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", // CI runs as root in a container.
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--allow-file-access-from-files",
            ],
        });
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (s_browser is not null)
        {
            await s_browser.CloseAsync();
            s_browser.Dispose();
        }
    }

    private static void Missing()
    {
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        if (ci)
        {
            Assert.Fail($"The report page's browser tests need Chromium in CI: {s_missing}");
        }

        Assert.Ignore($"Skipped: {s_missing}");
    }
}
