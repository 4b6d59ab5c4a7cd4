using CreepLint.Report.Tests;
using PuppeteerSharp;

namespace CreepLint.Report.Tests.Support;

/// <summary>
/// A report page open in Chromium, watched: every request other than the page itself is blocked and recorded, and every
/// console error, uncaught exception and Content-Security-Policy violation is recorded. <see cref="DisposeAsync"/> asserts none happened.
/// </summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly List<string> _requests = [];
    private readonly List<string> _errors = [];
    private readonly string _document;

    private ReportPage(IPage page, string url)
    {
        Page = page;
        _document = url.Split('#')[0];
    }

    public IPage Page { get; }

    /// <summary>Requests other than the page's own document (there must be none).</summary>
    public IReadOnlyList<string> Requests => _requests;

    /// <summary>Console errors, page errors and CSP violations (there must be none).</summary>
    public IReadOnlyList<string> Errors => _errors;

    public static async Task<ReportPage> OpenAsync(string url, int width = 1280, int height = 900)
    {
        var page = await Chromium.Browser.NewPageAsync();
        var report = new ReportPage(page, url);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url.Split('#')[0] == report._document && e.Request.IsNavigationRequest)
            {
                await e.Request.ContinueAsync();
                return;
            }

            lock (report._requests)
            {
                report._requests.Add($"{e.Request.Method} {e.Request.Url}");
            }

            await e.Request.AbortAsync();
        };
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
            {
                lock (report._errors)
                {
                    report._errors.Add($"console {e.Message.Type}: {e.Message.Text}");
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (report._errors)
            {
                report._errors.Add($"page error: {e.Message}");
            }
        };
        page.Dialog += async (_, e) =>
        {
            lock (report._errors)
            {
                report._errors.Add($"dialog: {e.Dialog.Message}");
            }

            await e.Dialog.Dismiss();
        };
        await page.EvaluateFunctionOnNewDocumentAsync(
            "() => document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        await report.GoToAsync(url);
        return report;
    }

    /// <summary>Loads <paramref name="url"/> and waits until the page has drawn itself.</summary>
    public async Task GoToAsync(string url, int timeoutMs = 30_000)
    {
        await Page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = timeoutMs });
        await Page.WaitForSelectorAsync("html[data-ready='true']", new WaitForSelectorOptions { Timeout = timeoutMs });
    }

    public Task<T> Eval<T>(string function, params object[] args) => Page.EvaluateFunctionAsync<T>(function, args);

    public Task Eval(string function, params object[] args) => Page.EvaluateFunctionAsync(function, args);

    /// <summary>The labels of the cards on the page, in order.</summary>
    public Task<string[]> CardLabels() => Eval<string[]>("() => [...document.querySelectorAll('#list article.card h3')].map(h => h.textContent)");

    /// <summary>The part of the URL after '#'.</summary>
    public Task<string> Fragment() => Eval<string>("() => location.hash.replace(/^#/, '')");

    public async ValueTask DisposeAsync()
    {
        await Page.CloseAsync();
        Assert.Multiple(() =>
        {
            Assert.That(_requests, Is.Empty, "the page made requests (it must make none)");
            Assert.That(_errors, Is.Empty, "console errors, page errors or CSP violations");
        });
    }
}
