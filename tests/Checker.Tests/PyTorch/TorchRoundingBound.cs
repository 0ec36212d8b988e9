using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic.Wide;
using SkipNet.Checker.GradCheck;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Tests.PyTorch;

/// <summary>
/// How far PyTorch's values and gradients of the vectorised network can lie from SkipNet's by rounding alone, derived,
/// not fitted. Two sources, both bounded with the repository's own rules:
/// <list type="number">
/// <item>The forward passes differ: PyTorch sums W·v in its own order (with FMA), and its tanh, σ, softplus and exp are
/// other implementations. Each pass is within e_v of the exact value of every node v by <see cref="WideRoundingScale"/>'s
/// running error analysis — (k + 2)·ε·|W|·|v| + |W|·e for a k-term product, + ε·|v| for the node's own rounding,
/// Lipschitz(f)·e + 4ε·(|h| + 1) through tanh, σ and softplus (ε·|h| for leaky ReLU), ε·(|y| + |r|) for r = y − ŷ,
/// doubled for second-order terms — so the two passes differ by at most Δv = 2·e_v.</item>
/// <item>The backward passes differ: other orders of the same sums, f′ from h (1 − h², h·(1 − h)), ℓ′ by other
/// formulas. <see cref="PathMagnitude.Tolerance"/> bounds that: 8·(n + a + b + m + 4)·ε times the entry's path
/// magnitude M (the backward pass on |W|, |x|, |h|, the largest one-sided |f′| — at least 1 for tanh and σ — and |ℓ′|).</item>
/// </list>
/// A gradient entry is a sum over paths of products of factors ℓ′(r), weights, f′(z) and one h or x. Where both passes
/// put every kinked unit and every L1 residual on the same side of its kink (<see cref="SamePieces"/>), moving each
/// factor by at most its Δ (|h| by Δh, f′ by max|f″|·Δz, ℓ′ by max|ℓ″|·Δr) moves each product by at most
/// ∏(|φ| + Δφ) − ∏|φ|, so the sum by at most M⁺ − M, M⁺ the path magnitude with every factor so inflated. The bound is
/// PathMagnitude.Tolerance(M⁺) + (M⁺ − M). max|f″|: 4/(3√3) for tanh, 1/(6√3) for σ, 1/4 for softplus, 0 for the
/// piecewise-linear ones on one piece; max|ℓ″|: 2 for r², 1 for Huber, 0 for L1 on one piece.
/// </summary>
public static class TorchRoundingBound
{
    private static readonly double Eps = WideRoundingScale.Eps;

    /// <summary>The bound for each gradient entry at the point.</summary>
    public static Func<Entry, double> ForGradients(WeightMatrices weights, VectorSample sample, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var t = WideNetwork.Forward(weights, sample, variant);
        var d = ForwardDifferences(weights, sample, variant, t);
        var zero = new ForwardDifference(Zero(d.Z0), Zero(d.H0), Zero(d.Z1), Zero(d.H1), Zero(d.Z2), Zero(d.Residual));
        var (plain, inflated) = (Magnitudes(weights, sample, variant, t, zero), Magnitudes(weights, sample, variant, t, d));
        return entry => PathMagnitude.Tolerance(entry, inflated, weights.Widths) + (inflated.For(entry) - plain.For(entry));
    }

    /// <summary>The path magnitudes with no inflation: <see cref="PathMagnitude.Of"/> written again with its factors exposed.</summary>
    public static WideGradients PlainMagnitudes(WeightMatrices weights, VectorSample sample, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var t = WideNetwork.Forward(weights, sample, variant);
        var (a, b, m) = (weights.Widths.A, weights.Widths.B, weights.Widths.M);
        var zero = new ForwardDifference(Zero(a), Zero(a), Zero(b), Zero(b), Zero(m), Zero(m));
        return Magnitudes(weights, sample, variant, t, zero);
    }

    /// <summary>Δv for z0, h0, z1, h1, z2 and r = y − ŷ: how far two correctly rounded forward passes can differ.</summary>
    public static ForwardDifference ForwardDifferences(WeightMatrices weights, VectorSample sample, Variant variant, WideTrace t)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(t);
        var f = variant.Activation;
        var eX = Own(sample.X);
        var eZ0 = Product(weights.W0, sample.X, eX) + Own(t.Z0);
        var eH0 = Activated(f, eZ0, t.H0);
        var eZ1 = Product(weights.W1, t.H0, eH0) + Own(t.Z1);
        var eH1 = Activated(f, eZ1, t.H1);
        var eZ2 = Product(weights.W2, t.H1, eH1) + Product(weights.W3, t.H0, eH0) + Own(t.Z2);
        var eR = eZ2 + Eps * (sample.Y.PointwiseAbs() + (sample.Y - t.YHat).PointwiseAbs());
        const double both = 2 * WideRoundingScale.SecondOrderMargin; // two passes, each within e of the exact value
        return new ForwardDifference(both * eZ0, both * eH0, both * eZ1, both * eH1, both * eZ2, both * eR);
    }

    /// <summary>
    /// Whether SkipNet's pass and PyTorch's put every ReLU or leaky-ReLU unit and every L1 residual on the same side of
    /// its kink (the same sign, 0 included); elsewhere their slopes may differ by a whole step.
    /// </summary>
    public static bool SamePieces(Variant variant, WideTrace skipNet, TorchWidePoint torch)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(skipNet);
        ArgumentNullException.ThrowIfNull(torch);
        bool Same(Vector<double> mine, Vector<double> theirs) => mine.Select(Math.Sign).SequenceEqual(theirs.Select(Math.Sign));
        return (!variant.Activation.HasKink || (Same(skipNet.Z0, torch.Forward.Z0) && Same(skipNet.Z1, torch.Forward.Z1)))
            && (!variant.Loss.HasKink || Same(torch.Sample.Y - skipNet.YHat, torch.Sample.Y - torch.Forward.Z2));
    }

    private static WideGradients Magnitudes(WeightMatrices w, VectorSample s, Variant v, WideTrace t, ForwardDifference d)
    {
        var (f, loss) = (v.Activation, v.Loss);
        var (w0, w1, w2, w3) = (w.W0.PointwiseAbs(), w.W1.PointwiseAbs(), w.W2.PointwiseAbs(), w.W3.PointwiseAbs());
        var (h0, h1, x) = (t.H0.PointwiseAbs() + d.H0, t.H1.PointwiseAbs() + d.H1, s.X.PointwiseAbs());
        var dYHat = Vector<double>.Build.Dense(s.Y.Count, k => LossSlope(loss, s.Y[k], t.YHat[k]) + LossCurvature(loss) * d.Residual[k]);
        var dW2 = dYHat.OuterProduct(h1);
        var dW3 = dYHat.OuterProduct(h0);
        var dH1 = w2.TransposeThisAndMultiply(dYHat);
        var dZ1 = dH1.PointwiseMultiply(Slopes(f, t.Z1) + SlopeCurvature(f) * d.Z1);
        var dW1 = dZ1.OuterProduct(h0);
        var (skip, main) = (w3.TransposeThisAndMultiply(dYHat), w1.TransposeThisAndMultiply(dZ1));
        var dH0 = skip + main;
        var dZ0 = dH0.PointwiseMultiply(Slopes(f, t.Z0) + SlopeCurvature(f) * d.Z0);
        return new WideGradients(dYHat, dYHat, dW2, dW3, dH1, dZ1, dW1, skip, main, dH0, dZ0, dZ0.OuterProduct(x), w0.TransposeThisAndMultiply(dZ0));
    }

    // PathMagnitude's factors: the larger one-sided |f′|, at least 1 for tanh and σ.
    private static Vector<double> Slopes(Activation f, Vector<double> z) =>
        z.Map(zi => Math.Max(
            Math.Max(Math.Abs(f.LeftDerivative(zi)), Math.Abs(f.RightDerivative(zi))),
            f.Kind is ActivationKind.Tanh or ActivationKind.Sigmoid ? 1 : 0));

    // PathMagnitude's |ℓ′(r)|: 2(|r| + |y| + |ŷ|) for r², for Huber at most δ, the one-sided slope otherwise.
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

    // max |f″|: tanh″ = −2·tanh·sech², largest at tanh² = 1/3; σ″ = σ(1 − σ)(1 − 2σ), largest 1/(6√3); softplus″ = σ′ ≤ 1/4.
    private static double SlopeCurvature(Activation f) => f.Kind switch
    {
        ActivationKind.Tanh => 4 / (3 * Math.Sqrt(3)),
        ActivationKind.Sigmoid => 1 / (6 * Math.Sqrt(3)),
        ActivationKind.Softplus => 0.25,
        _ => 0,
    };

    // max |ℓ″|: 2 for r², 1 for Huber (inside δ), 0 for L1 off its kink.
    private static double LossCurvature(LossFunction loss) => loss.Kind switch
    {
        LossKind.Squared => 2,
        LossKind.Huber => 1,
        _ => 0,
    };

    // WideRoundingScale's rules: (k + 2)ε|W||v| + |W|e_v for a k-term product.
    private static Vector<double> Product(Matrix<double> matrix, Vector<double> vector, Vector<double> vectorError)
    {
        var (absMatrix, absVector) = (matrix.PointwiseAbs(), vector.PointwiseAbs());
        return (matrix.ColumnCount + 2) * Eps * (absMatrix * absVector) + absMatrix * vectorError;
    }

    // Lipschitz(f)·e plus f's own evaluation error: none for ReLU and identity, ε|h| for leaky ReLU, 4ε(|h| + 1) else.
    private static Vector<double> Activated(Activation f, Vector<double> inputError, Vector<double> output)
    {
        var lipschitz = f.Kind switch
        {
            ActivationKind.LeakyRelu => Math.Max(1, Math.Abs(f.Slope)),
            ActivationKind.Sigmoid => 0.25,
            _ => 1,
        };
        return lipschitz * inputError + output.Map(h => f.Kind switch
        {
            ActivationKind.Relu or ActivationKind.Identity => 0,
            ActivationKind.LeakyRelu => Eps * Math.Abs(h),
            _ => 4 * Eps * (Math.Abs(h) + 1),
        });
    }

    private static Vector<double> Own(Vector<double> value) => Eps * value.PointwiseAbs();

    private static Vector<double> Zero(Vector<double> like) => Vector<double>.Build.Dense(like.Count);

    private static Vector<double> Zero(int length) => Vector<double>.Build.Dense(length);
}
