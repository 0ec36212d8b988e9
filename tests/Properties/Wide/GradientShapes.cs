using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>Whether a derivation's gradients have their nodes' shapes.</summary>
public static class GradientShapes
{
    /// <summary>
    /// Every gradient whose shape is not its node's: ∂L/∂Wₖ must be Wₖ's shape (a×n, b×a, m×b, m×a); ∂L/∂x has n
    /// entries, ∂L/∂z0 and ∂L/∂h0 (and its two parts) a, ∂L/∂z1 and ∂L/∂h1 b, ∂L/∂z2 and ∂L/∂ŷ m. Empty when all fit.
    /// </summary>
    public static IEnumerable<string> Mismatches(WideGradients g, Widths w)
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
