namespace SkipNet.Checker.Grading;

/// <summary>The spread of the scores of the files that have one: min, quartiles (linear interpolation between order statistics), max.</summary>
public sealed record ScoreSpread(int Files, double Min, double LowerQuartile, double Median, double UpperQuartile, double Max)
{
    /// <summary>The spread, or null with no score.</summary>
    public static ScoreSpread? Of(IEnumerable<double> scores)
    {
        var sorted = scores.Order().ToArray();
        return sorted.Length == 0
            ? null
            : new(sorted.Length, sorted[0], Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), sorted[^1]);
    }

    // q at position q·(n − 1), between the two order statistics around it.
    private static double Quantile(double[] sorted, double q)
    {
        var at = q * (sorted.Length - 1);
        var (below, above) = ((int)Math.Floor(at), (int)Math.Ceiling(at));
        return sorted[below] + ((at - below) * (sorted[above] - sorted[below]));
    }
}
