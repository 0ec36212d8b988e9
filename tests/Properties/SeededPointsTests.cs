using FsCheck;
using FsCheck.Fluent;
using SkipNet.Points;

namespace SkipNet.Properties;

/// <summary>
/// <see cref="SeededPoints"/>, the fast stream of points for campaigns, is a function of (seed, index) and draws
/// the same kinds of points as the property generators.
/// </summary>
public sealed class SeededPointsTests
{
    private const int Draws = 10_000;

    [Fact]
    public void PointAt_IsAFunctionOfSeedAndIndexAlone()
    {
        Assert.Equal(SeededPoints.At(7, 12345), SeededPoints.At(7, 12345));
        Assert.NotEqual(SeededPoints.At(7, 12345), SeededPoints.At(8, 12345));
        Assert.NotEqual(SeededPoints.At(7, 12345), SeededPoints.At(7, 12346));
    }

    /// <summary>
    /// Three statistics of 10,000 points from each source agree to within 0.03 (about six standard errors of the
    /// difference): how many lie exactly on a kink, how many have x = 0, and how many coordinates are exercise
    /// numbers (quarters in [−3, 3]).
    /// </summary>
    [Fact]
    public void Stream_DrawsLikeThePropertyGenerators()
    {
        var stream = Enumerable.Range(0, Draws).Select(i => SeededPoints.At(3, i).ToPoint()).ToList();
        var generated = Gen.Sample(Generators.AnyPoint.Generator, Draws, new Rnd(3, 1013904243), 100).ToList();
        Assert.All(
            new (string Name, Func<Point, double> Statistic)[]
            {
                ("on a kink", p => Kinks.IsOnKink(p) ? 1 : 0),
                ("x = 0", p => p.X == 0 ? 1 : 0),
                ("exercise numbers", p => Coordinates(p).Count(IsExerciseNumber) / 6.0),
            },
            statistic => Assert.True(
                Math.Abs(stream.Average(statistic.Statistic) - generated.Average(statistic.Statistic)) <= 0.03,
                $"{statistic.Name}: stream {stream.Average(statistic.Statistic):0.000}, generators {generated.Average(statistic.Statistic):0.000}"));
    }

    [Fact]
    public void Stream_LogUniformNumbers_SpanTwelveDecades()
    {
        // w2 and w3: the coordinates no kink placement changes.
        var magnitudes = Enumerable.Range(0, Draws).Select(i => SeededPoints.At(5, i)).SelectMany(c => new[] { c.W2, c.W3 })
            .Where(v => !IsExerciseNumber(v)).Select(Math.Abs).ToList();
        Assert.InRange(magnitudes.Min(), 1e-6, 1.1e-6);
        Assert.InRange(magnitudes.Max(), 0.9e6, 1e6);
        Assert.True(magnitudes.Count(v => v < 1) > 0.4 * magnitudes.Count, "about half the decades lie below 1");
    }

    private static double[] Coordinates(Point p) => [p.Parameters.W0, p.Parameters.W1, p.Parameters.W2, p.Parameters.W3, p.X, p.Y];

    private static bool IsExerciseNumber(double v) => v * 4 == Math.Round(v * 4) && Math.Abs(v) <= 3;
}
