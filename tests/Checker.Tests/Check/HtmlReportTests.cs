using System.Text.RegularExpressions;

namespace SkipNet.Checker.Tests.Check;

/// <summary><c>skipnet check --format html</c>: the page's marks, notes and MathML, and that a hostile submission reaches it only as text.</summary>
public sealed partial class HtmlReportTests
{
    /// <summary>The embedded submission's page marks exactly its known mistakes, with their notes, its math as MathML, under a strict CSP.</summary>
    [Fact]
    public void EmbeddedSubmission_PageMarksItsKnownMistakes()
    {
        var run = CliRun.Of("check", "--format", "html");
        Assert.Equal((1, ""), (run.ExitCode, run.Error));
        var html = run.Output;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal([21, 59, 77, 79, 107], WrongLines().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());
        Assert.Equal(8, WrongLines().Count(html));
        Assert.Contains("<span class=\"note\">truth -0.75; dL/dz2 * w3: written 0.5, true -0.5</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"note\">truth 1.046875; y + ŷ computed for |y − ŷ|</span>", html, StringComparison.Ordinal);
        Assert.Contains("undefined for 0 &lt; z0 ≤ 1", html, StringComparison.Ordinal);
        Assert.Contains("101 right", html, StringComparison.Ordinal);
        Assert.Contains("dL/dy read as ∂L/∂ŷ", html, StringComparison.Ordinal);
        // The step of l. 79 as MathML from its tree: the cases brace, and w₅ as the student wrote it.
        Assert.Contains("<math display=\"block\">", html, StringComparison.Ordinal);
        Assert.Contains("<msub><mi>w</mi><mn>5</mn></msub>", html, StringComparison.Ordinal);
        Assert.Contains("<mtable", html, StringComparison.Ordinal);
        // Unread math stays TeX source, escaped.
        Assert.Contains("<code class=\"tex\">\\begin{matrix} \\text{calculated} &amp;", html, StringComparison.Ordinal);
        Assert.Matches("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; font-src 'none'; script-src 'none'; ", html);
    }

    /// <summary>Raw HTML, handlers, script links, frames and styles reach the page as text, never as markup.</summary>
    [Fact]
    public void XssSubmission_NothingReachesThePageAsMarkup()
    {
        var run = CliRun.CheckFile(XssSubmission.Markdown, ".md", "--format", "html");
        Assert.Equal("", run.Error);
        var html = run.Output;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Regex.Count(html, "<style", RegexOptions.IgnoreCase)); // the page's own, allowed by its hash
        Assert.Empty(Regex.Matches(html, @"<[^>]*\son\w+\s*=", RegexOptions.IgnoreCase));
        Assert.Empty(Regex.Matches(html, @"<[^>]*(javascript|data|vbscript):", RegexOptions.IgnoreCase));
        Assert.Empty(Regex.Matches(html, @"<[^>]*\s(src|href)\s*=\s*""(?!#"")", RegexOptions.IgnoreCase));
        // The text is still there, escaped, for the teacher to see.
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"tex\">\\href{javascript:alert(7)}{x}</code>", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", html, StringComparison.Ordinal);
    }

    /// <summary>A YAML submission has no document: the page is the summary and the judged items alone.</summary>
    [Fact]
    public void YamlSubmission_PageHasTheItemsAlone()
    {
        var run = CliRun.CheckText("""
            given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1}
            values: { yhat: 0.375, loss: 3.375 }
            """, "--format", "html");
        Assert.Equal((1, ""), (run.ExitCode, run.Error));
        Assert.Contains("<li class=\"wrong\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("truth 2.625", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"block\"", run.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li class=\"wrong\" data-line=\"(\\d+)\"")]
    private static partial Regex WrongLines();
}
