using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Points.Wide;

/// <summary>
/// Moving a vectorised point exactly onto a seam of L, changing one row or one target entry: a unit with z = 0 (the
/// kink of ReLU and leaky ReLU), a residual r = 0 (L1's kink) or |r| = δ (Huber's seam).
/// </summary>
public static class WideKinkPlacement
{
    /// <summary>The number of kinds <see cref="OnSeam"/> places.</summary>
    public const int Kinds = 4;

    /// <summary>
    /// Kind 0: z0ᵢ = 0; 1: z1ᵢ = 0; 2: rₖ = 0; 3: |rₖ| = δ (Huber) or rₖ = 0 (other losses). A unit is zeroed by
    /// solving its row for the last column with a power-of-two input (exact for the quarter numbers the generators
    /// use), or, where that would not be exact, by zeroing the row. <paramref name="index"/> picks the unit or output.
    /// </summary>
    public static WidePoint OnSeam(WidePoint point, int kind, int index)
    {
        ArgumentNullException.ThrowIfNull(point);
        var (w, s, v) = (point.Weights, point.Sample, point.Variant);
        switch (kind)
        {
            case 0:
                return point with { Weights = new(Cancel(w.W0, index % w.W0.RowCount, s.X), w.W1, w.W2, w.W3) };
            case 1:
                var h0 = WideNetwork.Forward(w, s, v).H0;
                return point with { Weights = new(w.W0, Cancel(w.W1, index % w.W1.RowCount, h0), w.W2, w.W3) };
            default:
                var k = index % s.Y.Count;
                var yHat = WideNetwork.Forward(w, s, v).YHat[k];
                var offset = kind == 3 && v.Loss.Kind == LossKind.Huber ? v.Loss.Delta : 0;
                var y = s.Y.Clone();
                y[k] = yHat + offset;
                // ŷ + δ may round; keep the seam only where it is exact.
                if (Math.Abs(y[k] - yHat) != offset)
                {
                    y[k] = yHat;
                }

                return point with { Sample = new VectorSample(s.X, y) };
        }
    }

    // Row i of the matrix changed so that (row · input) = 0 exactly, summed in order.
    private static Matrix<double> Cancel(Matrix<double> matrix, int row, Vector<double> input)
    {
        var result = matrix.Clone();
        var last = input.Count - 1;
        var rest = 0.0;
        for (var j = 0; j < last; j++)
        {
            rest += result[row, j] * input[j];
        }

        result[row, last] = input[last] == 0 ? result[row, last] : -rest / input[last];
        if (result.Row(row) * input != 0)
        {
            result.ClearRow(row);
        }

        return result;
    }
}
