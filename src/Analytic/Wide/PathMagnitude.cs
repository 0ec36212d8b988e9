using MathNet.Numerics;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Analytic.Wide;

/// <summary>
/// The scale of rounding in any chain-rule evaluation of a derivative of the vectorised network: the backward pass run
/// on magnitudes (|W|, |x|, and the sizes of h, f′ and ℓ′ that <see cref="PathFactors"/> gives), so that every path term
/// is added with its absolute value and nothing cancels. Two evaluations of the same derivative that sum the same terms
/// in different orders differ by at most a few units of roundoff per term times this.
/// </summary>
public static class PathMagnitude
{
    /// <summary>Unit roundoff of double: 2⁻⁵³.</summary>
    private static readonly double UnitRoundoff = Precision.DoublePrecision;

    /// <summary>Every derivative's magnitude with <see cref="PathFactors.AnyEvaluation"/>'s factors, in the shape of the gradients.</summary>
    public static WideGradients Of(WeightMatrices weights, VectorSample sample, Variant variant) =>
        Of(weights, sample, PathFactors.AnyEvaluation(WideNetwork.Forward(weights, sample, variant), sample, variant));

    /// <summary>Every derivative's magnitude with the given factor sizes.</summary>
    public static WideGradients Of(WeightMatrices weights, VectorSample sample, PathFactors factors)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(factors);
        var (w0, w1, w2, w3) = (weights.W0.PointwiseAbs(), weights.W1.PointwiseAbs(), weights.W2.PointwiseAbs(), weights.W3.PointwiseAbs());

        var dYHat = factors.LossSlope;                                 // |ℓ′|
        var dW2 = dYHat.OuterProduct(factors.H1);                      // |∂L/∂z2|·|h1|ᵀ
        var dW3 = dYHat.OuterProduct(factors.H0);                      // |∂L/∂z2|·|h0|ᵀ
        var dH1 = w2.TransposeThisAndMultiply(dYHat);                  // |W2|ᵀ·|∂L/∂z2|
        var dZ1 = dH1.PointwiseMultiply(factors.SlopeZ1);              // ⊙ |f′(z1)|
        var dW1 = dZ1.OuterProduct(factors.H0);                        // |∂L/∂z1|·|h0|ᵀ
        var skip = w3.TransposeThisAndMultiply(dYHat);                 // |W3|ᵀ·|∂L/∂z2|
        var main = w1.TransposeThisAndMultiply(dZ1);                   // |W1|ᵀ·|∂L/∂z1|
        var dH0 = skip + main;
        var dZ0 = dH0.PointwiseMultiply(factors.SlopeZ0);              // ⊙ |f′(z0)|
        var dW0 = dZ0.OuterProduct(sample.X.PointwiseAbs());           // |∂L/∂z0|·|x|ᵀ
        var dX = w0.TransposeThisAndMultiply(dZ0);                     // |W0|ᵀ·|∂L/∂z0|
        return new WideGradients(dYHat, dYHat, dW2, dW3, dH1, dZ1, dW1, skip, main, dH0, dZ0, dW0, dX);
    }

    /// <summary>
    /// The rounding tolerance for comparing two evaluations of ∂L/∂(entry): 8·(n + a + b + m + 4)·ε times the entry's
    /// magnitude — each of the at most n + a + b + m + 4 roundings on a path (the sums of the matrix products, the
    /// products along the chain, f′ and ℓ′) moves a term by ε relative, the factor 8 covers both evaluations and the
    /// second-order terms.
    /// </summary>
    public static double Tolerance(Entry entry, WideGradients magnitudes, Widths widths)
    {
        ArgumentNullException.ThrowIfNull(magnitudes);
        ArgumentNullException.ThrowIfNull(widths);
        return 8 * (widths.N + widths.A + widths.B + widths.M + 4) * UnitRoundoff * magnitudes.For(entry);
    }
}
