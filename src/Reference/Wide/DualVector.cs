using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference.Variants;

namespace SkipNet.Reference.Wide;

/// <summary>
/// A vector of dual numbers v + ε·t (ε² = 0), kept as a pair of vectors: <see cref="Dual"/> carried over to the
/// vectorised network. A matrix of dual numbers is likewise a pair of matrices.
/// </summary>
internal readonly record struct DualVector(Vector<double> Value, Vector<double> Tangent)
{
    /// <summary>(A + εA′)(v + εt) = Av + ε(A′v + At).</summary>
    public static DualVector Times((Matrix<double> Value, Matrix<double> Tangent) matrix, DualVector vector) =>
        new(matrix.Value * vector.Value, matrix.Tangent * vector.Value + matrix.Value * vector.Tangent);

    /// <summary>Entrywise sum.</summary>
    public static DualVector operator +(DualVector left, DualVector right) =>
        new(left.Value + right.Value, left.Tangent + right.Tangent);

    /// <summary>
    /// f entrywise: value f(v), tangent t·f′(v), with f′ the slope on the side the tangent points to (right for t ≥ 0),
    /// which is the exact one-sided derivative at a kink, as the lexicographic order gives it for scalars.
    /// </summary>
    public DualVector Apply(Activation activation)
    {
        var (value, tangent) = (Value, Tangent);
        return new(
            value.Map(activation.Value),
            Vector<double>.Build.Dense(value.Count, i =>
                tangent[i] * (tangent[i] >= 0 ? activation.RightDerivative(value[i]) : activation.LeftDerivative(value[i]))));
    }

    /// <summary>A copy with entry <paramref name="index"/> set to value + ε·tangent.</summary>
    public DualVector With(int index, double value, double tangent)
    {
        var (values, tangents) = (Value.Clone(), Tangent.Clone());
        values[index] = value;
        tangents[index] = tangent;
        return new(values, tangents);
    }
}
