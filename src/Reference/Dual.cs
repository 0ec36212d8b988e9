using System.Numerics;

namespace SkipNet.Reference;

/// <summary>
/// A forward-mode dual number a + b·ε with ε² = 0: carrying <see cref="Tangent"/> = dv/dt through the forward pass
/// gives dL/dt exactly, to rounding, with no step size.
/// </summary>
/// <remarks>
/// Dual numbers were chosen over the complex step because the network is built of ReLU and |·|, which branch on
/// a sign: a dual number ordered lexicographically, (a, b) &gt; 0 when a &gt; 0 or (a = 0 and b &gt; 0), makes each
/// branch take the side the tangent points to. At a kink the result is then the exact one-sided derivative in the
/// tangent's direction, where the complex step would silently pick one side. The same pair (value, tangent) extends
/// to matrices as a pair of matrices.
/// </remarks>
public readonly record struct Dual(double Value, double Tangent) :
    IAdditionOperators<Dual, Dual, Dual>,
    ISubtractionOperators<Dual, Dual, Dual>,
    IMultiplyOperators<Dual, Dual, Dual>,
    IUnaryNegationOperators<Dual, Dual>,
    IComparisonOperators<Dual, Dual, bool>,
    IAdditiveIdentity<Dual, Dual>
{
    /// <summary>0 + 0·ε.</summary>
    public static Dual AdditiveIdentity => default;

    /// <summary>A constant: its tangent is zero.</summary>
    public static Dual Constant(double value) => new(value, 0);

    /// <summary>(a + bε) + (c + dε) = (a + c) + (b + d)ε.</summary>
    public static Dual operator +(Dual left, Dual right) =>
        new(left.Value + right.Value, left.Tangent + right.Tangent);

    /// <summary>(a + bε) − (c + dε) = (a − c) + (b − d)ε.</summary>
    public static Dual operator -(Dual left, Dual right) =>
        new(left.Value - right.Value, left.Tangent - right.Tangent);

    /// <summary>(a + bε)(c + dε) = ac + (ad + bc)ε, since ε² = 0.</summary>
    public static Dual operator *(Dual left, Dual right) =>
        new(left.Value * right.Value, left.Value * right.Tangent + left.Tangent * right.Value);

    /// <summary>−(a + bε) = −a − bε.</summary>
    public static Dual operator -(Dual value) => new(-value.Value, -value.Tangent);

    /// <summary>Lexicographic order: by value, then by tangent.</summary>
    public static bool operator <(Dual left, Dual right) => Compare(left, right) < 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator >(Dual left, Dual right) => Compare(left, right) > 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator <=(Dual left, Dual right) => Compare(left, right) <= 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator >=(Dual left, Dual right) => Compare(left, right) >= 0;

    private static int Compare(Dual left, Dual right)
    {
        var byValue = left.Value.CompareTo(right.Value);
        return byValue != 0 ? byValue : left.Tangent.CompareTo(right.Tangent);
    }
}
