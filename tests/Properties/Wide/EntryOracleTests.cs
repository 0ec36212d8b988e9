using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>The vectorised oracles' own specification, on the worked example where every number is known.</summary>
public sealed class EntryOracleTests
{
    private static readonly WeightMatrices Weights = WeightMatrices.FromScalars(Parameters.WorkedExample);
    private static readonly VectorSample Sample = VectorSample.FromScalars(Reference.Sample.WorkedExample);
    private static readonly Entry W0 = new(Node.W0, 0, 0);

    /// <summary>
    /// The rules of <see cref="WideRoundingScale"/> by hand at x = 1, y = 3, w = 0.5 (ReLU, L1), in units of ε:
    /// e_x = 1; e_z0 = 3·0.5·1 + 0.5·1 + 0.5 = 2.5 = e_h0; e_z1 = 3·0.25 + 0.5·2.5 + 0.25 = 2.25 = e_h1;
    /// e_z2 = (3·0.125 + 0.5·2.25) + (3·0.25 + 0.5·2.5) + 0.375 = 3.875; e_r = 3.875 + (3 + 2.625) = 9.5;
    /// e_ℓ = 9.5 + 3·2.625 = 17.375; plus 1·2.625 for the sum over one output, doubled: 40ε.
    /// </summary>
    [Fact]
    public void LossError_AtTheWorkedExample_IsFortyUnitRoundoffs()
    {
        var unchanged = new EntryProbe(new Entry(Node.YHat, 0), 0.375, 0);
        Assert.Equal(40 * Tolerance.UnitRoundoff, WideRoundingScale.LossError(Weights, Sample, Variant.Exercise, unchanged));
    }

    /// <summary>z0 = w0·x = 0.5 crosses 0 when w0 moves by more than 0.5; z1, ŷ and r keep their signs until then.</summary>
    [Theory]
    [InlineData(0.25, true)]
    [InlineData(0.49, true)]
    [InlineData(0.5, false)]
    [InlineData(1, false)]
    public void StaysOnOnePiece_IsFalseExactlyWhenTheReachCrossesAKink(double reach, bool onOnePiece) =>
        Assert.Equal(onOnePiece, EntryDifference.StaysOnOnePiece(W0, Weights, Sample, Variant.Exercise, reach));

    [Fact]
    public void StaysOnOnePiece_OnAKink_IsFalse()
    {
        var dead = Weights.With(Node.W0, 0, 0, 0);
        Assert.False(EntryDifference.StaysOnOnePiece(W0, dead, Sample, Variant.Exercise, 1e-9));
    }

    /// <summary>Huber's seams are piece boundaries too: with δ = 2.625, r = y − ŷ = 2.625 sits on one.</summary>
    [Fact]
    public void StaysOnOnePiece_OnHubersSeam_IsFalse() =>
        Assert.False(EntryDifference.StaysOnOnePiece(W0, Weights, Sample, new Variant(Activation.Relu, LossFunction.Huber(2.625)), 1e-9));

    /// <summary>At w0 = 0, z0 = 0: L's slope along w0 is 0 to the left (ReLU closed) and −(w3 + w2·w1)·x = −0.75 to the right.</summary>
    [Fact]
    public void Verdict_OnAKink_IsNonDifferentiableWithTheOneSidedSlopes()
    {
        var dead = Weights.With(Node.W0, 0, 0, 0);
        var verdict = Assert.IsType<KinkVerdict.NonDifferentiable>(EntryDifference.Verdict(W0, dead, Sample, Variant.Exercise, 1e-6));
        Assert.Equal(0, verdict.Slopes.Left, 1e-9);
        Assert.Equal(-0.75, verdict.Slopes.Right, 1e-9);
        Assert.Equal(new OneSidedSlopes(0, -0.75), EntryExactDerivative.Slopes(W0, dead, Sample, Variant.Exercise));
    }

    [Fact]
    public void Verdict_OffKinks_IsDifferentiableWithTheSlope()
    {
        var verdict = Assert.IsType<KinkVerdict.Differentiable>(EntryDifference.Verdict(W0, Weights, Sample, Variant.Exercise, 1e-6));
        Assert.Equal(-0.75, verdict.Slope, 1e-9);
    }

    /// <summary>L is piecewise linear with ReLU and L1: the first quarter step already agrees with the first.</summary>
    [Fact]
    public void Central_OnPiecewiseLinearL_StopsAtTheFirstRefinement()
    {
        var estimate = EntryDifference.Central(W0, Weights, Sample, Variant.Exercise);
        Assert.Equal(EntryDifference.StepAt(W0, Weights, Sample, Variant.Exercise), estimate.Coarser.Step);
        Assert.Equal(estimate.Coarser.Step / 4, estimate.Central.Step);
        Assert.True(estimate.Resolved && estimate.OnOnePiece && estimate.Allows(-0.75));
        Assert.False(estimate.Allows(-0.75 + 2 * estimate.ErrorBound + 1e-12));
    }

    /// <summary>
    /// σ(w0·x) with x = 10⁵ turns within 10⁻⁵ of w0, shorter than ∛ε·(1 + w0): the step shrinks until two differences
    /// agree, and the estimate then allows the exact derivative and refuses one 1% off.
    /// </summary>
    [Fact]
    public void Central_OnASigmoidTurningWithinAStep_RefinesTheStep()
    {
        var steep = new VectorSample(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 1e5), Sample.Y);
        var at = Weights.With(Node.W0, 0, 0, 1e-5);
        var sigmoid = new Variant(Activation.Sigmoid, LossFunction.Squared);
        var estimate = EntryDifference.Central(W0, at, steep, sigmoid);
        var exact = EntryExactDerivative.Slopes(W0, at, steep, sigmoid).Right;
        Assert.True(estimate.Central.Step <= EntryDifference.StepAt(W0, at, steep, sigmoid) / 16, $"{estimate} vs {exact:R}");
        Assert.True(estimate.Resolved && estimate.Allows(exact) && !estimate.Allows(exact * 1.01), $"{estimate} vs {exact:R}");
    }

    /// <summary>
    /// With σ and W2 = W3 = 0, ŷ = 0 whatever w0 is, so ∂L/∂w0 = 0 and the difference is only rounding noise: not
    /// resolved, since a smooth activation could hide truncation under that noise.
    /// </summary>
    [Fact]
    public void Central_OfAZeroDerivative_UnderASmoothActivation_IsNotResolved()
    {
        var flat = Weights.With(Node.W2, 0, 0, 0).With(Node.W3, 0, 0, 0);
        var estimate = EntryDifference.Central(W0, flat, Sample, new Variant(Activation.Sigmoid, LossFunction.Squared));
        Assert.Equal(0, estimate.Value);
        Assert.False(estimate.TruncationFree || estimate.Resolved);
    }

    /// <summary>Behind a dead ReLU unit the derivative is 0; L is piecewise quadratic, so the difference's rounding bound is its whole error: resolved.</summary>
    [Fact]
    public void Central_OfAZeroDerivative_UnderReLU_IsResolved()
    {
        var dead = Weights.With(Node.W0, 0, 0, -0.5);
        var estimate = EntryDifference.Central(W0, dead, Sample, new Variant(Activation.Relu, LossFunction.Squared));
        Assert.Equal(0, estimate.Value);
        Assert.True(estimate.TruncationFree && estimate.Resolved && estimate.Allows(0));
    }
}
