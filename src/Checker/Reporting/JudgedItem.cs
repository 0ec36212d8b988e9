using System.Net;
using SkipNet.Checker.Judging;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// One judged item of a report as the HTML page shows it: its source line, its mark (right, wrong, carried, or
/// unjudged for a step not judged and math not read), what was claimed (HTML, escaped) and the notes under it.
/// </summary>
public sealed record JudgedItem(int Line, int Order, JudgedItem.Kind Mark, string ClaimHtml, IReadOnlyList<string> Notes)
{
    public enum Kind
    {
        Right,
        Wrong,
        Carried,
        Unjudged,
    }

    /// <summary>The report's items in the order the text report gives them: by line, formulas, steps, values, unread.</summary>
    public static IReadOnlyList<JudgedItem> Of(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var items = new List<JudgedItem>();
        foreach (var f in report.Formulas)
        {
            var notes = new List<string>();
            if (f.Counterexample is { Point: var p } c)
            {
                var w = p.Parameters;
                notes.Add($"at x = {N(p.X)}, y = {N(p.Y)}, w0 = {N(w.W0)}, w1 = {N(w.W1)}, w2 = {N(w.W2)}, w3 = {N(w.W3)} it " +
                    (double.IsFinite(c.ClaimedAt) ? $"gives {N(c.ClaimedAt)}" : $"is undefined ({N(c.ClaimedAt)})") + $"; the truth is {N(c.CorrectAt)}");
            }

            if (f.Diagnosis is { } why)
            {
                notes.Add(why);
            }

            items.Add(new(f.Claim.Place.Line, 0, Of(f.Verdict), $"formula {Math(ExprMathMl.Name(f.Claim.Name) + "<mo>=</mo>" + ExprMathMl.Print(f.Claim.Formula))}", notes));
        }

        foreach (var s in report.Steps)
        {
            var notes = new List<string>();
            var why = s.Diagnosis is { } d ? "; " + d : "";
            if (s.Verdict is Verdict.Wrong or Verdict.Carried)
            {
                notes.Add($"truth {N(s.Correct ?? double.NaN)}{why}");
            }
            else if (s.Diagnosis is { } note)
            {
                notes.Add(note);
            }

            var mark = s.Verdict switch
            {
                Verdict.Right => Kind.Right,
                Verdict.Wrong => Kind.Wrong,
                Verdict.Carried => Kind.Carried,
                _ => Kind.Unjudged,
            };
            var claim = s.Step is { Left: { } left, Right: { } right }
                ? "step " + Math(ExprMathMl.Print(left) + MathSpanHtml.Relation(s.Step.Relation) + ExprMathMl.Print(right))
                : "step " + MathSpanHtml.Source(s.Step.Text);
            items.Add(new(s.Step.Line, 1, mark, claim, notes));
        }

        foreach (var v in report.Values)
        {
            var notes = v.Verdict != Verdict.Right || v.Diagnosis is not null
                ? new[] { $"truth {N(v.Correct)}{(v.Diagnosis is { } d ? "; " + d : "")}" }
                : [];
            items.Add(new(v.Place.Line, 2, Of(v.Verdict), $"value {Math(ExprMathMl.Name(v.Name) + "<mo>=</mo><mn>" + WebUtility.HtmlEncode(v.Claimed) + "</mn>")}", notes));
        }

        foreach (var u in report.Unread)
        {
            items.Add(new(u.Line, 3, Kind.Unjudged, "unread " + MathSpanHtml.Source(u.Text), [u.Reason]));
        }

        return [.. items.OrderBy(i => i.Line).ThenBy(i => i.Order)];
    }

    private static Kind Of(Verdict verdict) => verdict switch
    {
        Verdict.Right => Kind.Right,
        Verdict.Wrong => Kind.Wrong,
        _ => Kind.Carried,
    };

    private static string Math(string mathMl) => $"<math><mrow>{mathMl}</mrow></math>";

    private static string N(double value) => Numbers.Format(value);
}
