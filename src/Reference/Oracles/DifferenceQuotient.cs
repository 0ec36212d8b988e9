namespace SkipNet.Reference.Oracles;

/// <summary>
/// A finite-difference estimate of ∂L/∂node with any <see cref="Stencil"/> and step: L is sampled at the stencil's
/// points and weighed with Math.NET's finite-difference coefficients (<see cref="StencilWeights"/>).
/// </summary>
public static class DifferenceQuotient
{
    public static FiniteDifference Of(Node node, Parameters parameters, Sample sample, Stencil stencil, double step)
    {
        if (!(step > 0 && double.IsFinite(step)))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "the step must be a positive finite number");
        }

        var weights = StencilWeights.For(stencil);
        var value = Network.ValueAt(node, parameters, sample);
        var loss = Network.LossAlong(node, parameters, sample);
        Span<double> samples = stackalloc double[weights.Coefficients.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = loss(value + weights.Offset(i) * step);
        }

        var bound = RoundingScale.DifferenceQuotientBound(
            RoundingScale.LossMagnitude(node, weights.Reach * step, parameters, sample), step);
        return new FiniteDifference(weights.Slope(samples, step), step, bound);
    }
}
