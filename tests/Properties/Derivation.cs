using SkipNet.Analytic;
using SkipNet.Reference;

using SkipNet.Points;

namespace SkipNet.Properties;

/// <summary>
/// A derivation under test: how it computes the gradients at a point, and how it updates the weights with them.
/// The property battery takes one, so that the same properties judge the correct derivation and wrong ones.
/// </summary>
public sealed record Derivation(
    string Name,
    Func<Parameters, Sample, Gradients> Gradients,
    Func<Parameters, Parameters, double, Parameters> Update)
{
    /// <summary>The hand-derived backpropagation of src/Analytic with the reference SGD step.</summary>
    public static Derivation Analytic { get; } = new("analytic backprop", Backprop.Of, Sgd.Step);

    public Gradients At(Point point) => Gradients(point.Parameters, point.Sample);

    public override string ToString() => Name;

    /// <summary>The gradient this derivation reports for a node.</summary>
    public static double Of(Gradients gradients, Node node) => gradients.For(node);
}
