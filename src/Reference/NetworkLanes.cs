using System.Numerics;
using System.Runtime.CompilerServices;

namespace SkipNet.Reference;

/// <summary>
/// The exercise's forward pass over <see cref="DualLanes"/>, one point per lane, for the oracles that check millions of
/// points (<c>skipnet fuzz</c>). Each lane's L and tangent equal the model's at widths 1,1,1,1 exactly
/// (<see cref="Network.TangentsAlong"/>).
/// </summary>
public static class NetworkLanes
{
    /// <summary>L = |y − ŷ|, ŷ = w2·ReLU(w1·h0) + w3·h0, h0 = ReLU(w0·x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes Loss(DualLanes w0, DualLanes w1, DualLanes w2, DualLanes w3, DualLanes x, DualLanes y) =>
        Loss(w0, w1, w2, w3, x, y, out _);

    /// <summary>
    /// L, and the lanes where some branch was decided by a tangent: the input of a ReLU (z0, z1) or of |·| (y − ŷ)
    /// was exactly zero with a nonzero tangent. Elsewhere the pass is linear in the tangents.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes Loss(
        DualLanes w0, DualLanes w1, DualLanes w2, DualLanes w3, DualLanes x, DualLanes y, out Vector<long> tangentDecided)
    {
        var (z0, z1, yHat) = Pass(w0, w1, w2, w3, x);
        var residual = y - yHat;
        tangentDecided = DualLanes.TangentDecides(z0) | DualLanes.TangentDecides(z1) | DualLanes.TangentDecides(residual);
        return DualLanes.Abs(residual);
    }

    /// <summary>ŷ at the points, every tangent zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> YHat(PointLanes at) => Pass(
        DualLanes.Constant(at.W0), DualLanes.Constant(at.W1), DualLanes.Constant(at.W2), DualLanes.Constant(at.W3),
        DualLanes.Constant(at.X)).YHat.Value;

    // z0 = w0·x   h0 = ReLU(z0)   z1 = w1·h0   h1 = ReLU(z1)   ŷ = w2·h1 + w3·h0
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (DualLanes Z0, DualLanes Z1, DualLanes YHat) Pass(DualLanes w0, DualLanes w1, DualLanes w2, DualLanes w3, DualLanes x)
    {
        var z0 = w0 * x;
        var h0 = DualLanes.Relu(z0);
        var z1 = w1 * h0;
        var h1 = DualLanes.Relu(z1);
        return (z0, z1, w2 * h1 + w3 * h0);
    }

    /// <summary>L at the points, every tangent zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes Loss(PointLanes at) => Loss(
        DualLanes.Constant(at.W0), DualLanes.Constant(at.W1), DualLanes.Constant(at.W2), DualLanes.Constant(at.W3),
        DualLanes.Constant(at.X), DualLanes.Constant(at.Y));
}
