using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading.Documents;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// The report as one self-contained HTML page: a summary, then the document rendered with each judged item marked
/// under the block of its line (YAML and JSON, which have no document, get the items alone). The submission is
/// untrusted: raw HTML is off, every text escaped, links neutralised, and a Content-Security-Policy allows no
/// script, no request, only the page's own stylesheet (by its hash).
/// </summary>
public static class CheckReportHtml
{
    private const string Style = """
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; color: #1b1b1b; }
        header { border-bottom: 2px solid #ccc; margin-bottom: 1rem; }
        .counts span { display: inline-block; margin-right: 1em; font-weight: bold; }
        .block { margin: 0.4rem 0; }
        .math { overflow-x: auto; }
        math { font-family: math, "STIX Two Math", "Latin Modern Math", "Cambria Math", serif; font-size: 1.1em; }
        math[display="block"] { margin: 0.3rem 0; }
        code.tex { background: #f3f3f3; padding: 0 0.2em; white-space: pre-wrap; }
        ol.marks { list-style: none; margin: 0.2rem 0 0.8rem 0; padding: 0.2rem 0.6rem; border-left: 3px solid #ddd; background: #fafafa; font-size: 0.92rem; }
        ol.marks > li { margin: 0.15rem 0; }
        .mark { display: inline-block; width: 1.3em; font-weight: bold; }
        .line { color: #666; font-size: 0.8rem; margin-right: 0.4em; }
        .note { display: block; margin-left: 2.6em; }
        .right .mark { color: #1a7f37; }
        .wrong { background: #fde8e8; }
        .wrong .mark, .wrong .note { color: #b3261e; }
        .carried { background: #fdf3dc; }
        .carried .mark, .carried .note { color: #8a5a00; }
        .unjudged .mark, .unjudged .note { color: #6b6b6b; }
        """;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics().UseYamlFrontMatter().UsePreciseSourceLocation().DisableHtml().Build();

    /// <summary>The page; <paramref name="document"/> is the submission's text for Markdown or LaTeX, null for YAML and JSON.</summary>
    public static string Of(CheckReport report, string? document, bool isTex = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var items = JudgedItem.Of(report);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>skipnet check ").Append(E(report.Source)).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        Summary(page, report);
        page.Append("<main>\n");
        if (document is null)
        {
            Marks(page, items);
        }
        else if (isTex)
        {
            Tex(page, document, items);
        }
        else
        {
            Markdown(page, document, items);
        }

        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>No script, no request of any kind; only the page's own stylesheet, named by its hash.</summary>
    public static string Policy =>
        $"default-src 'none'; style-src {CspHash.Of(Style)}; " +
        "img-src 'none'; font-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

    private static void Summary(StringBuilder page, CheckReport report)
    {
        page.Append("<header>\n<h1>skipnet check <code>").Append(E(report.Source)).Append("</code></h1>\n<p class=\"counts\">")
            .Append($"<span class=\"right\"><span class=\"mark\">✓</span>{report.Right} right</span>")
            .Append($"<span class=\"wrong\"><span class=\"mark\">✗</span>{report.Wrong} wrong</span>")
            .Append($"<span class=\"carried\"><span class=\"mark\">~</span>{report.Carried} carried</span>")
            .Append($"<span class=\"unjudged\"><span class=\"mark\">?</span>{report.Unjudged} unjudged, {report.Unread.Count} unread</span>")
            .Append("</p>\n");
        if (report.GivenFrom is { } from)
        {
            page.Append("<p>given: ").Append(E(from)).Append("</p>\n");
        }

        if (report.Assumptions.Count > 0)
        {
            page.Append("<p>assumed:</p>\n<ul>\n");
            foreach (var a in report.Assumptions)
            {
                page.Append("<li><span class=\"line\">l. ").Append(a.Line).Append("</span>").Append(E(a.Text)).Append("</li>\n");
            }

            page.Append("</ul>\n");
        }

        page.Append("</header>\n");
    }

    // Each top-level block, then the items of the lines from its first to the next block's; items before the first block go under it.
    private static void Markdown(StringBuilder page, string text, IReadOnlyList<JudgedItem> items)
    {
        var document = Markdig.Markdown.Parse(text, Pipeline);
        SafeLinks.Apply(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.RemoveAll(r => r is Markdig.Extensions.Mathematics.HtmlMathInlineRenderer or Markdig.Extensions.Mathematics.HtmlMathBlockRenderer);
        // Before the code block renderer: a math block is a fenced code block to Markdig.
        renderer.ObjectRenderers.Insert(0, new MathMlBlockRenderer());
        renderer.ObjectRenderers.Insert(0, new MathMlInlineRenderer());
        var blocks = document.Where(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock).ToList();
        var starts = blocks.Select(b => b.Line + 1).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            writer.GetStringBuilder().Clear();
            renderer.Render(blocks[i]);
            writer.Flush();
            page.Append("<div class=\"block\">").Append(writer).Append("</div>\n");
            var from = i == 0 ? int.MinValue : starts[i];
            var to = i + 1 < blocks.Count ? starts[i + 1] : int.MaxValue;
            Marks(page, [.. items.Where(item => item.Line >= from && item.Line < to)]);
        }

        if (blocks.Count == 0)
        {
            Marks(page, items);
        }
    }

    // A LaTeX document: its math, span by span with its line; the prose around it is not typeset here.
    private static void Tex(StringBuilder page, string text, IReadOnlyList<JudgedItem> items)
    {
        // The check has read these spans already, so the document is one TexMath accepts.
        var spans = TexMath.Spans(text, "");

        var lines = spans.Select(s => s.Line).Distinct().ToList();
        foreach (var span in spans)
        {
            page.Append("<div class=\"block math\"><span class=\"line\">l. ").Append(span.Line).Append("</span>")
                .Append(MathSpanHtml.Of(span.Text, display: true)).Append("</div>\n");
            var next = lines.FirstOrDefault(l => l > span.Line, int.MaxValue);
            var first = span.Line == lines.FirstOrDefault() ? int.MinValue : span.Line;
            if (spans.Last(s => s.Line == span.Line) == span)
            {
                Marks(page, [.. items.Where(item => item.Line >= first && item.Line < next)]);
            }
        }

        if (spans.Count == 0)
        {
            Marks(page, items);
        }
    }

    private static void Marks(StringBuilder page, IReadOnlyList<JudgedItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        page.Append("<ol class=\"marks\">\n");
        foreach (var item in items)
        {
            var (css, mark) = item.Mark switch
            {
                JudgedItem.Kind.Right => ("right", "✓"),
                JudgedItem.Kind.Wrong => ("wrong", "✗"),
                JudgedItem.Kind.Carried => ("carried", "~"),
                _ => ("unjudged", "?"),
            };
            page.Append($"<li class=\"{css}\" data-line=\"{item.Line}\"><span class=\"mark\" title=\"{css}\">{mark}</span><span class=\"line\">l. {item.Line}</span>")
                .Append(item.ClaimHtml);
            foreach (var note in item.Notes)
            {
                page.Append("<span class=\"note\">").Append(E(note)).Append("</span>");
            }

            page.Append("</li>\n");
        }

        page.Append("</ol>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
