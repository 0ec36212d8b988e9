using MathNet.Numerics.Differentiation;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// The backward difference (f(v) − f(v − h)) / h and the forward difference (f(v + h) − f(v)) / h, through Math.NET's
/// two-point stencils, with the same step as <see cref="CentralDifference"/>.
/// </summary>
public static class OneSidedDifference
{
    /// <summary>The backward (left) and forward (right) differences of L along <paramref name="node"/>.</summary>
    public static (FiniteDifference Left, FiniteDifference Right) Of(Node node, Parameters parameters, Sample sample)
    {
        var value = Network.ValueAt(node, parameters, sample);
        var step = CentralDifference.StepAt(value);
        var loss = Network.LossAlong(node, parameters, sample);
        var magnitude = RoundingScale.LossMagnitude(node, step, parameters, sample);
        return (Estimate(loss, value, step, magnitude, center: 1), Estimate(loss, value, step, magnitude, center: 0));
    }

    // center 1 of two points is the backward stencil {v − h, v}; center 0 the forward one {v, v + h}.
    private static FiniteDifference Estimate(Func<double, double> loss, double value, double step, double magnitude, int center)
    {
        var stencil = new NumericalDerivative(2, center) { StepType = StepType.Absolute, StepSize = step };
        var slope = stencil.EvaluateDerivative(loss, value, 1);
        return new FiniteDifference(slope, step, RoundingScale.DifferenceQuotientBound(magnitude, value, step, slope));
    }
}
