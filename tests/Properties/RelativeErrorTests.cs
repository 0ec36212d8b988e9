using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using SkipNet.Reference.Oracles;

namespace SkipNet.Properties;

/// <summary><see cref="RelativeError"/>: |a − b| / max(|a|, |b|, floor), 0 when all three are 0; its lanes are its values.</summary>
public sealed class RelativeErrorTests
{
    [Theory]
    [InlineData(1.0, 1.5, 0.0, 1.0 / 3)]     // 0.5 / 1.5
    [InlineData(1.5, 1.0, 0.0, 1.0 / 3)]     // symmetric
    [InlineData(-2.0, 2.0, 0.0, 2.0)]        // 4 / 2: opposite signs
    [InlineData(-3.0, -1.0, 0.0, 2.0 / 3)]   // the larger magnitude, not the larger value
    [InlineData(0.0, 0.0, 0.0, 0.0)]         // nothing to compare
    [InlineData(1e-20, 0.0, 1.0, 1e-20)]     // below the floor: judged against the floor
    [InlineData(4.0, 2.0, 1.0, 0.5)]         // above the floor: the floor does not matter
    [InlineData(2.0, 2.0, 0.0, 0.0)]
    public void Of_HandPickedValues_IsTheDefinition(double a, double b, double floor, double expected) =>
        Assert.Equal(expected, RelativeError.Of(a, b, floor), 15);

    [PropertyCheck]
    public Property Lanes_AreTheScalarValues() =>
        Prop.ForAll(Lanes.ToArbitrary(), Lanes.ToArbitrary(), Lanes.Select(f => f.Select(Math.Abs).ToArray()).ToArbitrary(), (a, b, floor) =>
        {
            var errors = RelativeError.Of(new Vector<double>(a), new Vector<double>(b), new Vector<double>(floor));
            return Enumerable.Range(0, Vector<double>.Count).All(i => errors[i].Equals(RelativeError.Of(a[i], b[i], floor[i])));
        });

    // One value per SIMD lane, zeros and tiny values among them.
    private static readonly Gen<double[]> Lanes = Gen.Elements(0.0, 1e-300, -2.5, 3.0, 1e10).ArrayOf(Vector<double>.Count);
}
