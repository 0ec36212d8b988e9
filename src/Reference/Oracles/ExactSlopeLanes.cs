using System.Numerics;
using System.Runtime.CompilerServices;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// The exercise's exact oracle (<see cref="EntryExactDerivative"/> at widths 1,1,1,1) one point per lane: the
/// dual-number forward pass over <see cref="DualLanes"/>, the tangent seeded on one of w0..w3, x. Each lane equals the
/// model's slopes exactly.
/// </summary>
public static class ExactSlopeLanes
{
    /// <summary>The exact one-sided slopes of L along <paramref name="node"/>, as <see cref="EntryExactDerivative.Slopes(Node, Parameters, Sample, Variants.Variant)"/>.</summary>
    /// <remarks>
    /// The left slope needs its own pass (tangent −1) only in lanes where a branch was decided by the tangent. In the
    /// others every branch goes the same way for −1 as for +1 and every tangent of the −1 pass is exactly minus the
    /// +1 pass's (negation commutes exactly with + and ×), so the left slope is the right one, bit for bit.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector<double> Left, Vector<double> Right) Slopes(Node node, PointLanes at)
    {
        var right = Directional(node, at, Vector<double>.One, out var tangentDecided);
        // Stryker disable once Conditional : only a saving; the second pass gives the same left slope (docs/mutation-testing.md)
        return Vector.EqualsAll(tangentDecided, Vector<long>.Zero)
            ? (right, right)
            : (-Directional(node, at, -Vector<double>.One, out _), right);
    }

    /// <summary>
    /// The sum of the magnitudes of ∂L/∂node's path terms, as <see cref="RoundingScale.DerivativeMagnitude"/>: the
    /// derivative at |w|, |x|, −|y|.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> DerivativeMagnitude(Node node, PointLanes at) =>
        Directional(node, at.Magnitudes, Vector<double>.One, out _);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Directional(Node node, PointLanes at, Vector<double> seed, out Vector<long> tangentDecided)
    {
        DualLanes Seeded(Node each, Vector<double> value) => new(value, each == node ? seed : Vector<double>.Zero);

        _ = at.ValueOf(node); // refuses a node that is not one of Nodes.Inputs
        return NetworkLanes.Loss(
            Seeded(Node.W0, at.W0), Seeded(Node.W1, at.W1), Seeded(Node.W2, at.W2), Seeded(Node.W3, at.W3),
            Seeded(Node.X, at.X), DualLanes.Constant(at.Y), out tangentDecided).Tangent;
    }
}
