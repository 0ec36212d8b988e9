using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference.Variants;

namespace SkipNet.Reference.Wide;

/// <summary>
/// A vector of dual numbers v + ε·t (ε² = 0), kept as a pair of vectors: <see cref="Dual"/> carried over to the
/// vectorised network. A matrix of dual numbers is likewise a pair of matrices. A null tangent is a zero one, so that
/// a pass that carries no derivative (every finite-difference sample) costs no more than the plain forward pass.
/// </summary>
internal readonly record struct DualVector(Vector<double> Value, Vector<double>? Tangent)
{
    /// <summary>(A + εA′)(v + εt) = Av + ε(A′v + At).</summary>
    public static DualVector Times((Matrix<double> Value, Matrix<double>? Tangent) matrix, DualVector vector)
    {
        var (a, aDot) = matrix;
        var tangent = (aDot, vector.Tangent) switch
        {
            (null, null) => null,
            (null, { } t) => a * t,
            ({ } d, null) => d * vector.Value,
            ({ } d, { } t) => d * vector.Value + a * t,
        };
        return new(a * vector.Value, tangent);
    }

    /// <summary>Entrywise sum.</summary>
    public static DualVector operator +(DualVector left, DualVector right) =>
        new(left.Value + right.Value, (left.Tangent, right.Tangent) switch
        {
            (null, var t) => t,
            (var t, null) => t,
            ({ } l, { } r) => l + r,
        });

    /// <summary>
    /// f entrywise: value f(v), tangent t·f′(v), with f′ the slope on the side the tangent points to (right for t ≥ 0),
    /// which is the exact one-sided derivative at a kink, as the lexicographic order gives it for scalars.
    /// </summary>
    public DualVector Apply(Activation activation)
    {
        var value = Value;
        return new(
            value.Map(activation.Value),
            Tangent?.MapIndexed((i, t) => t * (t >= 0 ? activation.RightDerivative(value[i]) : activation.LeftDerivative(value[i]))));
    }

    /// <summary>A copy with entry <paramref name="index"/> set to value + ε·tangent.</summary>
    public DualVector With(int index, double value, double tangent)
    {
        var values = Value.Clone();
        values[index] = value;
        var tangents = Tangent?.Clone() ?? (tangent == 0 ? null : Vector<double>.Build.Dense(values.Count));
        tangents?[index] = tangent;
        return new(values, tangents);
    }

    /// <summary>The tangent's entry, 0 where there is none.</summary>
    public double TangentAt(int index) => Tangent?[index] ?? 0;
}
