using FsCheck;
using FsCheck.Fluent;
using SkipNet.Analytic;
using SkipNet.Checker.GradCheck;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;

namespace SkipNet.Checker.Fuzz;

/// <summary>The error statistics of one oracle over a campaign.</summary>
public sealed record OracleErrors(string Oracle, double Max, double P999, FuzzWorst Worst);

/// <summary>The case with the largest error: where, along which variable, and how large.</summary>
public sealed record FuzzWorst(Point Point, Node Variable, double RelativeError);

/// <summary>What a campaign found. Everything but the timing is a function of the seed and the case count alone.</summary>
public sealed record FuzzResult(
    int Cases, ulong Seed, int KinkChecks, int NearKinkChecks, int RoundingLimitedChecks, IReadOnlyList<OracleErrors> Oracles, double Seconds)
{
    public double CasesPerSecond => Cases / Seconds;
}

/// <summary>
/// A random campaign over the property generators: at each point, the analytic gradient of w0..w3 and x against
/// the exact and the central-difference oracles. Case i is generated from (seed, i) alone, so results are the same
/// whatever the number of threads. A variable along which L has a kink at the point (its exact one-sided slopes
/// differ) is counted, not measured; one whose central difference straddles a nearby kink (the kink verdict fires)
/// is counted and left out of the central difference's errors. A central difference off by more than 1e-6 but
/// within its own rounding bound (a gradient tiny beside L) is counted as rounding-limited.
/// </summary>
public static class FuzzCampaign
{
    // SplitMix's golden-ratio increment: spreads consecutive case numbers over the seed space, and is odd.
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private static readonly Gen<Point> Points = Gen.Frequency((3, Generators.AnyPointGen), (1, Generators.KinkPointGen));

    private static readonly Node[] Variables = [Node.W0, Node.W1, Node.W2, Node.W3, Node.X];

    /// <summary>Point number <paramref name="index"/> of the campaign with <paramref name="seed"/>.</summary>
    public static Point PointAt(ulong seed, long index) =>
        Gen.Sample(Points, 1, new Rnd(seed + (ulong)index * Golden, Golden), 100)[0];

    public static FuzzResult Run(int cases, ulong seed, int threads, Action<int>? progress = null)
    {
        var exact = new double[cases * Variables.Length];
        var central = new double[cases * Variables.Length];
        var onKink = new int[cases];
        var nearKink = new int[cases];
        var roundingLimited = new int[cases];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var point = PointAt(seed, i);
            var (p, s) = (point.Parameters, point.Sample);
            var g = Backprop.Of(p, s);
            for (var v = 0; v < Variables.Length; v++)
            {
                var (node, slot) = (Variables[v], i * Variables.Length + v);
                (exact[slot], central[slot]) = (double.NaN, double.NaN);
                var slopes = ExactDerivative.Slopes(node, p, s);
                if (slopes.Left != slopes.Right)
                {
                    onKink[i]++;
                    continue;
                }

                var analytic = g.For(node);
                var scale = RoundingScale.DerivativeMagnitude(node, p, s);
                exact[slot] = RelativeError(analytic, slopes.Right, scale);
                if (KinkVerdict.Of(node, p, s) is KinkVerdict.NonDifferentiable)
                {
                    nearKink[i]++;
                    continue;
                }

                var difference = CentralDifference.Of(node, p, s);
                central[slot] = RelativeError(analytic, difference.Value, scale);
                roundingLimited[i] += central[slot] > GradientCheck.Tolerance && Math.Abs(analytic - difference.Value) <= difference.RoundingBound ? 1 : 0;
            }

            if (progress is not null && Interlocked.Increment(ref done) % 1000 == 0)
            {
                progress(1000);
            }
        });
        clock.Stop();
        return new FuzzResult(
            cases, seed, onKink.Sum(), nearKink.Sum(), roundingLimited.Sum(),
            [Summarise("exact", exact, seed), Summarise("central difference", central, seed)],
            clock.Elapsed.TotalSeconds);
    }

    /// <summary>|a − b| / max(|a|, |b|, M), M the sum of the magnitudes of the derivative's path terms.</summary>
    public static double RelativeError(double a, double b, double magnitude)
    {
        var scale = Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), magnitude);
        return scale == 0 ? 0 : Math.Abs(a - b) / scale;
    }

    private static OracleErrors Summarise(string oracle, double[] errors, ulong seed)
    {
        var measured = errors.Select((e, slot) => (e, slot)).Where(x => !double.IsNaN(x.e)).ToArray();
        if (measured.Length == 0)
        {
            return new OracleErrors(oracle, 0, 0, new FuzzWorst(PointAt(seed, 0), Node.W0, 0));
        }

        var sorted = measured.Select(x => x.e).Order().ToArray();
        var worst = measured.MaxBy(x => x.e);
        var p999 = sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(0.999 * sorted.Length) - 1)];
        return new OracleErrors(oracle, worst.e, p999,
            new FuzzWorst(PointAt(seed, worst.slot / Variables.Length), Variables[worst.slot % Variables.Length], worst.e));
    }
}
