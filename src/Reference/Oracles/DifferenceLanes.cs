using System.Numerics;
using System.Runtime.CompilerServices;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// The exercise's central difference and kink verdict one point per lane, from the same three samples of L at v − h,
/// v and v + h with h = <see cref="CentralDifference.StepAt"/>(v): a performance kernel for <c>skipnet fuzz</c>. Each
/// lane's difference is <see cref="EntryDifference.Of"/>'s at widths 1,1,1,1 exactly; its rounding bound is the
/// cheaper <see cref="RoundingScale.DifferenceQuotientBound(double, double)"/>, and its verdict is
/// <see cref="KinkVerdict.Of"/> on the one-sided differences with that bound (tests/Properties/LaneProperties).
/// </summary>
public static class DifferenceLanes
{
    /// <summary>The central difference, its rounding bound, and where the one-sided differences disagree by more than
    /// two bounds (a kink within h: <see cref="KinkVerdict.NonDifferentiable"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector<double> Central, Vector<double> RoundingBound, Vector<long> NearKink) Of(Node node, PointLanes at)
    {
        var value = at.ValueOf(node);
        var step = new Vector<double>(CentralDifference.BaseStep) * (Vector<double>.One + Vector.Abs(value));
        var central = StencilWeights.For(Stencil.Central);
        Span<Vector<double>> samples = stackalloc Vector<double>[3];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = LossAt(at, node, value + new Vector<double>(central.Offset(i)) * step);
        }

        // Each of the three stencils reaches one step from v: one magnitude bounds all three quotients.
        var bound = RoundingScale.DifferenceQuotientBound(LossAt(at.Magnitudes, node, Vector.Abs(value) + step), step);
        var left = StencilWeights.For(Stencil.Backward).Slope(samples[..2], step);
        var right = StencilWeights.For(Stencil.Forward).Slope(samples[1..], step);
        var nearKink = Vector.GreaterThan(Vector.Abs(right - left), bound + bound);
        return (central.Slope(samples, step), bound, nearKink);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> LossAt(PointLanes at, Node node, Vector<double> value) =>
        NetworkLanes.Loss(at.With(node, value)).Value;
}
