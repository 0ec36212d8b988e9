using FsCheck;
using FsCheck.Fluent;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties;

/// <summary>The oracles' documented constants, steps and rounding bounds, checked against their definitions.</summary>
public sealed class OracleSpecificationTests
{
    private static readonly Parameters P = Parameters.WorkedExample;
    private static readonly Sample S = Sample.WorkedExample;
    private static readonly WeightMatrices W = WeightMatrices.FromScalars(P);
    private static readonly VectorSample X = VectorSample.FromScalars(S);
    private static readonly Entry W0 = new(Node.W0, 0, 0);

    [Fact]
    public void BaseStep_IsCubeRootOfMachineEpsilon() =>
        Assert.True(Math.Abs(CentralDifference.BaseStep - Math.Cbrt(Math.Pow(2, -52))) <= 1e-21);

    /// <summary>h = ∛ε·(1 + |v|): at w0 = 0.5 the step is 1.5·∛ε.</summary>
    [Fact]
    public void Step_ScalesWithTheNodesMagnitude()
    {
        var expected = 1.5 * CentralDifference.BaseStep;
        Assert.Equal(expected, CentralDifference.StepAt(-0.5));
        Assert.Equal(expected, EntryDifference.StepAt(W0, W, X, Variant.Exercise));
    }

    /// <summary>16·ε·M/h with ε = 2⁻⁵³: two evaluations, each off by at most 8εM.</summary>
    [Fact]
    public void DifferenceQuotientBound_IsSixteenUnitRoundoffsOfMagnitudeOverStep() =>
        Assert.Equal(16 * Math.Pow(2, -53) * 3 / 1e-3, RoundingScale.DifferenceQuotientBound(3, 1e-3));

    /// <summary>M = |y| + |w2·w1·w0·x| + |w3·w0·x|, and with w0 moved out by r: |y| + (|w2·w1| + |w3|)·(|w0| + r)·|x|.</summary>
    [PropertyCheck]
    public Property LossMagnitude_IsTheSumOfTheTermMagnitudes() =>
        Prop.ForAll(Generators.AnyPoint, point =>
        {
            var (p, x, y) = (point.Parameters, Math.Abs(point.X), Math.Abs(point.Y));
            var (w0, w1, w2, w3) = (Math.Abs(p.W0), Math.Abs(p.W1), Math.Abs(p.W2), Math.Abs(p.W3));
            var reach = CentralDifference.StepAt(p.W0);
            var atPoint = y + w2 * w1 * w0 * x + w3 * w0 * x;
            var moved = y + (w2 * w1 + w3) * (w0 + reach) * x;
            return Close(RoundingScale.LossMagnitude(point.Parameters, point.Sample), atPoint)
                && Close(RoundingScale.LossMagnitude(Node.W0, reach, point.Parameters, point.Sample), moved);
        });

    /// <summary>The path terms of each weight's derivative: |x|·(|w2·w1| + |w3|), |w2·w0·x|, |w1·w0·x|, |w0·x|.</summary>
    [PropertyCheck]
    public Property DerivativeMagnitude_IsTheSumOfThePathTermMagnitudes() =>
        Prop.ForAll(Generators.AnyPoint, point =>
        {
            var (p, s) = (point.Parameters, point.Sample);
            var x = Math.Abs(point.X);
            var (w0, w1, w2, w3) = (Math.Abs(p.W0), Math.Abs(p.W1), Math.Abs(p.W2), Math.Abs(p.W3));
            return Close(RoundingScale.DerivativeMagnitude(Node.W0, p, s), x * (w2 * w1 + w3))
                && Close(RoundingScale.DerivativeMagnitude(Node.W1, p, s), w2 * w0 * x)
                && Close(RoundingScale.DerivativeMagnitude(Node.W2, p, s), w1 * w0 * x)
                && Close(RoundingScale.DerivativeMagnitude(Node.W3, p, s), w0 * x);
        });

    [Fact]
    public void Difference_UnknownStencil_IsRejected()
    {
        var bad = Assert.Throws<ArgumentOutOfRangeException>("stencil", () => EntryDifference.Of(W0, W, X, Variant.Exercise, (Stencil)9, 1e-3));
        Assert.Contains("not a stencil", bad.Message);
    }

    /// <summary>
    /// With an explicit step the stencils sample where they say: at x = 1, y = 3, w = 0.5 and h = 1, L along w0 is
    /// |3 − 0.75·w0| for w0 ≥ 0 and 3 for w0 ≤ 0, so L(−1.5) = L(−0.5) = 3, L(0.5) = 2.625, L(1.5) = 1.875 and
    /// L(2.5) = 1.125: backward (2.625 − 3)/1, forward (1.875 − 2.625)/1, central (1.875 − 3)/2, five-point
    /// (3 − 8·3 + 8·1.875 − 1.125)/12. The one-sided slopes differ (the step reaches the kink at w0 = 0): a kink.
    /// </summary>
    [Fact]
    public void ExplicitStep_SamplesTheStencilsPoints()
    {
        double Difference(Stencil stencil) => EntryDifference.Of(W0, W, X, Variant.Exercise, stencil, 1).Value;
        Assert.Equal(-0.375, Difference(Stencil.Backward), 1e-15);
        Assert.Equal(-0.75, Difference(Stencil.Forward), 1e-15);
        Assert.Equal(-0.5625, Difference(Stencil.Central), 1e-15);
        Assert.Equal(-0.59375, Difference(Stencil.FivePoint), 1e-15);
        var kink = Assert.IsType<KinkVerdict.NonDifferentiable>(EntryDifference.Verdict(W0, W, X, Variant.Exercise, 1));
        Assert.Equal(-0.375, kink.Slopes.Left, 1e-15);
        Assert.Equal(-0.75, kink.Slopes.Right, 1e-15);
    }

    [Theory]
    [InlineData(1, 2, 1.5, 0, true)]
    [InlineData(2, 1, 1.5, 0, true)]
    [InlineData(1, 2, 1, 0, true)]
    [InlineData(1, 2, 2, 0, true)]
    [InlineData(1, 2, 0.5, 0, false)]
    [InlineData(1, 2, 2.5, 0, false)]
    [InlineData(1, 2, 2.5, 0.5, true)]
    [InlineData(1, 2, 0.5, 0.5, true)]
    [InlineData(1, 2, 0.4, 0.5, false)]
    public void OneSidedSlopes_Contains_TheClosedIntervalWidenedBySlack(double left, double right, double value, double slack, bool expected) =>
        Assert.Equal(expected, new OneSidedSlopes(left, right).Contains(value, slack));

    [Fact]
    public void ExactSlopes_WorkedExample_AreTheHandDerivedGradient()
    {
        Assert.Equal(new OneSidedSlopes(-0.75, -0.75), EntryExactDerivative.Slopes(Node.W0, P, S, Variant.Exercise));
        Assert.Equal(new OneSidedSlopes(-0.25, -0.25), EntryExactDerivative.Slopes(Node.W1, P, S, Variant.Exercise));
        Assert.Equal(new OneSidedSlopes(-0.25, -0.25), EntryExactDerivative.Slopes(Node.W2, P, S, Variant.Exercise));
        Assert.Equal(new OneSidedSlopes(-0.5, -0.5), EntryExactDerivative.Slopes(Node.W3, P, S, Variant.Exercise));
    }

    private static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= 8 * Tolerance.UnitRoundoff * expected;

    /// <summary>The cached weights give what Math.NET's NumericalDerivative gives from the same samples, to the bit.</summary>
    [PropertyCheck]
    public Property StencilWeights_GiveMathNetsDerivative_Exactly() =>
        Prop.ForAll(
            Arb.From(Gen.Elements(Enum.GetValues<Stencil>())),
            Arb.From(Gen.ArrayOf(Generators.LogUniformNumber, 5)),
            Arb.From(Generators.LogUniformNumber.Select(Math.Abs)),
            (stencil, values, step) =>
            {
                var weights = StencilWeights.For(stencil);
                var samples = values[..weights.Coefficients.Length];
                var mathNet = new MathNet.Numerics.Differentiation.NumericalDerivative(weights.Coefficients.Length, weights.Center)
                    .EvaluateDerivative(samples, 1, step);
                return weights.Slope(samples, step) == mathNet;
            });

    /// <summary>The weights Math.NET gives for the four stencils, and how far each reaches.</summary>
    [Fact]
    public void StencilWeights_AreTheTextbookOnes()
    {
        Assert.Equal([-1.0, 1.0], StencilWeights.For(Stencil.Backward).Coefficients.ToArray());
        Assert.Equal([-1.0, 1.0], StencilWeights.For(Stencil.Forward).Coefficients.ToArray());
        Assert.Equal([-0.5, 0, 0.5], StencilWeights.For(Stencil.Central).Coefficients.ToArray());
        var five = StencilWeights.For(Stencil.FivePoint).Coefficients.ToArray();
        Assert.Equal([1 / 12.0, -2 / 3.0, 0, 2 / 3.0, -1 / 12.0], five, (a, b) => Math.Abs(a - b) <= 1e-15);
        Assert.Equal([1, 1, 1, 2], Enum.GetValues<Stencil>().Select(s => StencilWeights.For(s).Reach));
        Assert.Equal([1, 0, 1, 2], Enum.GetValues<Stencil>().Select(s => StencilWeights.For(s).Center));
    }
}
