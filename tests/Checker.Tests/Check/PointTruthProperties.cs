using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkipNet.Checker.Truth;
using SkipNet.Points;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// The truth a formula is judged against at a generated point (<see cref="PointTruth"/>), checked against the exact
/// oracle of src/Reference (dual numbers, which know nothing of the backward pass): each true gradient admits both
/// exact one-sided slopes, so at a kink every side is right, and the point is on a kink wherever those slopes differ.
/// Half the points sit on a kink.
/// </summary>
public sealed class PointTruthProperties
{
    private static readonly Arbitrary<Point> Points =
        Gen.Frequency((1, Generators.AnyPointGen), (1, Generators.KinkPointGen)).ToArbitrary();

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property Of_EveryGradient_AdmitsBothExactOneSidedSlopes() =>
        Prop.ForAll(Points, point =>
        {
            var truth = PointTruth.At(point, Variant.Exercise);
            var missed = string.Join("; ", Quantities.Gradients
                .Select(name => (Name: name, Truth: truth.Of(name), Tolerance: truth.ToleranceOf(name),
                                 Slopes: EntryExactDerivative.Slopes(Quantities.NodeOf(name), point.Parameters, point.Sample, Variant.Exercise)))
                .Where(x => !x.Truth.Admits(x.Slopes.Left, x.Tolerance) || !x.Truth.Admits(x.Slopes.Right, x.Tolerance))
                .Select(x => $"{x.Name}: [{x.Truth.Low:R}, {x.Truth.High:R}] vs slopes {x.Slopes.Left:R}, {x.Slopes.Right:R}"));
            return (missed.Length == 0).Label(missed);
        });

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property OnKink_WhereSomeExactOneSidedSlopesDiffer() =>
        Prop.ForAll(Points, point =>
        {
            var slopesDiffer = Quantities.Gradients
                .Select(name => EntryExactDerivative.Slopes(Quantities.NodeOf(name), point.Parameters, point.Sample, Variant.Exercise))
                .Any(slopes => slopes.Left != slopes.Right);
            return !slopesDiffer || PointTruth.At(point, Variant.Exercise).OnKink;
        });

    [Fact]
    public void Of_AtTheWorkedExample_IsTheHandDerivedGradient()
    {
        // x = 1, y = 3, every w = 0.5: z0 = 0.5, h0 = 0.5, z1 = h1 = 0.25, ŷ = 0.375, L = 2.625, off every kink. By hand:
        // ∂L/∂ŷ = −sign(y − ŷ) = −1 = ∂L/∂z2; ∂L/∂w2 = −h1, ∂L/∂w3 = −h0, ∂L/∂h1 = −w2 = ∂L/∂z1, ∂L/∂w1 = ∂L/∂z1·h0,
        // ∂L/∂h0 = −w3 + ∂L/∂z1·w1 = ∂L/∂z0 = ∂L/∂w0 (x = 1). Binary fractions, so exact.
        var truth = PointTruth.At(Point.WorkedExample, Variant.Exercise);
        var byHand = new Dictionary<string, double>
        {
            ["dL/dyhat"] = -1, ["dL/dz2"] = -1, ["dL/dw2"] = -0.25, ["dL/dw3"] = -0.5, ["dL/dh1"] = -0.5,
            ["dL/dz1"] = -0.5, ["dL/dw1"] = -0.25, ["dL/dh0"] = -0.75, ["dL/dz0"] = -0.75, ["dL/dw0"] = -0.75,
        };
        Assert.False(truth.OnKink);
        Assert.Equal(2.625, truth.Values["loss"]);
        Assert.Single(truth.UnderSides);
        Assert.Equal(byHand, Quantities.Gradients.ToDictionary(name => name, name => truth.Of(name).Value));
        Assert.All(Quantities.Gradients, name => Assert.Equal([byHand[name]], truth.Of(name).UnderConventions));
    }
}
