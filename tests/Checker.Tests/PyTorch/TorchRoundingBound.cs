using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic.Wide;
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
/// formulas. <see cref="PathMagnitude.Tolerance"/> (with <see cref="PathFactors.AnyEvaluation"/>) bounds that: 8·(n + a + b + m + 4)·ε times the entry's path
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
    /// <summary>The bound for each gradient entry at the point.</summary>
    public static Func<Entry, double> ForGradients(WeightMatrices weights, VectorSample sample, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var t = WideNetwork.Forward(weights, sample, variant);
        var d = ForwardDifferences(weights, sample, variant, t);
        var plain = PathFactors.AnyEvaluation(t, sample, variant);
        var inflated = plain with
        {
            H0 = plain.H0 + d.H0,
            H1 = plain.H1 + d.H1,
            SlopeZ0 = plain.SlopeZ0 + SlopeCurvature(variant.Activation) * d.Z0,
            SlopeZ1 = plain.SlopeZ1 + SlopeCurvature(variant.Activation) * d.Z1,
            LossSlope = plain.LossSlope + LossCurvature(variant.Loss) * d.Residual,
        };
        var (m, mPlus) = (PathMagnitude.Of(weights, sample, plain), PathMagnitude.Of(weights, sample, inflated));
        return entry => PathMagnitude.Tolerance(entry, mPlus, weights.Widths) + (mPlus.For(entry) - m.For(entry));
    }

    /// <summary>Δv for z0, h0, z1, h1, z2 and r = y − ŷ: how far two correctly rounded forward passes can differ.</summary>
    public static ForwardErrors ForwardDifferences(WeightMatrices weights, VectorSample sample, Variant variant, WideTrace t)
    {
        var e = WideRoundingScale.NodeErrors(weights, sample, variant, t);
        const double both = 2 * WideRoundingScale.SecondOrderMargin; // two passes, each within e of the exact value
        return new ForwardErrors(both * e.Z0, both * e.H0, both * e.Z1, both * e.H1, both * e.Z2, both * e.Residual);
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
}
