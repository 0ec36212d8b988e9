namespace SkipNet.Checker.Tests.Check;

/// <summary>A Markdown submission that tries every way into a teacher's browser: raw HTML, handlers, script links, frames, styles, TeX links.</summary>
public static class XssSubmission
{
    public const string Markdown = """
        # Evil <script>alert(1)</script>

        <script>alert(2)</script>

        <img src=x onerror=alert(3)>

        [a](javascript:alert(4)) and [b](JaVaScRiPt:alert(5)) and <javascript:alert(6)> and ![pic](http://example.com/x.png)

        <iframe src="http://example.com"></iframe>

        <style>body { display: none }</style>

        <a href="javascript:alert(9)" onclick="alert(10)">raw link</a>

        $\href{javascript:alert(7)}{x}$ and $z_0 = <script>alert(8)</script>$

        $$z_0 = w_0 x = 0.5$$
        """;
}
