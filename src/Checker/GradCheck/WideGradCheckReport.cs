using System.Globalization;
using System.Text.Json;
using SkipNet.Checker.Json;
using SkipNet.Points.Wide;
using SkipNet.Reference;
using Spectre.Console;
using static SkipNet.Checker.Numbers;

namespace SkipNet.Checker.GradCheck;

/// <summary>
/// A gradient check of the vectorised network: as text, one summary line per matrix (and x) and every mismatch in
/// full; as JSON, every entry's row. The point is printed whole, to reproduce the run.
/// </summary>
public static class WideGradCheckReport
{
    public static void WriteText(IReadOnlyList<EntryCheckRow> rows, WidePoint point, ulong seed, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine(Markup.Escape($"gradient check at the point drawn from seed {seed}: {point}"));
        var summary = new Table().AddColumns("", "entries", "ok", "kink", "mismatch", "max rel. error");
        foreach (var group in rows.GroupBy(r => r.Entry.Node))
        {
            summary.AddRow(
                Name(group.Key), Count(group.Count()), Count(group.Count(r => r.Verdict == CheckVerdict.Ok)),
                Count(group.Count(r => r.Verdict == CheckVerdict.Kink)), Count(group.Count(r => r.Verdict == CheckVerdict.Mismatch)),
                Scientific(group.Where(r => r.Verdict != CheckVerdict.Kink).Select(r => r.RelativeError).DefaultIfEmpty(0).Max()));
        }

        console.Write(summary);
        var mismatches = rows.Where(r => r.Verdict == CheckVerdict.Mismatch).ToList();
        if (mismatches.Count > 0)
        {
            var table = new Table().AddColumns("entry", "analytic", "central", "± bound", "exact left", "exact right", "rel. error");
            foreach (var r in mismatches)
            {
                table.AddRow(
                    Markup.Escape(r.Entry.ToString()), Format(r.Analytic), Format(r.Central.Value), Scientific(r.Central.ErrorBound),
                    Format(r.Exact.Left), Format(r.Exact.Right), Scientific(r.RelativeError));
            }

            console.Write(table);
        }

        console.MarkupLine(mismatches.Count == 0
            ? $"[green]every gradient checks out[/] ({rows.Count} entries; kink: the analytic value lies between the one-sided slopes)"
            : $"[red]{mismatches.Count} mismatch(es)[/]");
    }

    public static string Json(IReadOnlyList<EntryCheckRow> rows, WidePoint point, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(point);
        var document = new WideGradCheckDocument(
            seed, point.Widths.ToString(), VariantJson.Of(point.Variant), point.ToString(),
            [.. rows.Select(r => new WideGradCheckEntry(
                r.Entry.ToString(), r.Analytic, r.Central.Value, r.Central.ErrorBound, r.Central.OnOnePiece, r.Exact.Left, r.Exact.Right,
                r.Left.Value, r.Right.Value, r.RelativeError, r.Central.Central.Step, r.Verdict))]);
        return JsonSerializer.Serialize(document, JsonOutput.Default.WideGradCheckDocument);
    }

    /// <summary>
    /// A row of the 1-wide network as a row of the scalar table: W0[0,0] as w0, x[0] as x, the exact column the right
    /// slope.
    /// </summary>
    public static GradCheckRow Scalar(EntryCheckRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new GradCheckRow(
            row.Entry.Node, row.Analytic, row.Central.Central, row.Exact.Right, row.Exact.Left != row.Exact.Right,
            row.Left, row.Right, row.RelativeError, row.Verdict);
    }

    private static string Name(Node node) => node == Node.X ? "x" : node.ToString();

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
