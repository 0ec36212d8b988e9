using SkipNet.Analytic.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Analytic;

/// <summary>
/// The scalar exercise's backward pass and step, with any activation and loss: the one model (<see cref="Backprop"/>,
/// <see cref="Sgd"/>) at widths 1,1,1,1, read back into the scalar records (<see cref="Gradients"/>,
/// <see cref="Parameters"/>) the answer sheet, the checker and the lanes use; its forward pass is <see cref="Network"/>.
/// </summary>
public static class WidthOne
{
    /// <summary>The exercise's gradients (ReLU, L1) with PyTorch's slopes at kinks.</summary>
    public static Gradients Backward(Parameters parameters, Sample sample) =>
        Backward(parameters, sample, Variant.Exercise, KinkSides.PyTorch);

    /// <summary>Every gradient, with PyTorch's slopes at kinks.</summary>
    public static Gradients Backward(Parameters parameters, Sample sample, Variant variant) =>
        Backward(parameters, sample, variant, KinkSides.PyTorch);

    /// <summary>Every gradient, with the given side of each kink: <see cref="Backprop"/> at widths 1,1,1,1.</summary>
    public static Gradients Backward(Parameters parameters, Sample sample, Variant variant, KinkSides sides) =>
        Scalar(Backprop.Of(WeightMatrices.FromScalars(parameters), VectorSample.FromScalars(sample), variant, sides));

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
