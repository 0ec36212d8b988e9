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
    public static double Of(Gradients gradients, Node node) => node switch
    {
        Node.W0 => gradients.DLdW0,
        Node.W1 => gradients.DLdW1,
        Node.W2 => gradients.DLdW2,
        Node.W3 => gradients.DLdW3,
        Node.X => gradients.DLdX,
        Node.Z0 => gradients.DLdZ0,
        Node.H0 => gradients.DLdH0,
        Node.H0Main => gradients.DLdH0ViaMain,
        Node.H0Skip => gradients.DLdH0ViaSkip,
        Node.Z1 => gradients.DLdZ1,
        Node.H1 => gradients.DLdH1,
        Node.Z2 => gradients.DLdZ2,
        Node.YHat => gradients.DLdYHat,
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "no gradient is reported for this node"),
    };
}
