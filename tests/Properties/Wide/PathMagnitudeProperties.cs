using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Points.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>
/// <see cref="PathMagnitude"/> is the backward pass on magnitudes: where no path term can cancel another it is the
/// gradient's own size; <see cref="PathFactors"/> gives the sizes of h, f′ and ℓ′ it multiplies.
/// </summary>
public sealed class PathMagnitudeProperties
{
    /// <summary>
    /// Weights and x made non-negative and y below every output: then h ≥ 0, f′ ≥ 0 and every residual is negative, so
    /// every path term of a gradient has one sign and its magnitude is |∂L/∂e|, to the bit. No unit on a kink.
    /// </summary>
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property OneSided_WithoutCancellation_IsTheGradientsSize() =>
        Prop.ForAll(WideGenerators.AnyPoint.Generator.Select(WithoutCancellation).Where(NoUnitOnAKink).ToArbitrary(), point =>
        {
            var (w, s, v) = (point.Weights, point.Sample, point.Variant);
            var (magnitudes, gradients) = (PathMagnitude.Of(w, s, PathFactors.OneSided(point.Trace, s, v)), Backprop.Of(w, s, v));
            var differing = Entry.All(point.Widths).Where(e => magnitudes.For(e) != Math.Abs(gradients.For(e))).ToList();
            return (differing.Count == 0).Label(string.Join(", ", differing.Select(e => $"{e}: {magnitudes.For(e):R} vs |{gradients.For(e):R}|")));
        });

    /// <summary>On a kink the larger one-sided slope counts: ReLU′ is 0 on the left of z = 0 and 1 on the right.</summary>
    [Fact]
    public void OneSided_ReluOnItsKink_IsTheRightSlope()
    {
        var point = Point(Activation.Relu, LossFunction.L1, x: 0, y: 3);
        Assert.Equal((0.0, 1.0), (point.Trace.Z0[0], PathFactors.OneSided(point.Trace, point.Sample, point.Variant).SlopeZ0[0]));
    }

    /// <summary>tanh or σ saturated at z0 = 400 has f′ = 0, but 1 − h² or h·(1 − h) computed elsewhere is off by ε whatever f′ is: at least 1, in both layers.</summary>
    [Theory]
    [InlineData(ActivationKind.Tanh)]
    [InlineData(ActivationKind.Sigmoid)]
    public void AnyEvaluation_SaturatedTanhOrSigmoid_HasSlopeOne(ActivationKind kind)
    {
        var point = Point(Activation.Of(kind), LossFunction.L1, x: 800, y: 3);
        var (oneSided, any) = (PathFactors.OneSided(point.Trace, point.Sample, point.Variant), PathFactors.AnyEvaluation(point.Trace, point.Sample, point.Variant));
        Assert.True(oneSided.SlopeZ0[0] < 1e-100);
        Assert.Equal(1, any.SlopeZ0[0]);
        Assert.True(oneSided.SlopeZ1[0] is > 0.1 and < 1); // z1 = 0.5·f(400): not saturated, raised all the same
        Assert.Equal(1, any.SlopeZ1[0]);
    }

    /// <summary>softplus′ = σ(z) &lt; 1 is not raised.</summary>
    [Fact]
    public void AnyEvaluation_Softplus_KeepsItsSlope()
    {
        var point = Point(Activation.Softplus, LossFunction.L1, x: 1, y: 3);
        var any = PathFactors.AnyEvaluation(point.Trace, point.Sample, point.Variant);
        Assert.Equal(1 / (1 + Math.Exp(-0.5)), any.SlopeZ0[0], 15);
    }

    /// <summary>r² at x = 1, y = 3, weights 0.5 with the identity: ŷ = 0.375, r = 2.625, so 2(|r| + |y| + |ŷ|) = 12.</summary>
    [Fact]
    public void AnyEvaluation_Squared_IsTwiceTheResidualsRoundingSize()
    {
        var point = Point(Activation.Identity, LossFunction.Squared, x: 1, y: 3);
        Assert.Equal(0.375, point.Trace.YHat[0]);
        Assert.Equal(12, PathFactors.AnyEvaluation(point.Trace, point.Sample, point.Variant).LossSlope[0]);
        Assert.Equal(5.25, PathFactors.OneSided(point.Trace, point.Sample, point.Variant).LossSlope[0]);
    }

    /// <summary>Huber with δ = 1 at r = 0.125 (y = 0.5, ŷ = 0.375): |ℓ′| = 0.125, raised to min(δ, 1) = 1; with δ = 0.25, to 0.25.</summary>
    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.25, 0.25)]
    public void AnyEvaluation_Huber_IsRaisedToTheSmallerOfDeltaAndTheRoundingSize(double delta, double expected)
    {
        var point = Point(Activation.Identity, LossFunction.Huber(delta), x: 1, y: 0.5);
        Assert.Equal(0.125, PathFactors.OneSided(point.Trace, point.Sample, point.Variant).LossSlope[0]);
        Assert.Equal(expected, PathFactors.AnyEvaluation(point.Trace, point.Sample, point.Variant).LossSlope[0]);
    }

    /// <summary>8·(n + a + b + m + 4)·ε·M: at widths 2,3,4,5 that is 144·ε·M.</summary>
    [Fact]
    public void Tolerance_IsEightRoundingsPerPathStepTimesTheMagnitude()
    {
        var widths = new Widths(2, 3, 4, 5);
        var weights = new WeightMatrices(Matrix<double>.Build.Dense(3, 2, 1), Matrix<double>.Build.Dense(4, 3, 1), Matrix<double>.Build.Dense(5, 4, 1), Matrix<double>.Build.Dense(5, 3, 1));
        var sample = new VectorSample(Vector<double>.Build.Dense(2, 1), Vector<double>.Build.Dense(5, -1));
        var magnitudes = PathMagnitude.Of(weights, sample, Variant.Exercise);
        var entry = new Entry(Node.W0, 2, 1);
        Assert.Equal(144 * Tolerance.UnitRoundoff * magnitudes.For(entry), PathMagnitude.Tolerance(entry, magnitudes, widths));
    }

    // Every weight 0.5 at widths 1,1,1,1.
    private static WidePoint Point(Activation activation, LossFunction loss, double x, double y) =>
        new(new Variant(activation, loss), WeightMatrices.FromScalars(Parameters.WorkedExample), VectorSample.FromScalars(new Sample(x, y)));

    private static WidePoint WithoutCancellation(WidePoint point) => point with
    {
        Weights = point.Weights.Map(Math.Abs),
        Sample = new VectorSample(point.Sample.X.PointwiseAbs(), point.Sample.Y.Map(y => -Math.Abs(y) - 1)),
    };

    private static bool NoUnitOnAKink(WidePoint point) =>
        !point.Variant.Activation.HasKink || (point.Trace.Z0.All(z => z != 0) && point.Trace.Z1.All(z => z != 0));
}
