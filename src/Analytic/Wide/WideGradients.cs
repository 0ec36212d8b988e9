using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference;
using SkipNet.Reference.Wide;

namespace SkipNet.Analytic.Wide;

/// <summary>
/// Every gradient of the vectorised backward pass: ∂L/∂(·) for each vector of the forward pass, each weight matrix
/// (with that weight's shape) and x. ∂L/∂h0 is kept whole and as its two contributions, one per use of h0.
/// </summary>
public sealed record WideGradients(
    Vector<double> DLdYHat,
    Vector<double> DLdZ2,
    Matrix<double> DLdW2,
    Matrix<double> DLdW3,
    Vector<double> DLdH1,
    Vector<double> DLdZ1,
    Matrix<double> DLdW1,
    Vector<double> DLdH0ViaSkip,
    Vector<double> DLdH0ViaMain,
    Vector<double> DLdH0,
    Vector<double> DLdZ0,
    Matrix<double> DLdW0,
    Vector<double> DLdX)
{
    /// <summary>∂L/∂(one entry).</summary>
    public double For(Entry entry) => entry.Node switch
    {
        Node.W0 => DLdW0[entry.Row, entry.Column],
        Node.W1 => DLdW1[entry.Row, entry.Column],
        Node.W2 => DLdW2[entry.Row, entry.Column],
        Node.W3 => DLdW3[entry.Row, entry.Column],
        Node.X => DLdX[entry.Row],
        Node.Z0 => DLdZ0[entry.Row],
        Node.H0 => DLdH0[entry.Row],
        Node.H0Main => DLdH0ViaMain[entry.Row],
        Node.H0Skip => DLdH0ViaSkip[entry.Row],
        Node.Z1 => DLdZ1[entry.Row],
        Node.H1 => DLdH1[entry.Row],
        Node.Z2 => DLdZ2[entry.Row],
        Node.YHat => DLdYHat[entry.Row],
        _ => throw new ArgumentOutOfRangeException(nameof(entry), entry, "not an entry of the network"),
    };

    /// <summary>(∂L/∂W0, ∂L/∂W1, ∂L/∂W2, ∂L/∂W3), the gradient an SGD step uses.</summary>
    public WeightMatrices ForWeights => new(DLdW0, DLdW1, DLdW2, DLdW3);
}
