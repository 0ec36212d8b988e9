using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Analytic.Wide;

/// <summary>The gradient of the batch loss (1/N)·Σᵢ L(xᵢ, yᵢ): the mean of the samples' gradients, by linearity.</summary>
public static class WideBatchGradient
{
    /// <summary>The mean loss and mean gradient over the samples, summed in order, with PyTorch's slopes at kinks.</summary>
    public static WideMeanGradient MeanOf(WeightMatrices weights, IReadOnlyList<VectorSample> samples, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("a batch needs at least one sample", nameof(samples));
        }

        var (loss, sum) = (0.0, weights.Map(_ => 0));
        for (var i = 0; i < samples.Count; i++)
        {
            loss += WideNetwork.Forward(weights, samples[i], variant).Loss;
            var g = Backprop.Of(weights, samples[i], variant).ForWeights;
            sum = new WeightMatrices(sum.W0 + g.W0, sum.W1 + g.W1, sum.W2 + g.W2, sum.W3 + g.W3);
        }

        return new WideMeanGradient(loss / samples.Count, sum.Map(total => total / samples.Count));
    }
}
