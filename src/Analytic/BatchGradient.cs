using System.Numerics;
using System.Runtime.CompilerServices;
using SkipNet.Reference;

namespace SkipNet.Analytic;

/// <summary>
/// The mean of L and of ∂L/∂w over a batch of samples held as a structure of arrays (all x, all y), computed
/// <see cref="Vector{T}.Count"/> samples at a time by <see cref="BackpropLanes"/>, with no allocation.
/// </summary>
/// <remarks>
/// Each sample's terms equal <see cref="Backprop"/>'s exactly; only the order of the sums differs (one partial sum
/// per lane), so the result equals the scalar gradients' mean to within summation rounding, at most
/// (N − 1)·ε·Σ|term| for each sum. The last, partial vector is padded with x = 0, y = 0, a sample whose loss and
/// gradients are all exactly zero under PyTorch's convention (z0 = 0, ŷ = y, so every ReLU′ and sign is 0).
/// </remarks>
public static class BatchGradient
{
    /// <summary>(1/N)·Σ L(xᵢ, yᵢ) and (1/N)·Σ ∂L/∂w(xᵢ, yᵢ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot loop: compiled fully optimised at once, not tiered
    public static MeanGradient MeanOf(Parameters parameters, ReadOnlySpan<double> xs, ReadOnlySpan<double> ys)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (xs.Length != ys.Length)
        {
            throw new ArgumentException($"{xs.Length} inputs x but {ys.Length} targets y", nameof(ys));
        }

        if (xs.IsEmpty)
        {
            throw new ArgumentException("the mean over no samples is undefined", nameof(xs));
        }

        var (w0, w1, w2, w3) = (new Vector<double>(parameters.W0), new Vector<double>(parameters.W1),
                                new Vector<double>(parameters.W2), new Vector<double>(parameters.W3));
        var sums = new LaneSums();
        var width = Vector<double>.Count;
        var whole = xs.Length - xs.Length % width;
        for (var i = 0; i < whole; i += width)
        {
            sums.Add(BackpropLanes.Of(w0, w1, w2, w3, new Vector<double>(xs[i..]), new Vector<double>(ys[i..])));
        }

        // The rest (possibly nothing) padded to a whole vector: padding adds exactly zero to every sum.
        sums.Add(BackpropLanes.Of(w0, w1, w2, w3, LastVector(xs[whole..]), LastVector(ys[whole..])));

        var n = (double)xs.Length;
        return new MeanGradient(
            Vector.Sum(sums.Loss) / n, Vector.Sum(sums.DLdW0) / n, Vector.Sum(sums.DLdW1) / n, Vector.Sum(sums.DLdW2) / n, Vector.Sum(sums.DLdW3) / n);
    }

    // One running sum per lane for L and each weight's gradient. ∂L/∂x is not summed: x is data, not a parameter.
    private struct LaneSums
    {
        public Vector<double> Loss, DLdW0, DLdW1, DLdW2, DLdW3;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(LaneGradients lanes)
        {
            Loss += lanes.Loss;
            DLdW0 += lanes.DLdW0;
            DLdW1 += lanes.DLdW1;
            DLdW2 += lanes.DLdW2;
            DLdW3 += lanes.DLdW3;
        }
    }

    // The last, partial vector, padded with zeros (x = 0, y = 0).
    private static Vector<double> LastVector(ReadOnlySpan<double> rest)
    {
        Span<double> padded = stackalloc double[Vector<double>.Count];
        // Stryker disable once Statement : stackalloc memory is already zero here (docs/mutation-testing.md)
        padded.Clear();
        rest.CopyTo(padded);
        return new Vector<double>(padded);
    }
}
