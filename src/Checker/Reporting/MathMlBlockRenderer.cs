using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SkipNet.Checker.Reporting;

/// <summary>Renders a <c>$$…$$</c> block as display MathML (or its escaped TeX), in place of Markdig's TeX-for-a-script output.</summary>
public sealed class MathMlBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.Write("<div class=\"math\">").Write(MathSpanHtml.Of(obj.Lines.ToString(), display: true)).Write("</div>");
    }
}
