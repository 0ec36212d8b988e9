namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// Unusable documents get one line and exit 2; a single unreadable equation is listed as unread and the rest is judged.
/// </summary>
public sealed class DocumentBadInputTests
{
    [Theory]
    [InlineData(".md", "$$z_0 = 0.5$$\n\0\u0001binary", "not a text file (it holds NUL bytes)")]
    [InlineData(".tex", "\\begin{align*}\nz_0 &= 0.5\n", "\\begin{align*} has no \\end{align*}")]
    [InlineData(".tex", "text $z_0 = 0.5 and more", "'$' opens math that is never closed")]
    [InlineData(".md", "---\ngiven: {x: 1}\n$$z_0 = 0.5$$\n", "the front matter opened by '---' is never closed")]
    [InlineData(".md", "---\ngiven: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1}\nvalues: {}\n---\n", "unknown key 'values' in the front matter")]
    public void UnusableDocument_IsOneLine_ExitTwo(string extension, string text, string problem)
    {
        var run = CliRun.CheckFile(text, extension);
        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        var line = Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains(problem, line);
    }

    /// <summary>10,000 nested fractions in one span: that span is unread (too long for the reader), the next one judged.</summary>
    [Fact]
    public void DeeplyNestedSpan_IsUnread_TheRestJudged()
    {
        var nested = string.Concat(Enumerable.Repeat(@"\frac{1}{", 10_000)) + "2" + new string('}', 10_000);
        var run = CliRun.CheckFile($"$$z_0 = {nested}$$\n\n$$h_0 = 0.5$$\n", ".md", "--format", "json");
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var unread = Assert.Single(json.RootElement.GetProperty("unread").EnumerateArray());
        Assert.Equal(1, unread.GetProperty("line").GetInt32());
        Assert.Equal("right", Assert.Single(json.RootElement.GetProperty("values").EnumerateArray()).GetProperty("verdict").GetString());
    }
}
