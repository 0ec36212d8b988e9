namespace SkipNet.Reference.Wide;

/// <summary>Plain stochastic gradient descent on the weight matrices.</summary>
public static class WideSgd
{
    /// <summary>One step: W ← W − α·∂L/∂W, entry by entry, for each of W0..W3.</summary>
    public static WeightMatrices Step(WeightMatrices weights, WeightMatrices gradient, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(gradient);
        if (!double.IsFinite(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "the learning rate must be finite");
        }

        if (gradient.Widths != weights.Widths)
        {
            throw new ArgumentException($"the gradient has widths {gradient.Widths}, the weights {weights.Widths}", nameof(gradient));
        }

        return new WeightMatrices(
            weights.W0 - learningRate * gradient.W0,
            weights.W1 - learningRate * gradient.W1,
            weights.W2 - learningRate * gradient.W2,
            weights.W3 - learningRate * gradient.W3);
    }
}
