using ScottPlot;
using SkipNet.Checker.Grading;

namespace SkipNet.Checker.Reporting;

/// <summary>The most common mistakes of a class as a horizontal bar chart (ScottPlot): files per wrong item, the most common on top.</summary>
public static class MistakeChart
{
    /// <summary>How many mistakes the chart shows.</summary>
    public const int Shown = 12;

    public const int Width = 900;

    public sealed record Images(byte[] Png, string Svg);

    public static Images Of(IReadOnlyList<Tally> mistakes)
    {
        ArgumentNullException.ThrowIfNull(mistakes);
        var shown = mistakes.Take(Shown).Reverse().ToArray();
        var plot = new Plot();
        if (shown.Length > 0)
        {
            var bars = plot.Add.Bars(shown.Select(t => (double)t.Files).ToArray());
            bars.Horizontal = true;
            foreach (var (bar, tally) in bars.Bars.Zip(shown))
            {
                bar.Label = tally.Files.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            bars.ValueLabelStyle.FontSize = 14;
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. Enumerable.Range(0, shown.Length).Select(i => (double)i)], [.. shown.Select(t => t.Name)]);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
            plot.Axes.Margins(left: 0);
        }

        plot.Title(shown.Length > 0 ? "The most common mistakes" : "No mistakes");
        plot.XLabel("files");
        var height = 160 + (32 * shown.Length);
        return new Images(plot.GetImageBytes(Width, height, ImageFormat.Png), plot.GetSvgXml(Width, height));
    }
}
