using MathNet.Numerics.LinearAlgebra;

namespace SkipNet.Reference.Wide;

/// <summary>
/// The four weight matrices, W0 (a×n), W1 (b×a), W2 (m×b) and the skip connection's W3 (m×a); also the shape of a
/// gradient with respect to them. Math.NET's matrices are mutable: nothing in SkipNet writes to one after building it,
/// and every operation here returns new matrices.
/// </summary>
public sealed record WeightMatrices
{
    public WeightMatrices(Matrix<double> w0, Matrix<double> w1, Matrix<double> w2, Matrix<double> w3)
    {
        ArgumentNullException.ThrowIfNull(w0);
        ArgumentNullException.ThrowIfNull(w1);
        ArgumentNullException.ThrowIfNull(w2);
        ArgumentNullException.ThrowIfNull(w3);
        Widths = new Widths(w0.ColumnCount, w0.RowCount, w1.RowCount, w2.RowCount);
        Require(w1, Widths.B, Widths.A, nameof(w1));
        Require(w2, Widths.M, Widths.B, nameof(w2));
        Require(w3, Widths.M, Widths.A, nameof(w3));
        (W0, W1, W2, W3) = (w0, w1, w2, w3);
    }

    /// <summary>a×n: z0 = W0·x.</summary>
    public Matrix<double> W0 { get; }

    /// <summary>b×a: z1 = W1·h0.</summary>
    public Matrix<double> W1 { get; }

    /// <summary>m×b: z2 = W2·h1 + W3·h0.</summary>
    public Matrix<double> W2 { get; }

    /// <summary>m×a, the skip connection.</summary>
    public Matrix<double> W3 { get; }

    /// <summary>The widths the shapes imply.</summary>
    public Widths Widths { get; }

    /// <summary>The matrix of a weight node.</summary>
    public Matrix<double> Of(Node node) => node switch
    {
        Node.W0 => W0,
        Node.W1 => W1,
        Node.W2 => W2,
        Node.W3 => W3,
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "not a weight"),
    };

    /// <summary>The scalar exercise's weights as 1×1 matrices.</summary>
    public static WeightMatrices FromScalars(Parameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new(One(parameters.W0), One(parameters.W1), One(parameters.W2), One(parameters.W3));
    }

    /// <summary>The 1×1 matrices' entries as the scalar exercise's weights.</summary>
    public Parameters ToScalars() => Widths == Widths.Exercise
        ? new Parameters(W0[0, 0], W1[0, 0], W2[0, 0], W3[0, 0])
        : throw new InvalidOperationException($"widths {Widths} are not the exercise's 1,1,1,1");

    /// <summary>Every weight with one entry replaced.</summary>
    public WeightMatrices With(Node node, int row, int column, double value)
    {
        var replaced = Of(node).Clone();
        replaced[row, column] = value;
        return node switch
        {
            Node.W0 => new(replaced, W1, W2, W3),
            Node.W1 => new(W0, replaced, W2, W3),
            Node.W2 => new(W0, W1, replaced, W3),
            _ => new(W0, W1, W2, replaced),
        };
    }

    /// <summary>The entrywise map of each matrix.</summary>
    public WeightMatrices Map(Func<double, double> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(W0.Map(map), W1.Map(map), W2.Map(map), W3.Map(map));
    }

    private static Matrix<double> One(double value) => Matrix<double>.Build.Dense(1, 1, value);

    private static void Require(Matrix<double> matrix, int rows, int columns, string name)
    {
        if (matrix.RowCount != rows || matrix.ColumnCount != columns)
        {
            throw new ArgumentException($"{name} is {matrix.RowCount}×{matrix.ColumnCount}, the other weights make it {rows}×{columns}", name);
        }
    }
}
