namespace SkipNet.Reference;

/// <summary>Plain stochastic gradient descent.</summary>
public static class Sgd
{
    /// <summary>One step: w ← w − α·∂L/∂w, for each weight.</summary>
    /// <param name="weights">The weights before the step.</param>
    /// <param name="gradient">∂L/∂w for each weight, at <paramref name="weights"/>.</param>
    /// <param name="learningRate">α, finite.</param>
    public static Parameters Step(Parameters weights, Parameters gradient, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(gradient);
        if (!double.IsFinite(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "the learning rate must be finite");
        }

        return new Parameters(
            weights.W0 - learningRate * gradient.W0,
            weights.W1 - learningRate * gradient.W1,
            weights.W2 - learningRate * gradient.W2,
            weights.W3 - learningRate * gradient.W3);
    }
}
