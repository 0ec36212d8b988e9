using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkipNet.Analytic.Wide;
using SkipNet.Points;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Tests;

/// <summary>
/// <see cref="WidthOne"/>'s scalar path for the exercise (ReLU, L1) is the vectorised model at widths 1,1,1,1, to the
/// bit: forward pass and every side of every kink (the SGD step is the vectorised one by construction). Half the
/// points sit on a kink.
/// </summary>
public sealed class WidthOneProperties
{
    private static readonly Arbitrary<Point> Points =
        Gen.Frequency((1, Generators.AnyPointGen), (1, Generators.KinkPointGen)).ToArbitrary();

    private static readonly KinkSides[] EverySides = [KinkSides.PyTorch, .. KinkSides.Corners];

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property Forward_Exercise_IsTheVectorisedModelsToTheBit() =>
        Prop.ForAll(Points, point =>
        {
            var wide = WideNetwork.Forward(WeightMatrices.FromScalars(point.Parameters), VectorSample.FromScalars(point.Sample), Variant.Exercise);
            var scalar = WidthOne.Forward(point.Parameters, point.Sample, Variant.Exercise);
            return (scalar.Z0, scalar.H0, scalar.Z1, scalar.H1, scalar.Z2, scalar.YHat, scalar.Loss)
                   == (wide.Z0[0], wide.H0[0], wide.Z1[0], wide.H1[0], wide.Z2[0], wide.YHat[0], wide.Loss);
        });

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property Backward_ExerciseOnEverySide_IsTheVectorisedModelsToTheBit() =>
        Prop.ForAll(Points, point => EverySides.All(sides =>
            WidthOne.Backward(point.Parameters, point.Sample, Variant.Exercise, sides)
            == WidthOne.Scalar(WideBackprop.Of(WeightMatrices.FromScalars(point.Parameters), VectorSample.FromScalars(point.Sample), Variant.Exercise, sides))));

    /// <summary>On a kink the sides give the corners of the scalar derivation's conventions, and off one PyTorch's value.</summary>
    [Fact]
    public void ConventionOf_EverySide_IsTheScalarCorner()
    {
        Assert.Equal(new Analytic.KinkConvention(0, 0, 0), WidthOne.ConventionOf(KinkSides.PyTorch));
        Assert.Equal(
            Analytic.KinkConvention.Corners.OrderBy(c => (c.ReluSlopeAtZeroZ0, c.ReluSlopeAtZeroZ1, c.AbsSlopeAtZero)),
            KinkSides.Corners.Select(WidthOne.ConventionOf).OrderBy(c => (c.ReluSlopeAtZeroZ0, c.ReluSlopeAtZeroZ1, c.AbsSlopeAtZero)));
    }
}
