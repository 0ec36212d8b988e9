using FsCheck;
using FsCheck.Fluent;
using SkipNet.Reference;


namespace SkipNet.Properties;

/// <summary>The dual numbers behind the exact oracle.</summary>
public sealed class DualNumberProperties
{
    private static readonly Arbitrary<Dual> SmallDual =
        (from value in Gen.Choose(-3, 3) from tangent in Gen.Choose(-3, 3) select new Dual(value, tangent))
        .ToArbitrary();

    /// <summary>(a + bε) ∘ (c + dε) for + − × and negation, against the rules written out.</summary>
    [PropertyCheck]
    public Property Arithmetic_FollowsEpsilonSquaredIsZero() =>
        Prop.ForAll(SmallDual, SmallDual, (u, v) =>
            u + v == new Dual(u.Value + v.Value, u.Tangent + v.Tangent)
            && u - v == new Dual(u.Value - v.Value, u.Tangent - v.Tangent)
            && u * v == new Dual(u.Value * v.Value, u.Value * v.Tangent + u.Tangent * v.Value)
            && -u == new Dual(-u.Value, -u.Tangent)
            && u + Dual.AdditiveIdentity == u);

    /// <summary>The order is lexicographic: by value, ties broken by tangent.</summary>
    [PropertyCheck]
    public Property Order_IsLexicographic() =>
        Prop.ForAll(SmallDual, SmallDual, (u, v) =>
        {
            var expected = (u.Value, u.Tangent).CompareTo((v.Value, v.Tangent));
            return (u < v) == (expected < 0) && (u > v) == (expected > 0)
                && (u <= v) == (expected <= 0) && (u >= v) == (expected >= 0);
        });

    [Fact]
    public void Constant_HasZeroTangent() => Assert.Equal(new Dual(2.5, 0), Dual.Constant(2.5));
}
