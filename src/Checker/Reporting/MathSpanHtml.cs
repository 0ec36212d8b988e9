using System.Net;
using System.Text;
using SkipNet.Checker.Formulas.Latex;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// One math span of a document as HTML: each chain's sides read back into trees and printed as MathML, joined by
/// their relations; a side that cannot be read, or a span that cannot be read at all, as its TeX source in an
/// escaped <c>&lt;code&gt;</c>. Nothing of the TeX reaches the page as markup.
/// </summary>
public static class MathSpanHtml
{
    public static string Of(string tex, bool display)
    {
        ArgumentNullException.ThrowIfNull(tex);
        IReadOnlyList<LatexChain> chains;
        try
        {
            // Names as written: the page shows what the student wrote (w_5 stays w₅), not what it was read as.
            chains = LatexMathReader.Read(tex, written => written);
        }
        catch (LatexSyntaxException)
        {
            chains = [];
        }

        if (chains.Count == 0)
        {
            return Source(tex);
        }

        var html = new StringBuilder();
        var math = new StringBuilder();
        void Flush()
        {
            if (math.Length > 0)
            {
                html.Append(display ? "<math display=\"block\">" : "<math>").Append("<mrow>").Append(math).Append("</mrow></math>");
                math.Clear();
            }
        }

        for (var c = 0; c < chains.Count; c++)
        {
            var chain = chains[c];
            if (c > 0)
            {
                math.Append("<mspace width=\"1.5em\"></mspace>");
            }

            if (chain.Lead is { } lead)
            {
                math.Append("<mtext>").Append(WebUtility.HtmlEncode(lead)).Append("</mtext><mspace width=\"0.5em\"></mspace>");
            }

            var relations = chain.Relations.ToList();
            if (chain.Continues && relations.Count > 0)
            {
                math.Append(Relation(relations[0]));
                relations.RemoveAt(0);
            }

            for (var i = 0; i < chain.Sides.Count; i++)
            {
                if (i > 0 && i - 1 < relations.Count)
                {
                    math.Append(Relation(relations[i - 1]));
                }

                var side = chain.Sides[i];
                if (side.Expr is { } expr)
                {
                    math.Append(ExprMathMl.Print(expr));
                }
                else if (SideText(tex, side) is { } unread && !string.IsNullOrWhiteSpace(unread))
                {
                    Flush();
                    html.Append(Source(unread));
                }
            }
        }

        Flush();
        return html.ToString();
    }

    /// <summary>TeX that could not be read, shown as its escaped source.</summary>
    public static string Source(string tex) => $"<code class=\"tex\">{WebUtility.HtmlEncode(tex.Trim())}</code>";

    private static string SideText(string tex, LatexSide side) =>
        side.Column >= 1 && side.Column - 1 + side.Length <= tex.Length ? tex.Substring(side.Column - 1, side.Length) : "";

    /// <summary>A chain's relation as a MathML operator.</summary>
    public static string Relation(LatexRelation relation) => relation switch
    {
        LatexRelation.Equal => "<mo>=</mo>",
        LatexRelation.Approx => "<mo>≈</mo>",
        LatexRelation.Less => "<mo>&lt;</mo>",
        LatexRelation.LessOrEqual => "<mo>≤</mo>",
        LatexRelation.Greater => "<mo>&gt;</mo>",
        LatexRelation.GreaterOrEqual => "<mo>≥</mo>",
        LatexRelation.NotEqual => "<mo>≠</mo>",
        _ => "<mo>←</mo>",
    };
}
