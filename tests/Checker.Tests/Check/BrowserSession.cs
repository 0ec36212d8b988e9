using Microsoft.Playwright;

namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// Playwright driving the system's chromium (Playwright cannot download its own browsers here), closed with both.
/// A missing chromium fails the test with how to install it: a browser test that skips proves nothing.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser) => (this.playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> Launch(string executable)
    {
        Assert.True(File.Exists(executable), $"{executable} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does) to run the browser tests");
        var playwright = await Playwright.CreateAsync();
        try
        {
            return new BrowserSession(playwright, await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Args = ["--no-sandbox"] }));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
