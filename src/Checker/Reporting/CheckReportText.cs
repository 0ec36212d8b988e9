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
        if (report.GivenFrom is { } givenFrom)
        {
            WriteDocument(report, givenFrom, console);
            return;
        }

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
            WriteEvidence(f, "    ", console);
        }

        console.MarkupLine($"{report.Right} right, {report.Wrong} wrong, {report.Carried} carried");
    }

    // A document: its lines in order, each judged item with its mark (✓ right, ✗ wrong, ~ carried, ? unjudged or
    // unread), and under each one not right the truth and the diagnosis.
    private static void WriteDocument(CheckReport report, string givenFrom, IAnsiConsole console)
    {
        console.MarkupLine(Markup.Escape($"given: {givenFrom}"));
        foreach (var a in report.Assumptions)
        {
            console.MarkupLine(Markup.Escape($"assumed (l. {a.Line}): {a.Text}"));
        }

        var items = new List<(int Line, int Order, Action Write)>();
        foreach (var f in report.Formulas)
        {
            items.Add((f.Claim.Place.Line, 0, () =>
            {
                console.MarkupLine($"{Mark(f.Verdict)} formula {Markup.Escape($"{f.Claim.Name} = {f.Claim.Text}")}");
                WriteEvidence(f, "      ", console);
            }));
        }

        foreach (var s in report.Steps)
        {
            items.Add((s.Step.Line, 1, () =>
            {
                console.MarkupLine($"{Mark(s.Verdict)} {Markup.Escape(s.Step.Text)}");
                var why = s.Diagnosis is { } d ? "; " + d : "";
                if (s.Verdict is Judging.Verdict.Wrong or Judging.Verdict.Carried)
                {
                    console.MarkupLine(Markup.Escape($"      truth {Numbers.Format(s.Correct ?? double.NaN)}{why}"));
                }
                else if (s.Diagnosis is { } note)
                {
                    console.MarkupLine(Markup.Escape($"      {note}"));
                }
            }));
        }

        foreach (var v in report.Values)
        {
            items.Add((v.Place.Line, 2, () =>
            {
                console.MarkupLine($"{Mark(v.Verdict)} value {Markup.Escape($"{v.Name} = {v.Claimed}")}");
                if (v.Verdict != Judging.Verdict.Right || v.Diagnosis is not null)
                {
                    console.MarkupLine(Markup.Escape($"      truth {Numbers.Format(v.Correct)}{(v.Diagnosis is { } d ? "; " + d : "")}"));
                }
            }));
        }

        foreach (var u in report.Unread)
        {
            items.Add((u.Line, 3, () => console.MarkupLine(Markup.Escape($"? unread {u.Text} ({u.Reason})"))));
        }

        foreach (var line in items.GroupBy(i => i.Line).OrderBy(g => g.Key))
        {
            console.MarkupLine($"[bold]l. {line.Key}[/]");
            foreach (var item in line.OrderBy(i => i.Order))
            {
                item.Write();
            }
        }

        console.MarkupLine($"{report.Right} right, {report.Wrong} wrong, {report.Carried} carried, {report.Unjudged} unjudged, {report.Unread.Count} unread");
    }

    private static void WriteEvidence(FormulaJudgement f, string indent, IAnsiConsole console)
    {
        if (f.Counterexample is { Point: var p } c)
        {
            var w = p.Parameters;
            console.MarkupLine(Markup.Escape(
                $"{indent}at x = {Numbers.Format(p.X)}, y = {Numbers.Format(p.Y)}, w0 = {Numbers.Format(w.W0)}, w1 = {Numbers.Format(w.W1)}, " +
                $"w2 = {Numbers.Format(w.W2)}, w3 = {Numbers.Format(w.W3)} it {Gives(c.ClaimedAt)}; " +
                $"the truth is {Numbers.Format(c.CorrectAt)}"));
        }

        if (f.Diagnosis is { } why)
        {
            console.MarkupLine($"{indent}{Markup.Escape(why)}");
        }
    }

    private static string Mark(Verdict verdict) => verdict switch
    {
        Judging.Verdict.Right => "[green]✓[/]",
        Judging.Verdict.Wrong => "[red]✗[/]",
        Judging.Verdict.Carried => "[yellow]~[/]",
        _ => "?",
    };

    private static string Gives(double value) =>
        double.IsFinite(value) ? $"gives {Numbers.Format(value)}" : $"is undefined ({Numbers.Format(value)})";

    private static string Verdict(Verdict verdict) => verdict switch
    {
        Judging.Verdict.Right => "[green]right[/]",
        Judging.Verdict.Wrong => "[red]wrong[/]",
        _ => "[yellow]carried[/]",
    };
}
