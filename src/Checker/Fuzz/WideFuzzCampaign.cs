using FsCheck.Fluent;
using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Checker.GradCheck;
using SkipNet.Points.Wide;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Fuzz;

/// <summary>
/// The campaign for any activation, loss and widths: at each case, a point of <see cref="WideGenerators.PointOf"/>
/// (one in four moved exactly onto a seam by <see cref="WideKinkPlacement.OnSeam"/>), the analytic gradient of every
/// weight entry and x entry (<see cref="Backprop"/>) against the exact one-sided slopes
/// (<see cref="EntryExactDerivative"/>) and the central difference (<see cref="EntryDifference"/>).
/// </summary>
/// <remarks>
/// Case i is drawn from its own FsCheck state, <see cref="SeededRnd.For(ulong, long)"/>(seed, i), so results do not
/// depend on the thread count. Exact, off a kink: the analytic value must equal the exact derivative within
/// <see cref="PathMagnitude.Tolerance"/>, else it is a mismatch; the error recorded is relative
/// (<see cref="EntryCheck.IntervalError"/>). On a kink (the exact one-sided slopes differ, or kinks stack and the analytic value is off the derivative) the check is counted, and
/// counted again when the analytic value lies outside the slopes' interval widened by the tolerance, but not judged:
/// where kinks stack (z0 = 0 forcing z1 = 0 under leaky ReLU, or several units of a layer) PyTorch's slopes need not give a value between them. Central: where the central
/// estimate (<see cref="EntryDifference.Central"/>: the three-point central difference at an adaptive step, checked
/// against the one at four times the step) stays on one piece and resolves the derivative (<see cref="CentralEstimate.Resolved"/>), the relative error
/// against it, counted as rounding-limited when within its error bound (<see cref="CentralEstimate.Allows"/>) and as
/// beyond it otherwise; unresolved estimates (rounding above 0.1 % of the difference) are counted and left out; at a
/// seam, how far the analytic value lies outside the one-sided differences' interval. The exact oracle is the judge.
/// </remarks>
public static class WideFuzzCampaign
{
    /// <summary>Cases per unit of work handed to a thread: a wide case costs tens of forward passes per entry.</summary>
    private const int Chunk = 16;

    /// <summary>The generated case: a point of the variant and widths, one in four on a seam.</summary>
    public static FsCheck.Gen<WidePoint> CaseGen(Variant variant, Widths widths) =>
        from point in WideGenerators.PointOf(variant, widths)
        from onSeam in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from kind in Gen.Choose(0, WideKinkPlacement.Kinds - 1)
        from index in Gen.Choose(0, WideGenerators.MaxWidth - 1)
        select onSeam ? WideKinkPlacement.OnSeam(point, kind, index) : point;

    /// <summary>Case number <paramref name="index"/> of the campaign with <paramref name="seed"/>.</summary>
    public static WidePoint PointAt(Variant variant, Widths widths, ulong seed, long index) =>
        Gen.Sample(CaseGen(variant, widths), 1, SeededRnd.For(seed, index), 100)[0];

    public static FuzzResult Run(int cases, ulong seed, int threads, FuzzOracles oracles, Variant variant, Widths widths, Action<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        ArgumentNullException.ThrowIfNull(variant);
        var entries = Entry.OfInputs(widths);
        var (total, seconds) = ChunkedRun.Of(
            cases, Chunk, threads, () => new Tally(),
            (first, end, tally) =>
            {
                for (var i = first; i < end; i++)
                {
                    Check(PointAt(variant, widths, seed, i), i, entries, oracles, tally);
                }
            },
            (into, from) => into.Merge(from),
            progress);

        OracleErrors Summarise(string oracle, ErrorStatistics errors)
        {
            var slot = Math.Max(errors.WorstSlot, 0);
            var (index, entry) = (slot / entries.Count, entries[(int)(slot % entries.Count)]);
            return new OracleErrors(
                oracle, errors.Count, Math.Max(errors.Max, 0), errors.Quantile(0.999),
                new FuzzWorst(entry.ToString(), $"case {index} of seed {seed}: {PointAt(variant, widths, seed, index)}", Math.Max(errors.Max, 0)));
        }

        var summaries = new List<OracleErrors>();
        if (oracles != FuzzOracles.Central)
        {
            summaries.Add(Summarise("exact", total.Exact));
        }

        if (oracles != FuzzOracles.Exact)
        {
            summaries.Add(Summarise("central difference", total.Central));
        }

        return new FuzzResult(cases, seed, total.OnKink, total.NearKink, total.RoundingLimited, summaries, seconds)
        {
            Scope = new FuzzScope(variant, widths, entries.Count, total.Mismatches, total.KinkOutside, total.BeyondBound, total.Unresolved),
        };
    }

    private static void Check(WidePoint point, long index, IReadOnlyList<Entry> entries, FuzzOracles oracles, Tally tally)
    {
        var (w, s, v) = (point.Weights, point.Sample, point.Variant);
        var analytic = Backprop.Of(w, s, v);
        var magnitudes = PathMagnitude.Of(w, s, v);
        // Where kinks stack, PyTorch's slopes can disagree with a derivative that exists (ReLU(t) − ReLU(−t) = t, whose
        // chain rule says 0): a convention's artefact, counted with the kink checks rather than as a mismatch.
        var stacked = WideKinks.Count(point) >= 2;
        for (var e = 0; e < entries.Count; e++)
        {
            var (entry, slot) = (entries[e], index * entries.Count + e);
            var (a, magnitude) = (analytic.For(entry), magnitudes.For(entry));
            var exact = EntryExactDerivative.Slopes(entry, w, s, v);
            var admitted = exact.Contains(a, PathMagnitude.Tolerance(entry, magnitudes, w.Widths));
            if (exact.Left != exact.Right || (stacked && !admitted))
            {
                // PyTorch's slope at a kink is one side's per unit; once a layer has several units, units switching on
                // either side of the entry can put both one-sided slopes on the same side of it, so this is counted,
                // not judged.
                tally.OnKink++;
                tally.KinkOutside += admitted ? 0 : 1;
            }
            else
            {
                tally.Mismatches += admitted ? 0 : 1;
                if (oracles != FuzzOracles.Central)
                {
                    tally.Exact.Add(EntryCheck.IntervalError(a, exact, magnitude), slot);
                }
            }

            if (oracles != FuzzOracles.Exact)
            {
                Central(entry, slot, a, magnitude, w, s, v, tally);
            }
        }
    }

    // Where the estimate stays on one piece and resolves the derivative, the relative error against it; at a seam,
    // how far the analytic value lies outside the one-sided differences' interval.
    private static void Central(Entry entry, long slot, double analytic, double magnitude, WeightMatrices w, VectorSample s, Variant v, Tally tally)
    {
        var central = EntryDifference.Central(entry, w, s, v);
        if (central.OnOnePiece && !central.Resolved)
        {
            tally.Unresolved++;
            return;
        }

        if (central.OnOnePiece)
        {
            var error = RelativeError.Of(analytic, central.Value, magnitude);
            tally.Central.Add(error, slot);
            var allowed = central.Allows(analytic);
            tally.RoundingLimited += error > GradientCheck.Tolerance && allowed ? 1 : 0;
            tally.BeyondBound += error > GradientCheck.Tolerance && !allowed ? 1 : 0;
            return;
        }

        tally.NearKink++;
        var step = central.Central.Step;
        var interval = new OneSidedSlopes(
            EntryDifference.Of(entry, w, s, v, Stencil.Backward, step).Value, EntryDifference.Of(entry, w, s, v, Stencil.Forward, step).Value);
        tally.Central.Add(EntryCheck.IntervalError(analytic, interval, magnitude), slot);
    }

    /// <summary>One thread's counts and errors.</summary>
    private sealed class Tally
    {
        public long OnKink;
        public long NearKink;
        public long RoundingLimited;
        public long Mismatches;
        public long KinkOutside;
        public long BeyondBound;

        public long Unresolved;
        public readonly ErrorStatistics Exact = new();
        public readonly ErrorStatistics Central = new();

        public void Merge(Tally other)
        {
            (OnKink, NearKink, RoundingLimited) = (OnKink + other.OnKink, NearKink + other.NearKink, RoundingLimited + other.RoundingLimited);
            (Mismatches, KinkOutside, BeyondBound) = (Mismatches + other.Mismatches, KinkOutside + other.KinkOutside, BeyondBound + other.BeyondBound);
            Unresolved += other.Unresolved;
            Exact.Merge(other.Exact);
            Central.Merge(other.Central);
        }
    }
}
