using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Analytic.Wide;

/// <summary>
/// The sizes of the factors a path term of the backward pass multiplies: |h0|, |h1|, |f′(z0)|, |f′(z1)| and |ℓ′(r)|,
/// r = y − ŷ, unit by unit. <see cref="PathMagnitude"/> runs the backward pass on them.
/// </summary>
public sealed record PathFactors(Vector<double> H0, Vector<double> H1, Vector<double> SlopeZ0, Vector<double> SlopeZ1, Vector<double> LossSlope)
{
    /// <summary>|h| and the larger one-sided |f′| and |ℓ′|: the terms as SkipNet's own formulas for f′ and ℓ′ give them.</summary>
    public static PathFactors OneSided(WideTrace trace, VectorSample sample, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(variant);
        var (f, loss) = (variant.Activation, variant.Loss);
        return new(
            trace.H0.PointwiseAbs(),
            trace.H1.PointwiseAbs(),
            trace.Z0.Map(z => Math.Max(Math.Abs(f.LeftDerivative(z)), Math.Abs(f.RightDerivative(z)))),
            trace.Z1.Map(z => Math.Max(Math.Abs(f.LeftDerivative(z)), Math.Abs(f.RightDerivative(z)))),
            // Stryker disable once Linq : every loss's one-sided slopes have one size, L1's ±1 at its kink too (docs/mutation-testing.md)
            (sample.Y - trace.YHat).Map(r => Math.Max(Math.Abs(loss.LeftDerivative(r)), Math.Abs(loss.RightDerivative(r)))));
    }

    /// <summary>
    /// <see cref="OneSided"/>, enlarged to cover any correct evaluation: |f′| at least 1 for tanh and σ, whose f′ is
    /// commonly computed as 1 − h² or h·(1 − h), with an absolute error of a few ε however small f′ is; |ℓ′(r)| with r
    /// rounded to ε·(|y| + |ŷ|): 2(|r| + |y| + |ŷ|) for r², for Huber up to min(δ, |r| + |y| + |ŷ|).
    /// </summary>
    public static PathFactors AnyEvaluation(WideTrace trace, VectorSample sample, Variant variant)
    {
        var oneSided = OneSided(trace, sample, variant);
        var floor = variant.Activation.Kind is ActivationKind.Tanh or ActivationKind.Sigmoid ? 1 : 0;
        var size = (sample.Y - trace.YHat).PointwiseAbs() + sample.Y.PointwiseAbs() + trace.YHat.PointwiseAbs(); // |r| + |y| + |ŷ|
        return oneSided with
        {
            SlopeZ0 = oneSided.SlopeZ0.Map(s => Math.Max(s, floor)),
            SlopeZ1 = oneSided.SlopeZ1.Map(s => Math.Max(s, floor)),
            LossSlope = variant.Loss.Kind switch
            {
                LossKind.Squared => 2 * size,
                LossKind.Huber => Vector<double>.Build.Dense(size.Count, k => Math.Max(oneSided.LossSlope[k], Math.Min(variant.Loss.Delta, size[k]))),
                _ => oneSided.LossSlope,
            },
        };
    }
}
