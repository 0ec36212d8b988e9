using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// The HTML page in a real browser, Debian's chromium driven by Playwright: the marks and notes are visible and in
/// colour, and a hostile submission's page opens no dialog and sends no request. Chromium missing fails the test
/// (CI installs it): a browser test that skips proves nothing.
/// </summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task EmbeddedPage_MarksAndNotesVisibleInColour()
    {
        var path = Page(CliRun.Of("check", "--format", "html").Output);
        await using var browser = await BrowserSession.Launch(Chromium);
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        await page.GotoAsync(new Uri(path).AbsoluteUri);

        Assert.Equal(8, await page.Locator("li.wrong").CountAsync());
        var step79 = page.Locator("li.wrong[data-line='79']");
        Assert.True(await step79.IsVisibleAsync());
        Assert.True(await step79.GetByText("dL/dz2 * w3: written 0.5, true -0.5").IsVisibleAsync());
        Assert.Equal("rgb(179, 38, 30)", await step79.Locator(".mark").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgb(26, 127, 55)", await page.Locator("li.right .mark").First.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.True(await page.Locator("li.wrong[data-line='107']").GetByText("truth 1.046875; y + ŷ computed for |y − ŷ|").IsVisibleAsync());
        // MathML laid out as math: the cases of l. 79 stand taller than a line of text.
        var cases = await page.Locator("li.wrong[data-line='79'] mtable").First.BoundingBoxAsync();
        Assert.True(cases is { Height: > 25 }, $"the cases table is {cases?.Height} px high");

        var shot = Path.Combine(Path.GetTempPath(), $"skipnet-html-{Guid.NewGuid():N}.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
        output.WriteLine($"screenshot: {shot}");
        File.Delete(path);
    }

    [Fact]
    public async Task XssPage_NoDialogNoRequest()
    {
        var path = Page(CliRun.CheckFile(XssSubmission.Markdown, ".md", "--format", "html").Output);
        var url = new Uri(path).AbsoluteUri;
        await using var browser = await BrowserSession.Launch(Chromium);
        var page = await browser.Browser.NewPageAsync();
        var dialogs = new ConcurrentBag<string>();
        var requests = new ConcurrentQueue<string>();
        var finished = new ConcurrentQueue<string>();
        var failed = new ConcurrentQueue<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Request += (_, request) => requests.Enqueue(request.Url);
        page.RequestFinished += (_, request) => finished.Enqueue(request.Url);
        page.RequestFailed += (_, request) => failed.Enqueue($"{request.Url} {request.Failure}");

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        // The neutralised links lead nowhere: following them opens nothing either.
        foreach (var link in await page.Locator("a").AllAsync())
        {
            await link.ClickAsync();
        }

        await page.WaitForTimeoutAsync(300);
        Assert.Empty(dialogs);
        Assert.Equal([url], requests.Distinct());
        Assert.Equal(0, await page.Locator("script, iframe, img, object, embed, [onerror], [onclick]").CountAsync());
        Assert.Equal(1, await page.Locator("style").CountAsync());
        Assert.True(await page.GetByText("<script>alert(2)</script>").IsVisibleAsync());
        File.Delete(path);

        // The CSP is the second wall: markup that slipped past the escaping would still run nothing and load nothing.
        var html = CliRun.CheckFile(XssSubmission.Markdown, ".md", "--format", "html").Output;
        var breached = Page(html.Replace("</main>", "<script>alert('breach')</script><img src=\"http://127.0.0.1:9/x.png\" onerror=\"alert('img')\"><iframe src=\"http://127.0.0.1:9/\"></iframe></main>", StringComparison.Ordinal));
        var breachedUrl = new Uri(breached).AbsoluteUri;
        await page.GotoAsync(breachedUrl, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForTimeoutAsync(300);
        Assert.Empty(dialogs);
        Assert.Equal([url, breachedUrl], finished.Distinct());
        // Chromium reports the image's request as started, then failed by the CSP: nothing leaves the page.
        Assert.Equal(["http://127.0.0.1:9/x.png csp"], failed);
        File.Delete(breached);
    }

    private static string Page(string html)
    {
        var path = Path.Combine(Path.GetTempPath(), $"skipnet-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, html);
        return path;
    }
}
