using System.Text.Json;
using SkipNet.Checker.Json;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using Spectre.Console;
using static SkipNet.Checker.Numbers;

namespace SkipNet.Checker.GradCheck;

/// <summary>Prints a gradient check as a table fit to project in a lecture, or as JSON.</summary>
public static class GradCheckReport
{
    /// <summary>The table; a variant other than the exercise's is named after the point.</summary>
    public static void WriteText(IReadOnlyList<GradCheckRow> rows, Parameters p, Sample s, IAnsiConsole console, Variant? variant = null)
    {
        var named = variant is null || variant == Variant.Exercise ? "" : $" ({variant})";
        console.MarkupLine(Markup.Escape(
            $"gradient check at x = {Format(s.X)}, y = {Format(s.Y)}, w0 = {Format(p.W0)}, w1 = {Format(p.W1)}, w2 = {Format(p.W2)}, w3 = {Format(p.W3)}{named}"));
        var table = new Table().AddColumns("", "analytic", "central", "exact", "left", "right", "rel. error", "h", "verdict");
        foreach (var row in rows)
        {
            table.AddRow(
                Name(row.Node), Format(row.Analytic), Format(row.Central.Value), Format(row.Exact),
                Format(row.Left.Value), Format(row.Right.Value), row.RelativeError.ToString("0.0e+00", System.Globalization.CultureInfo.InvariantCulture),
                row.Central.Step.ToString("0.0e+00", System.Globalization.CultureInfo.InvariantCulture), Verdict(row.Verdict));
        }

        console.Write(table);
        foreach (var row in rows.Where(r => r.Verdict == CheckVerdict.Kink))
        {
            var (low, high) = (Math.Min(row.Left.Value, row.Right.Value), Math.Max(row.Left.Value, row.Right.Value));
            var where = row.KinkAtPoint
                ? $"L has a kink at this point: any value in [{Format(low)}, {Format(high)}] is a subgradient, the analytic {Format(row.Analytic)} among them."
                : $"L has a kink within h of this point but not at it (the exact derivative is {Format(row.Exact)}): a smaller h resolves it.";
            console.MarkupLine(Markup.Escape(
                $"{Name(row.Node)}: the one-sided slopes are {Format(row.Left.Value)} (left) and {Format(row.Right.Value)} (right), and a central " +
                $"difference straddling the kink lands between them ({Format(row.Central.Value)}), so its disagreement is no mismatch. {where}"));
        }

        var mismatches = rows.Count(r => r.Verdict == CheckVerdict.Mismatch);
        console.MarkupLine(mismatches == 0 ? "[green]every gradient checks out[/]" : $"[red]{mismatches} mismatch(es)[/]");
    }

    /// <summary>The rows as JSON (<see cref="GradCheckDocument"/>); a variant other than the exercise's adds a top-level "variant" object.</summary>
    public static string Json(IReadOnlyList<GradCheckRow> rows, Parameters p, Sample s, Variant? variant = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var document = new GradCheckDocument(
            PointJson.Of(s, p),
            [.. rows.Select(r => new GradCheckEntry(
                Name(r.Node), r.Analytic, r.Central.Value, r.Exact, r.KinkAtPoint, r.Left.Value, r.Right.Value, r.RelativeError, r.Central.Step, r.Verdict))],
            VariantJson.Unless(variant));
        return JsonSerializer.Serialize(document, JsonOutput.Default.GradCheckDocument);
    }

    public static string Name(Node node) => node.ToString().ToLowerInvariant();

    private static string Verdict(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Ok => "[green]ok[/]",
        CheckVerdict.Kink => "[yellow]kink[/]",
        _ => "[red]mismatch[/]",
    };
}
