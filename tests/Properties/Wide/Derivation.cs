using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Points.Wide;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>
/// A vectorised derivation under test: how it computes every gradient at a point, and how it updates the weights.
/// The vectorised battery takes one, so that the same properties judge the correct derivation and wrong ones.
/// </summary>
public sealed record Derivation(
    string Name,
    Func<WeightMatrices, VectorSample, Variant, WideGradients> Gradients,
    Func<WeightMatrices, WeightMatrices, double, WeightMatrices> Update)
{
    /// <summary>The vectorised backpropagation of src/Analytic with the reference SGD step.</summary>
    public static Derivation Analytic { get; } = new("vectorised backprop", Backprop.Of, WideSgd.Step);

    public WideGradients At(WidePoint point) => Gradients(point.Weights, point.Sample, point.Variant);

    public override string ToString() => Name;
}
