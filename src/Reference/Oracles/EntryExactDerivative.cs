using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// Derivatives of the vectorised network exact to rounding: its forward pass over pairs of matrices (value, tangent)
/// with the probed entry's tangent seeded to ±1. The one exact oracle; the exercise's is it at widths 1,1,1,1.
/// </summary>
public static class EntryExactDerivative
{
    /// <summary>The exercise's exact one-sided slopes of L along a node: the model at widths 1,1,1,1, along the node's one entry.</summary>
    public static OneSidedSlopes Slopes(Node node, Parameters parameters, Sample sample, Variant variant) =>
        Slopes(new Entry(node, 0), WeightMatrices.FromScalars(parameters), VectorSample.FromScalars(sample), variant);

    /// <summary>The exact one-sided slopes of L along one entry: right from a tangent of +1, left from −1.</summary>
    public static OneSidedSlopes Slopes(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant)
    {
        var value = WideNetwork.ValueAt(entry, weights, sample, variant);
        return new OneSidedSlopes(
            Left: -WideNetwork.LossTangent(weights, sample, variant, new EntryProbe(entry, value, -1)),
            Right: WideNetwork.LossTangent(weights, sample, variant, new EntryProbe(entry, value, 1)));
    }

    /// <summary>The one-sided slopes of the batch's mean loss: the mean of each sample's, since a one-sided derivative of a sum is the sum of those on the same side.</summary>
    public static OneSidedSlopes MeanSlopes(Entry entry, WeightMatrices weights, IReadOnlyList<VectorSample> samples, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var (left, right) = (0.0, 0.0);
        foreach (var sample in samples)
        {
            var slopes = Slopes(entry, weights, sample, variant);
            (left, right) = (left + slopes.Left, right + slopes.Right);
        }

        return new OneSidedSlopes(left / samples.Count, right / samples.Count);
    }
}
