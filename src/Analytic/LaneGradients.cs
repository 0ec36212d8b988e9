using System.Numerics;
using SkipNet.Reference;

namespace SkipNet.Analytic;

/// <summary>
/// L and its gradient for <see cref="Vector{T}.Count"/> points at once, one point per lane: what
/// <see cref="BackpropLanes"/> computes.
/// </summary>
public readonly record struct LaneGradients(
    Vector<double> Loss,
    Vector<double> DLdW0,
    Vector<double> DLdW1,
    Vector<double> DLdW2,
    Vector<double> DLdW3,
    Vector<double> DLdX)
{
    /// <summary>∂L/∂node for w0..w3 and x.</summary>
    public Vector<double> For(Node node) => node switch
    {
        Node.W0 => DLdW0,
        Node.W1 => DLdW1,
        Node.W2 => DLdW2,
        Node.W3 => DLdW3,
        Node.X => DLdX,
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "lanes hold the gradients of w0..w3 and x only"),
    };
}
