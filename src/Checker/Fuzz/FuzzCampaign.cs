using System.Numerics;
using SkipNet.Analytic;
using SkipNet.Checker.GradCheck;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;

namespace SkipNet.Checker.Fuzz;

/// <summary>Which oracles a campaign checks the analytic gradient against.</summary>
public enum FuzzOracles
{
    Both,
    Exact,
    Central,
}

/// <summary>The error statistics of one oracle over a campaign.</summary>
public sealed record OracleErrors(string Oracle, long Checks, double Max, double P999, FuzzWorst Worst);

/// <summary>The case with the largest error: along which node or entry, how to replay it, and how large.</summary>
public sealed record FuzzWorst(string Along, string Replay, double RelativeError);

/// <summary>
/// What a campaign found. Everything but the timing is a function of the seed and the case count alone (and, for the
/// generic campaign, of its <see cref="Scope"/>).
/// </summary>
public sealed record FuzzResult(
    int Cases, ulong Seed, long KinkChecks, long NearKinkChecks, long RoundingLimitedChecks, IReadOnlyList<OracleErrors> Oracles, double Seconds)
{
    public double CasesPerSecond => Cases / Seconds;

    /// <summary>The generic campaign's variant, widths and mismatch count; null for the scalar exercise's campaign.</summary>
    public FuzzScope? Scope { get; init; }
}

/// <summary>
/// A random campaign: at each point of <see cref="SeededPoints"/>, the analytic gradient of w0..w3 and x against the
/// exact and the central-difference oracles, <see cref="Vector{T}.Count"/> points at a time (<see cref="BackpropLanes"/>,
/// <see cref="ExactSlopeLanes"/>, <see cref="DifferenceLanes"/>, each equal lane by lane to its scalar original).
/// Case i is generated from (seed, i) alone and the statistics merge in any order, so results are the same whatever
/// the number of threads. A node along which L has a kink at the point (its exact one-sided slopes differ) is
/// counted, not measured; one whose central difference straddles a nearby kink (the kink verdict fires) is counted
/// and left out of the central difference's errors. A central difference off by more than
/// <see cref="GradientCheck.Tolerance"/> but within its own rounding bound (a gradient tiny beside L) is counted as
/// rounding-limited.
/// </summary>
public static class FuzzCampaign
{
    /// <summary>Cases per unit of work handed to a thread.</summary>
    private const int Chunk = 1 << 14;

    /// <summary>Point number <paramref name="index"/> of the campaign with <paramref name="seed"/>.</summary>
    public static Point PointAt(ulong seed, long index) => SeededPoints.At(seed, index).ToPoint();

    public static FuzzResult Run(int cases, ulong seed, int threads, FuzzOracles oracles = FuzzOracles.Both, Action<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        var (total, seconds) = ChunkedRun.Of(
            cases, Chunk, threads, () => new Tally(),
            (first, end, tally) =>
            {
                for (var i = first; i < end; i += Vector<double>.Count)
                {
                    CheckLanes(seed, i, (int)Math.Min(Vector<double>.Count, end - i), oracles, tally);
                }
            },
            (into, from) => into.Merge(from),
            progress);
        var summaries = new List<OracleErrors>();
        if (oracles != FuzzOracles.Central)
        {
            summaries.Add(Summarise("exact", total.Exact, seed));
        }

        if (oracles != FuzzOracles.Exact)
        {
            summaries.Add(Summarise("central difference", total.Central, seed));
        }

        return new FuzzResult(cases, seed, total.OnKink, total.NearKink, total.RoundingLimited, summaries, seconds);
    }

    // Cases first … first + count − 1, one per lane; lanes past count hold zeros and are not read.
    private static void CheckLanes(ulong seed, long first, int count, FuzzOracles oracles, Tally tally)
    {
        var at = Load(seed, first, count);
        var analytic = BackpropLanes.Of(at.W0, at.W1, at.W2, at.W3, at.X, at.Y);
        for (var v = 0; v < Nodes.Inputs.Count; v++)
        {
            var node = Nodes.Inputs[v];
            var gradient = analytic.For(node);
            var (left, right) = ExactSlopeLanes.Slopes(node, at);
            var (central, bound, nearKink) = oracles == FuzzOracles.Exact ? default : DifferenceLanes.Of(node, at);
            // The scale M matters only where the two values differ: an error of 0 is 0 on any scale.
            var scale = Vector.EqualsAll(gradient, right) && (oracles == FuzzOracles.Exact || Vector.EqualsAll(gradient, central))
                ? Vector<double>.Zero
                : ExactSlopeLanes.DerivativeMagnitude(node, at);
            var (exactErrors, centralErrors) = (RelativeError.Of(gradient, right, scale), RelativeError.Of(gradient, central, scale));
            if (oracles == FuzzOracles.Exact && Vector.EqualsAll(left, right) && Vector.EqualsAll(exactErrors, Vector<double>.Zero))
            {
                tally.Exact.AddZeros(count, first * Nodes.Inputs.Count + v); // the common case, in one step
                continue;
            }

            for (var lane = 0; lane < count; lane++)
            {
                if (left[lane] != right[lane])
                {
                    tally.OnKink++;
                    continue;
                }

                var slot = (first + lane) * Nodes.Inputs.Count + v;
                if (oracles != FuzzOracles.Central)
                {
                    tally.Exact.Add(exactErrors[lane], slot);
                }

                if (oracles == FuzzOracles.Exact)
                {
                    continue;
                }

                if (nearKink[lane] != 0)
                {
                    tally.NearKink++;
                    continue;
                }

                tally.Central.Add(centralErrors[lane], slot);
                tally.RoundingLimited += centralErrors[lane] > GradientCheck.Tolerance && Math.Abs(gradient[lane] - central[lane]) <= bound[lane] ? 1 : 0;
            }
        }
    }

    private static PointLanes Load(ulong seed, long first, int count)
    {
        Span<double> lanes = stackalloc double[6 * Vector<double>.Count];
        lanes.Clear();
        var width = Vector<double>.Count;
        for (var lane = 0; lane < count; lane++)
        {
            var c = SeededPoints.At(seed, first + lane);
            (lanes[lane], lanes[width + lane], lanes[2 * width + lane]) = (c.W0, c.W1, c.W2);
            (lanes[3 * width + lane], lanes[4 * width + lane], lanes[5 * width + lane]) = (c.W3, c.X, c.Y);
        }

        return new PointLanes(
            new Vector<double>(lanes[..width]), new Vector<double>(lanes[width..]), new Vector<double>(lanes[(2 * width)..]),
            new Vector<double>(lanes[(3 * width)..]), new Vector<double>(lanes[(4 * width)..]), new Vector<double>(lanes[(5 * width)..]));
    }

    private static OracleErrors Summarise(string oracle, ErrorStatistics errors, ulong seed)
    {
        if (errors.Count == 0)
        {
            return new OracleErrors(oracle, 0, 0, 0, Worst(PointAt(seed, 0), Node.W0, 0));
        }

        var inputs = Nodes.Inputs.Count;
        var worst = Worst(PointAt(seed, errors.WorstSlot / inputs), Nodes.Inputs[(int)(errors.WorstSlot % inputs)], errors.Max);
        return new OracleErrors(oracle, errors.Count, errors.Max, errors.Quantile(0.999), worst);
    }

    private static FuzzWorst Worst(Point point, Node node, double error) =>
        new(GradCheckReport.Name(node), FuzzReport.Replay(point), error);

    /// <summary>One thread's counts and errors.</summary>
    private sealed class Tally
    {
        public long OnKink;
        public long NearKink;
        public long RoundingLimited;
        public readonly ErrorStatistics Exact = new();
        public readonly ErrorStatistics Central = new();

        public void Merge(Tally other)
        {
            (OnKink, NearKink, RoundingLimited) = (OnKink + other.OnKink, NearKink + other.NearKink, RoundingLimited + other.RoundingLimited);
            Exact.Merge(other.Exact);
            Central.Merge(other.Central);
        }
    }
}
