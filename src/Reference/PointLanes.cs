using System.Numerics;
using System.Runtime.CompilerServices;

namespace SkipNet.Reference;

/// <summary>
/// <see cref="Vector{T}.Count"/> points (weights, x and y) side by side, one per SIMD lane: a structure of arrays
/// the lane-wise forward pass and oracles read.
/// </summary>
public readonly record struct PointLanes(
    Vector<double> W0, Vector<double> W1, Vector<double> W2, Vector<double> W3, Vector<double> X, Vector<double> Y)
{
    /// <summary>The node's value in every lane: one of <see cref="Nodes.Inputs"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector<double> ValueOf(Node node) => node switch
    {
        Node.W0 => W0,
        Node.W1 => W1,
        Node.W2 => W2,
        Node.W3 => W3,
        Node.X => X,
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "lanes differentiate along w0..w3 and x only"),
    };

    /// <summary>The same points with <paramref name="node"/> replaced by <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PointLanes With(Node node, Vector<double> value) => node switch
    {
        Node.W0 => this with { W0 = value },
        Node.W1 => this with { W1 = value },
        Node.W2 => this with { W2 = value },
        Node.W3 => this with { W3 = value },
        Node.X => this with { X = value },
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "lanes differentiate along w0..w3 and x only"),
    };

    /// <summary>|w|, |x| and −|y|: the points at which no ReLU clips and L is a sum of non-negative terms.</summary>
    /// <remarks>See <see cref="Oracles.RoundingScale"/>.</remarks>
    public PointLanes Magnitudes => new(
        Vector.Abs(W0), Vector.Abs(W1), Vector.Abs(W2), Vector.Abs(W3), Vector.Abs(X), -Vector.Abs(Y));
}
