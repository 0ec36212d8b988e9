using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker;

/// <summary>
/// The scalar exercise with any activation and loss: the vectorised model (<see cref="WideNetwork"/>,
/// <see cref="WideBackprop"/>, <see cref="WideSgd"/>) at widths 1,1,1,1, read back into the scalar records the answer
/// sheet and the checker use. For ReLU and L1 it is the scalar code itself (<see cref="Network"/>, <see cref="Backprop"/>,
/// with <see cref="KinkConvention"/> for the sides), pinned to the vectorised model to the bit by
/// tests/Checker.Tests/WidthOneProperties: the one place that chooses the fast scalar path. The SGD step is
/// <see cref="Sgd"/>, the vectorised step at widths 1,1,1,1, for every variant.
/// </summary>
public static class WidthOne
{
    /// <summary>The entry of the 1-wide network that stands for a scalar node: W0[0,0] for w0, x[0] for x, …</summary>
    public static Entry EntryOf(Node node) => new(node, 0);

    /// <summary>The forward pass: z0 = w0·x, h0 = f(z0), z1 = w1·h0, h1 = f(z1), z2 = w2·h1 + w3·h0, ŷ = z2, L = ℓ(y − ŷ).</summary>
    public static ForwardTrace<double> Forward(Parameters weights, Sample sample, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (variant == Variant.Exercise)
        {
            return Network.Forward(weights, sample);
        }

        var t = WideNetwork.Forward(WeightMatrices.FromScalars(weights), VectorSample.FromScalars(sample), variant);
        return new ForwardTrace<double>(t.Z0[0], t.H0[0], t.Z1[0], t.H1[0], t.Z2[0], t.YHat[0], t.Loss);
    }

    /// <summary>Every gradient, with PyTorch's slopes at kinks.</summary>
    public static Gradients Backward(Parameters weights, Sample sample, Variant variant) =>
        Backward(weights, sample, variant, KinkSides.PyTorch);

    /// <summary>Every gradient, with the given side of each kink.</summary>
    public static Gradients Backward(Parameters weights, Sample sample, Variant variant, KinkSides sides)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(sides);
        if (variant == Variant.Exercise)
        {
            return Backprop.Of(weights, sample, ConventionOf(sides));
        }

        return Scalar(WideBackprop.Of(WeightMatrices.FromScalars(weights), VectorSample.FromScalars(sample), variant, sides));
    }

    /// <summary>
    /// The scalar derivation's slopes for the sides: ReLU′(0) = 0 on the left, 1 on the right; the residual r = y − ŷ
    /// on the left of 0 has |r|′ = −1, so ∂L/∂ŷ = −|r|′ = 1, that is d|u|/du = 1 for u = ŷ − y; PyTorch's is 0 for both.
    /// </summary>
    public static KinkConvention ConventionOf(KinkSides sides)
    {
        ArgumentNullException.ThrowIfNull(sides);
        return new(Relu(sides.Z0), Relu(sides.Z1), sides.Residual switch { KinkSide.Left => 1, KinkSide.Right => -1, _ => 0 });

        static double Relu(KinkSide side) => side == KinkSide.Right ? 1 : 0;
    }

    /// <summary>One SGD step, w ← w − α·∂L/∂w: the same for every activation and loss.</summary>
    public static Parameters Step(Parameters weights, Gradients gradients, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        return Sgd.Step(weights, gradients.ForWeights, learningRate);
    }

    /// <summary>The 1-wide gradients as the scalar record.</summary>
    public static Gradients Scalar(WideGradients g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new Gradients(
            g.DLdYHat[0], g.DLdZ2[0], g.DLdW2[0, 0], g.DLdW3[0, 0], g.DLdH1[0], g.DLdZ1[0], g.DLdW1[0, 0],
            g.DLdH0ViaSkip[0], g.DLdH0ViaMain[0], g.DLdH0[0], g.DLdZ0[0], g.DLdW0[0, 0], g.DLdX[0]);
    }
}
