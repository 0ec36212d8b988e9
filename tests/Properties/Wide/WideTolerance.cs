using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic.Wide;
using SkipNet.Points.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>How far two chain-rule evaluations of one vectorised derivative can be apart by rounding alone.</summary>
public static class WideTolerance
{
    /// <summary>
    /// K·ε·Mₑ: Mₑ is the sum over paths of the magnitudes of the products that make up ∂L/∂e (<see cref="PathMagnitude"/>
    /// with <see cref="PathFactors.OneSided"/>: SkipNet's own derivation and oracle share f′ and ℓ′, so the larger
    /// one-sided sizes suffice), so whatever cancels between paths, two evaluations that multiply the same factors in
    /// different orders and sum the same terms in different orders differ by at
    /// most γ_K·Mₑ, with K the longest chain of roundings: six products on a path and sums over n, a, b and m terms,
    /// so K = 2(n + a + b + m) + 16 with room to spare; plus K times the smallest subnormal magnified by four factors
    /// of the largest magnitude, for products that underflow.
    /// </summary>
    public static Func<Entry, double> ChainRuleSlack(WidePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var (w, s, v, t) = (point.Weights, point.Sample, point.Variant, point.Trace);
        var widths = point.Widths;
        var k = 2 * (widths.N + widths.A + widths.B + widths.M) + 16;
        var magnitudes = PathMagnitude.Of(w, s, PathFactors.OneSided(t, s, v));

        // A product that underflows is off by up to the smallest subnormal, which at most four later factors (each at
        // most the largest weight, input or slope) can magnify.
        var largest = new[] { w.W0, w.W1, w.W2, w.W3 }.Select(m => m.PointwiseAbs().Enumerate().Max())
            .Append(s.X.PointwiseAbs().Maximum()).Append(2).Max();
        var underflow = k * double.Epsilon * Math.Pow(largest, 4);
        return e => k * Tolerance.UnitRoundoff * magnitudes.For(e) + underflow;
    }

    /// <summary>Every entry of the network at the point's widths: weights, x and every intermediate vector.</summary>
    public static IReadOnlyList<Entry> AllEntries(Widths widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return
        [
            .. Entry.OfWeights(widths), .. Entry.OfVector(Node.X, widths.N),
            .. Entry.OfVector(Node.Z0, widths.A), .. Entry.OfVector(Node.H0, widths.A),
            .. Entry.OfVector(Node.H0Main, widths.A), .. Entry.OfVector(Node.H0Skip, widths.A),
            .. Entry.OfVector(Node.Z1, widths.B), .. Entry.OfVector(Node.H1, widths.B),
            .. Entry.OfVector(Node.Z2, widths.M), .. Entry.OfVector(Node.YHat, widths.M),
        ];
    }

    /// <summary>
    /// Every gradient whose shape is not its node's: ∂L/∂Wₖ must be Wₖ's shape (a×n, b×a, m×b, m×a); ∂L/∂x has n
    /// entries, ∂L/∂z0 and ∂L/∂h0 (and its two parts) a, ∂L/∂z1 and ∂L/∂h1 b, ∂L/∂z2 and ∂L/∂ŷ m. Empty when all fit.
    /// </summary>
    public static IEnumerable<string> ShapeMismatches(WideGradients g, Widths w)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(w);
        var matrices = new (string Name, Node Weight, Matrix<double> Gradient)[]
        {
            ("∂L/∂W0", Node.W0, g.DLdW0), ("∂L/∂W1", Node.W1, g.DLdW1), ("∂L/∂W2", Node.W2, g.DLdW2), ("∂L/∂W3", Node.W3, g.DLdW3),
        };
        var vectors = new (string Name, Vector<double> Gradient, int Length)[]
        {
            ("∂L/∂x", g.DLdX, w.N), ("∂L/∂z0", g.DLdZ0, w.A), ("∂L/∂h0", g.DLdH0, w.A), ("∂L/∂h0 via skip", g.DLdH0ViaSkip, w.A),
            ("∂L/∂h0 via main", g.DLdH0ViaMain, w.A), ("∂L/∂z1", g.DLdZ1, w.B), ("∂L/∂h1", g.DLdH1, w.B),
            ("∂L/∂z2", g.DLdZ2, w.M), ("∂L/∂ŷ", g.DLdYHat, w.M),
        };
        return matrices.Where(m => ShapeOf(m.Gradient) != ShapeOf(m.Weight, w))
            .Select(m => $"{m.Name} is {m.Gradient.RowCount}×{m.Gradient.ColumnCount}, its weight {ShapeOf(m.Weight, w)}")
            .Concat(vectors.Where(v => v.Gradient.Count != v.Length)
                .Select(v => $"{v.Name} has {v.Gradient.Count} entries, not {v.Length}"));
    }

    /// <summary>The shape of a weight node's matrix at the given widths, rows × columns.</summary>
    public static (int Rows, int Columns) ShapeOf(Node weight, Widths widths) => weight switch
    {
        Node.W0 => (widths.A, widths.N),
        Node.W1 => (widths.B, widths.A),
        Node.W2 => (widths.M, widths.B),
        _ => (widths.M, widths.A),
    };

    /// <summary>A matrix's shape.</summary>
    public static (int Rows, int Columns) ShapeOf(Matrix<double> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return (matrix.RowCount, matrix.ColumnCount);
    }
}
