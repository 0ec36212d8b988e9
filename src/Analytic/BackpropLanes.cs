using System.Numerics;
using System.Runtime.CompilerServices;

namespace SkipNet.Analytic;

/// <summary>
/// The exercise's <see cref="Backprop"/> (widths 1,1,1,1, ReLU, L1) on <see cref="Vector{T}.Count"/> points at once,
/// one point per SIMD lane, with PyTorch's slopes at kinks: a performance kernel, a second copy of the chain rule kept
/// for speed. Each lane performs the same IEEE operations in the same order, so each lane's result equals
/// <see cref="WidthOne.Backward(SkipNet.Reference.Parameters, SkipNet.Reference.Sample)"/> exactly (tests/Properties/LaneProperties;
/// where the model gets −0, a lane may get +0).
/// </summary>
public static class BackpropLanes
{
    /// <summary>The forward pass, L and the weights' and x's gradients, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneGradients Of(
        Vector<double> w0, Vector<double> w1, Vector<double> w2, Vector<double> w3, Vector<double> x, Vector<double> y)
    {
        var z0 = w0 * x;                                     // z0 = w0·x
        var alive0 = Vector.GreaterThan(z0, Vector<double>.Zero);
        var h0 = Vector.ConditionalSelect(alive0, z0, Vector<double>.Zero);   // h0 = ReLU(z0), +0 where z0 ≤ 0
        var z1 = w1 * h0;                                    // z1 = w1·h0
        var alive1 = Vector.GreaterThan(z1, Vector<double>.Zero);
        var h1 = Vector.ConditionalSelect(alive1, z1, Vector<double>.Zero);   // h1 = ReLU(z1)
        var yHatMinusY = w2 * h1 + w3 * h0 - y;              // ŷ − y; L = |y − ŷ| = |ŷ − y| exactly

        var dYHat = Sign(yHatMinusY);                        // ∂L/∂ŷ = sign(ŷ − y), 0 at ŷ = y
        var dW2 = dYHat * h1;                                // ∂L/∂w2 = ∂L/∂z2·h1
        var dW3 = dYHat * h0;                                // ∂L/∂w3 = ∂L/∂z2·h0
        var dZ1 = Vector.ConditionalSelect(alive1, dYHat * w2, Vector<double>.Zero); // ∂L/∂z1 = ∂L/∂h1·ReLU′(z1), ReLU′(0) = 0
        var dW1 = dZ1 * h0;                                  // ∂L/∂w1 = ∂L/∂z1·h0
        var dZ0 = Vector.ConditionalSelect(alive0, dYHat * w3 + dZ1 * w1, Vector<double>.Zero); // ∂L/∂z0 = (skip + main part of ∂L/∂h0)·ReLU′(z0)
        return new LaneGradients(Vector.Abs(yHatMinusY), dZ0 * x, dW1, dW2, dW3, dZ0 * w0);  // ∂L/∂w0 = ∂L/∂z0·x, ∂L/∂x = ∂L/∂z0·w0
    }

    // sign(u) ∈ {−1, 0, 1}, 0 at u = 0 (PyTorch's d|u|/du at 0): ±1 with u's sign bit, cleared where u = 0.
    private static Vector<double> Sign(Vector<double> u) =>
        Vector.ConditionalSelect(Vector.Equals(u, Vector<double>.Zero), Vector<double>.Zero, Vector.CopySign(Vector<double>.One, u));
}
