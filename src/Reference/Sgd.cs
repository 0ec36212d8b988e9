using SkipNet.Reference.Wide;

namespace SkipNet.Reference;

/// <summary>Plain stochastic gradient descent on the exercise's four weights: <see cref="WideSgd"/> at widths 1,1,1,1.</summary>
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
        return WideSgd.Step(WeightMatrices.FromScalars(weights), WeightMatrices.FromScalars(gradient), learningRate).ToScalars();
    }
}
