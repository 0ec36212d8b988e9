using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference.Variants;

namespace SkipNet.Reference.Wide;

/// <summary>
/// A vector of dual numbers v + ε·t (ε² = 0), kept as a pair of vectors. A matrix of dual numbers is likewise a pair of matrices. A null tangent is a zero one, so that
/// a pass that carries no derivative (every finite-difference sample) costs no more than the plain forward pass.
/// </summary>
internal readonly record struct DualVector(Vector<double> Value, Vector<double>? Tangent)
{
    /// <summary>(A + εA′)(v + εt) = Av + ε(A′v + At).</summary>
    public static DualVector Times((Matrix<double> Value, Matrix<double>? Tangent) matrix, DualVector vector)
    {
        var (a, aDot) = matrix;
        return new(a * vector.Value, Sum(aDot is null ? null : aDot * vector.Value, vector.Tangent is null ? null : a * vector.Tangent));
    }

    /// <summary>Entrywise sum.</summary>
    public static DualVector operator +(DualVector left, DualVector right) =>
        new(left.Value + right.Value, Sum(left.Tangent, right.Tangent));

    /// <summary>
    /// f entrywise: value f(v), tangent t·f′(v), with f′ the slope on the side the tangent points to (right for t ≥ 0),
    /// which is the exact one-sided derivative at a kink, as the lexicographic order gives it for scalars.
    /// </summary>
    public DualVector Apply(Activation activation)
    {
        var value = Value;
        return new(
            value.Map(activation.Value),
            // Stryker disable once Equality : t > 0 differs only at t = 0, where either slope times 0 is 0
            Tangent?.MapIndexed((i, t) => t * (t >= 0 ? activation.RightDerivative(value[i]) : activation.LeftDerivative(value[i]))));
    }

    /// <summary>
    /// A copy with entry <paramref name="index"/> set to value + ε·tangent, and every other tangent zero: a probe is the
    /// only seed, so nothing upstream of it carries a tangent.
    /// </summary>
    public DualVector With(int index, double value, double tangent)
    {
        var values = Value.Clone();
        values[index] = value;
        // Stryker disable once Conditional : a null tangent is a zero one; it only saves the work
        var tangents = tangent == 0 ? null : Vector<double>.Build.Dense(values.Count);
        tangents?[index] = tangent;
        return new(values, tangents);
    }

    // Tangents add; a null one is zero.
    private static Vector<double>? Sum(Vector<double>? left, Vector<double>? right) =>
        left is null ? right : right is null ? left : left + right;

    /// <summary>The tangent, zeros where there is none.</summary>
    public Vector<double> TangentOrZero => Tangent ?? Vector<double>.Build.Dense(Value.Count);

    /// <summary>The tangent's entry, 0 where there is none.</summary>
    public double TangentAt(int index) => Tangent?[index] ?? 0;
}
