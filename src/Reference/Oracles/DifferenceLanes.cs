using System.Numerics;
using System.Runtime.CompilerServices;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// The central difference and the kink verdict one point per lane, from the same three samples of L at v − h, v and
/// v + h with h = <see cref="CentralDifference.StepAt"/>(v). Each lane equals <see cref="CentralDifference.Of"/> and
/// <see cref="KinkVerdict.Of(Node, Parameters, Sample)"/> exactly.
/// </summary>
public static class DifferenceLanes
{
    /// <summary>The central difference, its rounding bound, and where the one-sided differences disagree (a kink
    /// within h: <see cref="KinkVerdict.NonDifferentiable"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector<double> Central, Vector<double> RoundingBound, Vector<long> NearKink) Of(Node variable, PointLanes at)
    {
        var value = at.ValueOf(variable);
        var step = new Vector<double>(CentralDifference.BaseStep) * (Vector<double>.One + Vector.Abs(value));
        var central = StencilWeights.For(Stencil.Central);
        Span<Vector<double>> samples = stackalloc Vector<double>[3];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = LossAt(at, variable, value + new Vector<double>(central.Offset(i)) * step);
        }

        // Each of the three stencils reaches one step from v: one magnitude bounds all three quotients.
        var bound = RoundingScale.DifferenceQuotientBound(LossAt(at.Magnitudes, variable, Vector.Abs(value) + step), step);
        var left = StencilWeights.For(Stencil.Backward).Slope(samples[..2], step);
        var right = StencilWeights.For(Stencil.Forward).Slope(samples[1..], step);
        var nearKink = Vector.GreaterThan(Vector.Abs(right - left), bound + bound);
        return (central.Slope(samples, step), bound, nearKink);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> LossAt(PointLanes at, Node variable, Vector<double> value) =>
        NetworkLanes.Loss(at.With(variable, value)).Value;
}
