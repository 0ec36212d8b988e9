namespace SkipNet.Reference.Wide;

/// <summary>
/// One scalar of the vectorised network: an entry of a weight matrix (row, column), or entry <see cref="Row"/> of a
/// vector node (column 0). A derivative is taken with respect to one entry at a time.
/// </summary>
public readonly record struct Entry(Node Node, int Row, int Column = 0)
{
    /// <summary>"W1[2,0]", "z0[1]".</summary>
    public override string ToString() => Node switch
    {
        Node.W0 or Node.W1 or Node.W2 or Node.W3 => $"{Node}[{Row},{Column}]",
        Node.YHat => $"yhat[{Row}]",
        _ => $"{Node.ToString().ToLowerInvariant()}[{Row}]",
    };

    /// <summary>Every entry of the four weight matrices, W0 to W3, row by row.</summary>
    public static IReadOnlyList<Entry> OfWeights(Widths widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return [.. OfMatrix(Node.W0, widths.A, widths.N), .. OfMatrix(Node.W1, widths.B, widths.A),
                .. OfMatrix(Node.W2, widths.M, widths.B), .. OfMatrix(Node.W3, widths.M, widths.A)];
    }

    /// <summary>The entries of <see cref="Nodes.Inputs"/>: every weight entry as <see cref="OfWeights"/>, then x's.</summary>
    public static IReadOnlyList<Entry> OfInputs(Widths widths) => [.. OfWeights(widths), .. OfVector(Node.X, widths.N)]; // OfWeights guards widths

    /// <summary>The entries of <see cref="Nodes.All"/>: the inputs', then each intermediate vector's in the order of <see cref="Node"/>.</summary>
    public static IReadOnlyList<Entry> All(Widths widths) =>
        [
            .. OfInputs(widths), // which guards widths
            .. OfVector(Node.Z0, widths.A), .. OfVector(Node.H0, widths.A), .. OfVector(Node.H0Main, widths.A), .. OfVector(Node.H0Skip, widths.A),
            .. OfVector(Node.Z1, widths.B), .. OfVector(Node.H1, widths.B),
            .. OfVector(Node.Z2, widths.M), .. OfVector(Node.YHat, widths.M),
        ];

    /// <summary>Every entry of a vector node of the given length.</summary>
    public static IEnumerable<Entry> OfVector(Node node, int length) =>
        Enumerable.Range(0, length).Select(i => new Entry(node, i));

    private static IEnumerable<Entry> OfMatrix(Node node, int rows, int columns) =>
        from row in Enumerable.Range(0, rows)
        from column in Enumerable.Range(0, columns)
        select new Entry(node, row, column);
}
