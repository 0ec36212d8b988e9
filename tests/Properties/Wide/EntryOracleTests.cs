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

    /// <summary>
    /// The same rules with other variants and probes, in units of ε (u = ε):
    /// leaky ReLU with s = 2: e_h0 = 2·2.5 + 0.5 = 5.5, e_z1 = 0.75 + 2.75 + 0.25 = 3.75, e_h1 = 7.5 + 0.25 = 7.75,
    /// e_z2 = 4.25 + 3.5 + 0.375 = 8.125, e_r = 13.75, e_ℓ = 21.625, plus 2.625, doubled: 48.5.
    /// σ at x = 0, w1 = 0: e_z0 = 0, e_h0 = 4·(0.5 + 1) = 6, e_z1 = 0, e_h1 = 6, e_z2 = 3.75 + 3.75 + 0.5 = 8, r = 2.5,
    /// e_r = 13.5, e_ℓ = 21, plus 2.5, doubled: 47.
    /// w3 probed to 4.5: ŷ = 2.375, e_z2 = (0.375 + 1.125) + (6.75 + 11.25) + 2.375 = 21.875, r = 0.625, e_r = 25.5,
    /// e_ℓ = 27.375, plus 0.625, doubled: 56. w2 probed to 4.5: ŷ = 1.375, e_z2 = (3.375 + 10.125) + 2 + 1.375 = 16.875,
    /// r = 1.625, e_r = 21.5, e_ℓ = 26.375, plus 1.625, doubled: 56; w1 probed to 4.5: z1 = 2.25, e_z1 = 6.75 + 11.25 +
    /// 2.25 = 20.25 = e_h1, the same ŷ and e_z2, 56 again. w0 probed to 2: e_z0 = 6 + 2 + 2 = 10, e_z1 = 3 + 5 + 1 = 9,
    /// e_z2 = (1.5 + 4.5) + (3 + 5) + 1.5 = 15.5, r = 1.5, e_r = 20, e_ℓ = 24.5, plus 1.5, doubled: 52.
    /// x probed to 2: e_x = 2, e_z0 = 3 + 1 + 1 = 5, e_z1 = 1.5 + 2.5 + 0.5 = 4.5, e_z2 = 3 + 4 + 0.75 = 7.75, r = 2.25,
    /// e_r = 13, e_ℓ = 19.75, plus 2.25, doubled: 44.
    /// Squared error at y = ŷ = 0.375: e_r = 3.875 + 0.375 = 4.25, ℓ's Lipschitz constant 2(0 + 4.25u), e_ℓ = 36.125u²,
    /// doubled: 72.25u².
    /// </summary>
    [Fact]
    public void LossError_ForOtherVariantsAndProbes_FollowsTheSameRules()
    {
        var u = Tolerance.UnitRoundoff;
        var unchanged = new EntryProbe(new Entry(Node.YHat, 0), 0.375, 0);
        Assert.Equal(48.5 * u, WideRoundingScale.LossError(Weights, Sample, new Variant(Activation.LeakyRelu(2), LossFunction.L1), unchanged));

        var flat = Weights.With(Node.W1, 0, 0, 0);
        var atZero = new VectorSample(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 0), Sample.Y);
        var sigmoid = new Variant(Activation.Sigmoid, LossFunction.L1);
        Assert.Equal(47 * u, WideRoundingScale.LossError(flat, atZero, sigmoid, new EntryProbe(new Entry(Node.YHat, 0), 0.5, 0)));

        Assert.Equal(56 * u, WideRoundingScale.LossError(Weights, Sample, Variant.Exercise, new EntryProbe(new Entry(Node.W3, 0, 0), 4.5, 0)));
        Assert.Equal(56 * u, WideRoundingScale.LossError(Weights, Sample, Variant.Exercise, new EntryProbe(new Entry(Node.W2, 0, 0), 4.5, 0)));
        Assert.Equal(56 * u, WideRoundingScale.LossError(Weights, Sample, Variant.Exercise, new EntryProbe(new Entry(Node.W1, 0, 0), 4.5, 0)));
        Assert.Equal(52 * u, WideRoundingScale.LossError(Weights, Sample, Variant.Exercise, new EntryProbe(new Entry(Node.W0, 0, 0), 2, 0)));
        Assert.Equal(44 * u, WideRoundingScale.LossError(Weights, Sample, Variant.Exercise, new EntryProbe(new Entry(Node.X, 0), 2, 0)));

        var onTarget = new VectorSample(Sample.X, MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 0.375));
        Assert.Equal(72.25 * u * u, WideRoundingScale.LossError(Weights, onTarget, new Variant(Activation.Relu, LossFunction.Squared), unchanged));
    }

    /// <summary>z0 = w0·x = 0.5 crosses 0 when w0 moves by more than 0.5; z1, ŷ and r keep their signs until then.</summary>
    [Theory]
    [InlineData(0.25, true)]
    [InlineData(0.49, true)]
    [InlineData(0.5, false)]
    [InlineData(1, false)]
    public void StaysOnOnePiece_IsFalseExactlyWhenTheReachCrossesAKink(double reach, bool onOnePiece) =>
        Assert.Equal(onOnePiece, EntryDifference.StaysOnOnePiece(W0, Weights, Sample, Variant.Exercise, reach));

    /// <summary>Along w3, ŷ = 0.125 + w3·0.5 reaches y = 3 at w3 = 5.75: only the right end of a reach of 5.5 crosses.</summary>
    [Theory]
    [InlineData(5, true)]
    [InlineData(5.5, false)]
    public void StaysOnOnePiece_SeesAKinkBeyondTheRightEndOnly(double reach, bool onOnePiece) =>
        Assert.Equal(onOnePiece, EntryDifference.StaysOnOnePiece(new Entry(Node.W3, 0, 0), Weights, Sample, Variant.Exercise, reach));

    /// <summary>
    /// Identity and Huber (δ = 0.5) along w3: ŷ = 0.125 + 0.5·w3, r = 3 − ŷ = 2.625 at w3 = 0.5. A reach of 7 ends at
    /// r = 6.125 and r = −0.875, both outside [−δ, δ] like the middle, yet r crosses both seams in between; a reach of
    /// 4 ends at r = 4.625 and 0.625, one piece.
    /// </summary>
    [Theory]
    [InlineData(4, true)]
    [InlineData(7, false)]
    public void StaysOnOnePiece_SeesBothHuberSeamsCrossed(double reach, bool onOnePiece) =>
        Assert.Equal(onOnePiece, EntryDifference.StaysOnOnePiece(
            new Entry(Node.W3, 0, 0), Weights, Sample, new Variant(Activation.Identity, LossFunction.Huber(0.5)), reach));

    /// <summary>
    /// Two first-layer units (W0 = [0.5; 1], W1 = [0.5, 0.5], W3 = [0.5, 0.5]): along W0[0,0] the first unit's z0
    /// crosses 0 at a reach over 0.5 while z1 = 0.5·h0₀ + 0.5 stays positive, so only z0's own sign shows the kink.
    /// </summary>
    [Theory]
    [InlineData(0.4, true)]
    [InlineData(0.6, false)]
    public void StaysOnOnePiece_SeesAFirstLayerKinkTheSecondLayerHides(double reach, bool onOnePiece)
    {
        var build = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build;
        var twoUnits = new WeightMatrices(build.DenseOfArray(new[,] { { 0.5 }, { 1 } }), build.DenseOfArray(new[,] { { 0.5, 0.5 } }),
                                          build.Dense(1, 1, 0.5), build.DenseOfArray(new[,] { { 0.5, 0.5 } }));
        Assert.Equal(onOnePiece, EntryDifference.StaysOnOnePiece(W0, twoUnits, Sample, Variant.Exercise, reach));
    }

    /// <summary>Along w1, z1 = w1·h0 = 0.25 crosses 0 when w1 moves by more than 0.5; z0 cannot move.</summary>
    [Theory]
    [InlineData(0.4, true)]
    [InlineData(0.6, false)]
    public void StaysOnOnePiece_AlongW1_SeesTheSecondUnitsKink(double reach, bool onOnePiece) =>
        Assert.Equal(onOnePiece, EntryDifference.StaysOnOnePiece(new Entry(Node.W1, 0, 0), Weights, Sample, Variant.Exercise, reach));

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

    /// <summary>A step given is used as it is, the coarser difference at four times it.</summary>
    [Fact]
    public void Central_AtAGivenStep_UsesThatStep()
    {
        var estimate = EntryDifference.Central(W0, Weights, Sample, Variant.Exercise, 1e-3);
        Assert.Equal((1e-3, 4e-3), (estimate.Central.Step, estimate.Coarser.Step));
        Assert.True(estimate.Allows(-0.75));
    }

    /// <summary>
    /// σ(w0·10¹⁵) turns within 10⁻¹⁵ of w0 = 0, beyond the last refinement (∛ε/4¹⁶ ≈ 1.4·10⁻¹⁵): the step is quartered
    /// <see cref="EntryDifference.MaxRefinements"/> times and the estimate is not resolved.
    /// </summary>
    [Fact]
    public void Central_ThatNeverAgrees_StopsAfterTheLastRefinement_Unresolved()
    {
        var steep = new VectorSample(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 1e15), Sample.Y);
        var at = Weights.With(Node.W0, 0, 0, 0);
        var estimate = EntryDifference.Central(W0, at, steep, new Variant(Activation.Sigmoid, LossFunction.Squared));
        Assert.Equal(CentralDifference.BaseStep / Math.Pow(4, EntryDifference.MaxRefinements), estimate.Central.Step);
        Assert.False(estimate.Resolved);
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
        Assert.Equal(EntryDifference.StepAt(W0, at, steep, sigmoid) / 16, estimate.Central.Step);
        Assert.True(estimate.Resolved && estimate.Allows(exact) && !estimate.Allows(exact * 1.01), $"{estimate} vs {exact:R}");
    }

    /// <summary>
    /// softplus(w0·x) with x = 10⁹ at z0 = w0·x = 0.3: the step ∛ε moves z0 by 6·10³, across the whole bend, where
    /// softplus looks like max(0, z) at h and at 4h alike and the two agree on c/2 while the slope is c·σ(0.3). The
    /// step shrinks until the coarser stencil moves z0 by at most 1, and the estimate then allows the exact derivative.
    /// </summary>
    [Theory]
    [InlineData(ActivationKind.Softplus, 0)]
    [InlineData(ActivationKind.Softplus, 1)]
    [InlineData(ActivationKind.Tanh, 0)]
    [InlineData(ActivationKind.Sigmoid, 0)]
    public void Central_OfAStencilAcrossTheWholeBend_RefinesUntilWithinIt(ActivationKind kind, int layer)
    {
        // layer 0: w0 moves z0 = w0·10⁹; layer 1: w1 moves z1 = w1·h0 with h0 = softplus(10⁹) = 10⁹ (w0 = 1).
        var steep = new VectorSample(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 1e9), Sample.Y);
        var (entry, at) = layer == 0
            ? (W0, Weights.With(Node.W0, 0, 0, 3e-10))
            : (new Entry(Node.W1, 0, 0), Weights.With(Node.W0, 0, 0, 1).With(Node.W1, 0, 0, 3e-10));
        var variant = new Variant(Activation.Of(kind), LossFunction.Squared);
        var estimate = EntryDifference.Central(entry, at, steep, variant);
        var exact = EntryExactDerivative.Slopes(entry, at, steep, variant).Right;
        Assert.True(estimate.Resolved && estimate.Allows(exact), $"{estimate} vs {exact:R}");
    }

    /// <summary>softplus(w0·10²⁰): even the last refinement (∛ε/4¹⁵) moves z0 by 10⁵, so the estimate never gets within the bend: not resolved.</summary>
    [Fact]
    public void Central_NeverWithinTheBend_IsNotResolved()
    {
        var steep = new VectorSample(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 1e20), Sample.Y);
        var estimate = EntryDifference.Central(W0, Weights.With(Node.W0, 0, 0, 3e-21), steep, new Variant(Activation.Softplus, LossFunction.Squared));
        Assert.False(estimate.WithinTheBend || estimate.Resolved, estimate.ToString());
    }

    /// <summary>
    /// softplus(w0·10⁹) with a step given: it is not refined, and its coarser stencil (4h) is asked whether it stays
    /// within the bend: 10⁻⁶ moves z0 by 4·10³, across it (and so not resolved); 10⁻¹² by 4·10⁻³, within.
    /// </summary>
    [Theory]
    [InlineData(1e-6, false)]
    [InlineData(1e-12, true)]
    public void Central_AGivenStep_IsWithinTheBendAsItsStencilMoves(double step, bool within)
    {
        var steep = new VectorSample(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 1e9), Sample.Y);
        var estimate = EntryDifference.Central(W0, Weights.With(Node.W0, 0, 0, 3e-10), steep, new Variant(Activation.Softplus, LossFunction.Squared), step);
        Assert.Equal(step, estimate.Central.Step);
        Assert.Equal(within, estimate.WithinTheBend);
        Assert.True(within || !estimate.Resolved, estimate.ToString());
    }

    /// <summary>
    /// tanh, x = 1, w0 = ±1: moving w0 by ±r moves z0 by r and z1 = w1·tanh(z0) by w1·(tanh(z0 ± r) − tanh z0); with
    /// w1 = 2 and w0 = 1, at r = 0.9 z0 moves 0.9 and z1 +0.39 and −1.32 (the lower end beyond 1), with w0 = −1 the
    /// other way round; at r = 0.1 everything stays under 1. Moving w1 by ±r moves only z1, by r·tanh(1) = 0.76·r. With
    /// the identity a move of exactly 1 is still within.
    /// </summary>
    [Theory]
    [InlineData(ActivationKind.Tanh, Node.W0, 0.9, 1, 2, false)]     // z1 beyond at the lower end only
    [InlineData(ActivationKind.Tanh, Node.W0, 0.9, -1, 2, false)]    // z1 beyond at the upper end only
    [InlineData(ActivationKind.Tanh, Node.W0, 0.1, 1, 2, true)]
    [InlineData(ActivationKind.Tanh, Node.W1, 1.5, 1, 2, false)]     // z1 beyond, z0 still
    [InlineData(ActivationKind.Tanh, Node.W1, 1.2, 1, 2, true)]
    [InlineData(ActivationKind.Tanh, Node.W0, 1.1, 1, 0.1, false)]   // z0 beyond, z1 = 0.1·tanh(z0) within
    [InlineData(ActivationKind.Identity, Node.W0, 1, 1, 0.5, true)]  // z0 moves exactly 1
    [InlineData(ActivationKind.Identity, Node.W1, 1, 1, 0.5, true)]  // z1 moves exactly 1
    public void WithinTheBend_IsEveryPreActivationMovedAtMostOneAtBothEnds(ActivationKind kind, Node node, double reach, double w0, double w1, bool within)
    {
        var at = Weights.With(Node.W0, 0, 0, w0).With(Node.W1, 0, 0, w1);
        var variant = new Variant(Activation.Of(kind), LossFunction.Squared);
        Assert.Equal(within, EntryDifference.WithinTheBend(new Entry(node, 0, 0), at, Sample, variant, reach));
    }

    /// <summary>
    /// With ReLU the first two differences agree however far the stencil moves z0 (10⁹·∛ε here): L is piecewise
    /// quadratic along w0, so there is no bend to stay within and the first refinement is the last.
    /// </summary>
    [Fact]
    public void Central_PiecewiseLinear_StopsAtTheFirstAgreement()
    {
        var steep = new VectorSample(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 1e9), Sample.Y);
        var estimate = EntryDifference.Central(W0, Weights, steep, new Variant(Activation.Relu, LossFunction.Squared));
        Assert.Equal(EntryDifference.StepAt(W0, Weights, steep, Variant.Exercise) / 4, estimate.Central.Step);
        Assert.True(estimate.Resolved && estimate.WithinTheBend);
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
        Assert.Equal(EntryDifference.StepAt(W0, dead, Sample, Variant.Exercise), estimate.Coarser.Step);
    }

    /// <summary>
    /// The batch's one-sided slopes are the means of the samples' on each side: at w0 = 0 (z0 = 0) with leaky ReLU,
    /// s = 0.5, moving w0 left puts both units on their negative side, so the left slope is −(w3·s + w2·s·w1·s)·x =
    /// −0.3125·x, and the right −(w3 + w2·w1)·x = −0.75·x; for x = 1 and x = 2.
    /// </summary>
    [Fact]
    public void MeanSlopes_AtAKink_AreTheMeansOfEachSide()
    {
        var at = Weights.With(Node.W0, 0, 0, 0);
        var leaky = new Variant(Activation.LeakyRelu(0.5), LossFunction.L1);
        var twice = new VectorSample(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(1, 2), Sample.Y);
        var (one, two) = (EntryExactDerivative.Slopes(W0, at, Sample, leaky), EntryExactDerivative.Slopes(W0, at, twice, leaky));
        Assert.Equal(new OneSidedSlopes(-0.3125, -0.75), one);
        Assert.Equal(new OneSidedSlopes((one.Left + two.Left) / 2, (one.Right + two.Right) / 2), EntryExactDerivative.MeanSlopes(W0, at, [Sample, twice], leaky));
    }
}
