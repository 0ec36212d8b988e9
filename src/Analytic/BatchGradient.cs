using System.Numerics;
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
        var (loss, dW0, dW1, dW2, dW3) = (Vector<double>.Zero, Vector<double>.Zero, Vector<double>.Zero, Vector<double>.Zero, Vector<double>.Zero);
        var width = Vector<double>.Count;
        for (var i = 0; i < xs.Length; i += width)
        {
            // ∂L/∂x is not summed: x is data, not a parameter.
            var lanes = i + width <= xs.Length
                ? BackpropLanes.Of(w0, w1, w2, w3, new Vector<double>(xs[i..]), new Vector<double>(ys[i..]))
                : BackpropLanes.Of(w0, w1, w2, w3, LastVector(xs[i..]), LastVector(ys[i..]));
            (loss, dW0, dW1, dW2, dW3) = (loss + lanes.Loss, dW0 + lanes.DLdW0, dW1 + lanes.DLdW1, dW2 + lanes.DLdW2, dW3 + lanes.DLdW3);
        }

        var n = (double)xs.Length;
        return new MeanGradient(Vector.Sum(loss) / n, Vector.Sum(dW0) / n, Vector.Sum(dW1) / n, Vector.Sum(dW2) / n, Vector.Sum(dW3) / n);
    }

    // The last, partial vector, padded with zeros.
    private static Vector<double> LastVector(ReadOnlySpan<double> rest)
    {
        Span<double> padded = stackalloc double[Vector<double>.Count];
        padded.Clear();
        rest.CopyTo(padded);
        return new Vector<double>(padded);
    }
}
