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
        var bound = RoundingScale.DifferenceQuotientBound(RoundingScale.LossMagnitude(node, step, parameters, sample), step);
        // Of two points, center 1 is the backward stencil {v − h, v}, center 0 the forward one {v, v + h}.
        var left = new NumericalDerivative(2, 1).EvaluateDerivative([loss(value - step), loss(value)], 1, step);
        var right = new NumericalDerivative(2, 0).EvaluateDerivative([loss(value), loss(value + step)], 1, step);
        return (new FiniteDifference(left, step, bound), new FiniteDifference(right, step, bound));
    }
}
