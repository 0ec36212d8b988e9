using System.Text.Json;
using ScottPlot;
using SkipNet.Checker.Json;
using Spectre.Console;
using static SkipNet.Checker.Numbers;

namespace SkipNet.Checker.GradCheck;

/// <summary>A step sweep as a table, as JSON, or as a log-log chart (PNG or SVG) drawn with ScottPlot.</summary>
public static class SweepReport
{
    /// <summary>Errors below this are drawn at it: a log axis has no zero, and 1e-17 is below any double's rounding.</summary>
    public const double Floor = 1e-17;

    public static void WriteText(StepSweep sweep, IAnsiConsole console)
    {
        console.MarkupLine(Markup.Escape($"relative error of ∂L/∂{GradCheckReport.Name(sweep.Node)} = {Numbers.Format(sweep.Analytic)} by step h"));
        var table = new Table().AddColumn("h");
        foreach (var series in sweep.Series)
        {
            table.AddColumn(series.Method);
        }

        for (var i = 0; i < sweep.Steps.Count; i++)
        {
            var index = i;
            table.AddRow([Scientific(sweep.Steps[i]), .. sweep.Series.Select(s => (index == s.Best ? "*" : "") + Scientific(s.Errors[index]))]);
        }

        console.Write(table);
        console.MarkupLine("* marks each method's best h.");
    }

    public static string Json(StepSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var document = new SweepDocument(
            GradCheckReport.Name(sweep.Node), sweep.Analytic, sweep.Steps,
            [.. sweep.Series.Select(s => new SweepSeriesEntry(s.Method, s.Errors, sweep.Steps[s.Best]))]);
        return JsonSerializer.Serialize(document, JsonOutput.Default.SweepDocument);
    }

    /// <summary>Draws the chart; the file's extension (.png or .svg) chooses the format.</summary>
    public static void Plot(StepSweep sweep, string path)
    {
        var plot = new Plot();
        var xs = sweep.Steps.Select(Math.Log10).ToArray();
        foreach (var series in sweep.Series)
        {
            var ys = series.Errors.Select(e => Math.Log10(Math.Max(e, Floor))).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = series.Errors.All(e => e < Floor) ? $"{series.Method}: error 0, drawn at 1e-17" : series.Method;
            var best = plot.Add.Marker(xs[series.Best], ys[series.Best], MarkerShape.OpenCircle, 14);
            best.Color = line.Color;
        }

        plot.Title($"Gradient check of ∂L/∂{GradCheckReport.Name(sweep.Node)}: relative error against the step");
        plot.XLabel("log10 h");
        plot.YLabel("log10 relative error (circles: each method's best h)");
        plot.ShowLegend(Alignment.MiddleRight);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, 900, 600);
        }
        else
        {
            plot.SavePng(path, 900, 600);
        }
    }
}
