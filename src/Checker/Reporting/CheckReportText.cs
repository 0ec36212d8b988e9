using SkipNet.Checker.Judging;
using Spectre.Console;

namespace SkipNet.Checker.Reporting;

/// <summary>The report as tables for a terminal (plain text when the output is redirected or NO_COLOR is set).</summary>
public static class CheckReportText
{
    public static void Write(CheckReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine($"[bold]skipnet check[/] {Markup.Escape(report.Source)}");
        if (report.Values.Count > 0)
        {
            var values = new Table().AddColumns("value", "claimed", "correct", "verdict", "why");
            foreach (var v in report.Values)
            {
                values.AddRow(
                    Markup.Escape(v.Name), Markup.Escape(v.Claimed), Numbers.Format(v.Correct), Verdict(v.Verdict),
                    Markup.Escape(v.Diagnosis ?? ""));
            }

            console.Write(values);
        }

        foreach (var f in report.Formulas)
        {
            console.MarkupLine($"{Verdict(f.Verdict)} formula {Markup.Escape(f.Claim.Name)} = {Markup.Escape(f.Claim.Text)}");
            if (f.Counterexample is { Point: var p } c)
            {
                var w = p.Parameters;
                console.MarkupLine(Markup.Escape(
                    $"    at x = {Numbers.Format(p.X)}, y = {Numbers.Format(p.Y)}, w0 = {Numbers.Format(w.W0)}, w1 = {Numbers.Format(w.W1)}, " +
                    $"w2 = {Numbers.Format(w.W2)}, w3 = {Numbers.Format(w.W3)} it {Gives(c.ClaimedAt)}; " +
                    $"the truth is {Numbers.Format(c.CorrectAt)}"));
            }

            if (f.Diagnosis is { } why)
            {
                console.MarkupLine($"    {Markup.Escape(why)}");
            }
        }

        console.MarkupLine($"{report.Right} right, {report.Wrong} wrong, {report.Carried} carried");
    }

    private static string Gives(double value) =>
        double.IsFinite(value) ? $"gives {Numbers.Format(value)}" : $"is undefined ({Numbers.Format(value)})";

    private static string Verdict(Verdict verdict) => verdict switch
    {
        Judging.Verdict.Right => "[green]right[/]",
        Judging.Verdict.Wrong => "[red]wrong[/]",
        _ => "[yellow]carried[/]",
    };
}
