using MathNet.Numerics.Differentiation;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// A finite-difference estimate of ∂L/∂node with any <see cref="Stencil"/> and step: L is sampled at the stencil's
/// points and Math.NET weighs them with its finite-difference coefficients.
/// </summary>
public static class DifferenceQuotient
{
    public static FiniteDifference Of(Node node, Parameters parameters, Sample sample, Stencil stencil, double step)
    {
        if (!(step > 0 && double.IsFinite(step)))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "the step must be a positive finite number");
        }

        var (points, center) = stencil switch
        {
            Stencil.Backward => (2, 1),
            Stencil.Forward => (2, 0),
            Stencil.Central => (3, 1),
            Stencil.FivePoint => (5, 2),
            _ => throw new ArgumentOutOfRangeException(nameof(stencil), stencil, "not a stencil"),
        };
        var value = Network.ValueAt(node, parameters, sample);
        var loss = Network.LossAlong(node, parameters, sample);
        var samples = Enumerable.Range(-center, points).Select(offset => loss(value + offset * step)).ToArray();
        // A NumericalDerivative keeps state between calls: one instance per call.
        var slope = new NumericalDerivative(points, center).EvaluateDerivative(samples, 1, step);
        var reach = Math.Max(center, points - 1 - center) * step;
        var bound = RoundingScale.DifferenceQuotientBound(RoundingScale.LossMagnitude(node, reach, parameters, sample), step);
        return new FiniteDifference(slope, step, bound);
    }
}
