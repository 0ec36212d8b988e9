using System.Numerics;
using System.Runtime.CompilerServices;

namespace SkipNet.Reference;

/// <summary>
/// <see cref="Vector{T}.Count"/> dual numbers v + ε·t (ε² = 0) side by side, one per SIMD lane. ReLU and |·| branch
/// lane by lane on the lexicographic order of (v, t) against 0: at v = 0 the tangent picks the side, as the model's
/// pass applies the slope on the side its tangent points to.
/// </summary>
public readonly record struct DualLanes(Vector<double> Value, Vector<double> Tangent)
{
    /// <summary>Constants: every tangent zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes Constant(Vector<double> value) => new(value, Vector<double>.Zero);

    /// <summary>(a + bε) + (c + dε) = (a + c) + (b + d)ε.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes operator +(DualLanes left, DualLanes right) =>
        new(left.Value + right.Value, left.Tangent + right.Tangent);

    /// <summary>(a + bε) − (c + dε) = (a − c) + (b − d)ε.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes operator -(DualLanes left, DualLanes right) =>
        new(left.Value - right.Value, left.Tangent - right.Tangent);

    /// <summary>(a + bε)(c + dε) = ac + (ad + bc)ε.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes operator *(DualLanes left, DualLanes right) =>
        new(left.Value * right.Value, left.Value * right.Tangent + left.Tangent * right.Value);

    /// <summary>max(d, 0) in the lexicographic order: d where its value is positive, or zero with a positive tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes Relu(DualLanes d) => Select(Above(d, Vector<double>.Zero), d, default);

    /// <summary>|d| in the lexicographic order: −d where d &lt; 0 (its value negative, or zero with a negative tangent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes Abs(DualLanes d) => Select(Above(-d, Vector<double>.Zero), -d, d);

    /// <summary>Where a comparison with zero is decided by the tangent: the value is zero, the tangent is not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<long> TangentDecides(DualLanes d) =>
        Vector.Equals(d.Value, Vector<double>.Zero) & ~Vector.Equals(d.Tangent, Vector<double>.Zero);

    /// <summary>−(a + bε) = −a − bε.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DualLanes operator -(DualLanes d) => new(-d.Value, -d.Tangent);

    // (v, t) > (0, 0) lexicographically: v > 0, or v = 0 and t > 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> Above(DualLanes d, Vector<double> zero) =>
        Vector.GreaterThan(d.Value, zero) | (Vector.Equals(d.Value, zero) & Vector.GreaterThan(d.Tangent, zero));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static DualLanes Select(Vector<long> mask, DualLanes whenTrue, DualLanes whenFalse) =>
        new(Vector.ConditionalSelect(mask, whenTrue.Value, whenFalse.Value),
            Vector.ConditionalSelect(mask, whenTrue.Tangent, whenFalse.Tangent));
}
