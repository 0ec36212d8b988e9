using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// Renders a <c>$…$</c> span as MathML (or its escaped TeX), in place of Markdig's TeX-for-a-script output; a
/// <c>$$…$$</c> within a line is an inline to Markdig but displayed, as its writer meant.
/// </summary>
public sealed class MathMlInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.Write(MathSpanHtml.Of(obj.Content.ToString(), display: obj.DelimiterCount >= 2));
    }
}
