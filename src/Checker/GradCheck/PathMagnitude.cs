using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic.Wide;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.GradCheck;

/// <summary>
/// The scale of rounding in any chain-rule evaluation of a derivative of the vectorised network: the backward pass
/// run on magnitudes (|W|, |h|, |x|, and for f′ and ℓ′ the size of what they are computed from), so that every path
/// term is added with its absolute value and nothing cancels. Two evaluations of the same derivative that sum the same
/// terms in different orders, or compute f′ and ℓ′ by different correct formulas, differ by at most a few units of
/// roundoff per term times this.
/// </summary>
public static class PathMagnitude
{
    /// <summary>Unit roundoff of double: 2⁻⁵³.</summary>
    public static readonly double Eps = Precision.DoublePrecision;

    /// <summary>Every derivative's magnitude, in the shape of the gradients.</summary>
    public static WideGradients Of(WeightMatrices weights, VectorSample sample, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var t = WideNetwork.Forward(weights, sample, variant);
        var (f, loss) = (variant.Activation, variant.Loss);
        var (w0, w1, w2, w3) = (weights.W0.PointwiseAbs(), weights.W1.PointwiseAbs(), weights.W2.PointwiseAbs(), weights.W3.PointwiseAbs());
        var (h0, h1, x) = (t.H0.PointwiseAbs(), t.H1.PointwiseAbs(), sample.X.PointwiseAbs());

        var dYHat = Vector<double>.Build.Dense(sample.Y.Count, k => LossSlope(loss, sample.Y[k], t.YHat[k]));
        var dW2 = dYHat.OuterProduct(h1);
        var dW3 = dYHat.OuterProduct(h0);
        var dH1 = w2.TransposeThisAndMultiply(dYHat);
        var dZ1 = dH1.PointwiseMultiply(Slopes(f, t.Z1));
        var dW1 = dZ1.OuterProduct(h0);
        var (skip, main) = (w3.TransposeThisAndMultiply(dYHat), w1.TransposeThisAndMultiply(dZ1));
        var dH0 = skip + main;
        var dZ0 = dH0.PointwiseMultiply(Slopes(f, t.Z0));
        return new WideGradients(dYHat, dYHat, dW2, dW3, dH1, dZ1, dW1, skip, main, dH0, dZ0, dZ0.OuterProduct(x), w0.TransposeThisAndMultiply(dZ0));
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
        return 8 * (widths.N + widths.A + widths.B + widths.M + 4) * Eps * magnitudes.For(entry);
    }

    // The larger one-sided |f′|; at least 1 for tanh and σ, whose f′ is commonly computed as 1 − h² or h·(1 − h), with an
    // absolute error of a few ε however small f′ is.
    private static Vector<double> Slopes(Activation f, Vector<double> z) =>
        z.Map(zi => Math.Max(
            Math.Max(Math.Abs(f.LeftDerivative(zi)), Math.Abs(f.RightDerivative(zi))),
            f.Kind is ActivationKind.Tanh or ActivationKind.Sigmoid ? 1 : 0));

    // The larger one-sided |ℓ′(r)|, with r = y − ŷ rounded to ε·(|y| + |ŷ|): 2(|r| + |y| + |ŷ|) for r², at most δ for Huber.
    private static double LossSlope(LossFunction loss, double y, double yHat)
    {
        var r = y - yHat;
        var slope = Math.Max(Math.Abs(loss.LeftDerivative(r)), Math.Abs(loss.RightDerivative(r)));
        return loss.Kind switch
        {
            LossKind.Squared => 2 * (Math.Abs(r) + Math.Abs(y) + Math.Abs(yHat)),
            LossKind.Huber => Math.Max(slope, Math.Min(loss.Delta, Math.Abs(r) + Math.Abs(y) + Math.Abs(yHat))),
            _ => slope,
        };
    }
}
