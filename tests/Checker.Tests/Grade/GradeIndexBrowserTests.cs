using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkipNet.Checker.Tests.Check;
using Xunit.Abstractions;

namespace SkipNet.Checker.Tests.Grade;

/// <summary>
/// index.html of <c>skipnet grade --out</c> in Debian's chromium: the class table, the links to each file's report and
/// the chart are there; a click on a header sorts the table (so the page's script runs under its CSP); a hostile file
/// name is text and opens no dialog.
/// </summary>
public sealed class GradeIndexBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    private const string Hostile = "<img src=x onerror=alert(1)>.md";

    [Fact]
    public async Task IndexPage_TableLinksChartSortingAndHostileName()
    {
        var submissions = PlantedClass.Generate(12, seed: 4);
        var directory = PlantedClass.Write(submissions);
        File.WriteAllText(Path.Combine(directory, Hostile), PlantedMistake.SignFlipped.Plant(PlantedClass.CorrectMarkdown, markdown: true));
        File.WriteAllText(Path.Combine(directory, "empty.yaml"), "");
        var outDir = Path.Combine(directory, "out");
        try
        {
            Assert.Equal(0, CliRun.Of("grade", directory, "--out", outDir).ExitCode);
            await using var browser = await BrowserSession.Launch(Chromium);
            var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
            var dialogs = new ConcurrentBag<string>();
            page.Dialog += (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                _ = dialog.DismissAsync();
            };
            var errors = new ConcurrentQueue<string>();
            page.Console += (_, message) => errors.Enqueue(message.Text);
            await page.GotoAsync(new Uri(Path.Combine(outDir, "index.html")).AbsoluteUri, new() { WaitUntil = WaitUntilState.NetworkIdle });

            var rows = page.Locator("#class tbody tr");
            Assert.Equal(14, await rows.CountAsync());
            // A link per usable file; the unusable one has none.
            Assert.Equal(13, await page.Locator("#class tbody a").CountAsync());
            Assert.True(await page.Locator("#class tbody tr.unusable").GetByText("the file is empty").IsVisibleAsync());
            // The chart, decoded from its data: URI.
            Assert.True(await page.Locator("img#chart").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
            Assert.True(await page.GetByText(Hostile).IsVisibleAsync());
            Assert.Equal(0, await page.Locator("#class img, [onerror]").CountAsync());

            // Sorting: by wrong, ascending then descending (the numbers of the judged rows, the unusable one first/last).
            var wrong = page.Locator("#class th", new() { HasText = "wrong" }).First;
            await wrong.ClickAsync();
            var ascending = await WrongColumn(page);
            Assert.Equal(ascending.Order(), ascending);
            Assert.Equal("ascending", await wrong.GetAttributeAsync("aria-sort"));
            await wrong.ClickAsync();
            var descending = await WrongColumn(page);
            Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
            Assert.True(descending[0] > descending[^1]);

            var shot = Path.Combine(Path.GetTempPath(), $"skipnet-grade-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            output.WriteLine($"screenshot: {shot}");

            // The hostile file's link opens its check page.
            // Web-first assertions poll until they hold (5 s), so the test does not race the navigation's load event.
            await page.Locator("#class tbody a", new() { HasText = Hostile }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"_img_src_x_onerror_alert_1__\.md\.html$"));
            await Assertions.Expect(page.Locator("h1").GetByText(Hostile)).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("li.wrong")).ToHaveCountAsync(1);
            Assert.Empty(dialogs);
            Assert.Empty(errors);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The wrong column as numbers, an unusable row (no count) as −1.
    private static async Task<int[]> WrongColumn(IPage page) =>
        [.. (await page.Locator("#class tbody tr td:nth-child(4)").AllTextContentsAsync()).Select(t => t.Length == 0 ? -1 : int.Parse(t, System.Globalization.CultureInfo.InvariantCulture))];
}
