using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>The vectorised code rejects impossible arguments by name, with a message saying what is wrong.</summary>
public sealed class WideGuardClauseTests
{
    private static readonly WeightMatrices W = WeightMatrices.FromScalars(Parameters.WorkedExample);
    private static readonly VectorSample S = VectorSample.FromScalars(Sample.WorkedExample);
    private static readonly Variant V = Variant.Exercise;

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LeakyRelu_NonFiniteSlope_IsRefused(double slope) =>
        Assert.Contains("must be finite", Assert.Throws<ArgumentOutOfRangeException>("slope", () => Activation.LeakyRelu(slope)).Message);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Huber_NonPositiveOrNonFiniteDelta_IsRefused(double delta) =>
        Assert.Contains("positive finite", Assert.Throws<ArgumentOutOfRangeException>("delta", () => LossFunction.Huber(delta)).Message);

    [Fact]
    public void UnknownKinds_AreRefused()
    {
        Assert.Contains("not an activation", Assert.Throws<ArgumentOutOfRangeException>("kind", () => Activation.Of((ActivationKind)99)).Message);
        Assert.Contains("not a loss", Assert.Throws<ArgumentOutOfRangeException>("kind", () => LossFunction.Of((LossKind)99)).Message);
    }

    [Fact]
    public void Widths_BelowOne_AreRefusedByName()
    {
        Assert.Throws<ArgumentOutOfRangeException>("n", () => new Widths(0, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("a", () => new Widths(1, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("b", () => new Widths(1, 1, -1, 1));
        Assert.Contains("a layer width must be at least 1", Assert.Throws<ArgumentOutOfRangeException>("m", () => new Widths(1, 1, 1, 0)).Message);
        Assert.Equal("2,3,4,5", new Widths(2, 3, 4, 5).ToString());
    }

    [Fact]
    public void WeightMatrices_ThatDoNotFit_AreRefusedByName()
    {
        var (one, two) = (Matrix<double>.Build.Dense(1, 1), Matrix<double>.Build.Dense(2, 1));
        Assert.Throws<ArgumentNullException>("w0", () => new WeightMatrices(null!, one, one, one));
        Assert.Throws<ArgumentNullException>("w1", () => new WeightMatrices(one, null!, one, one));
        Assert.Throws<ArgumentNullException>("w2", () => new WeightMatrices(one, one, null!, one));
        Assert.Throws<ArgumentNullException>("w3", () => new WeightMatrices(one, one, one, null!));
        Assert.Throws<ArgumentNullException>("parameters", () => WeightMatrices.FromScalars(null!));
        Assert.Contains("w1 is 1×2, the other weights make it 1×1", Assert.Throws<ArgumentException>("w1", () => new WeightMatrices(one, two.Transpose(), one, one)).Message);
        Assert.Throws<ArgumentException>("w2", () => new WeightMatrices(one, one, two.Transpose(), one));
        Assert.Throws<ArgumentException>("w3", () => new WeightMatrices(one, one, one, two));
        Assert.Contains("not a weight", Assert.Throws<ArgumentOutOfRangeException>("node", () => W.Of(Node.X)).Message);
    }

    [Fact]
    public void Forward_MissingOrMisfittingArguments_AreRefusedByName()
    {
        Assert.Throws<ArgumentNullException>("weights", () => WideNetwork.Forward(null!, S, V));
        Assert.Throws<ArgumentNullException>("sample", () => WideNetwork.Forward(W, null!, V));
        Assert.Throws<ArgumentNullException>("variant", () => WideNetwork.Forward(W, S, null!));
        Assert.Throws<ArgumentNullException>("x", () => new VectorSample(null!, S.Y));
        Assert.Throws<ArgumentNullException>("y", () => new VectorSample(S.X, null!));
        Assert.Throws<ArgumentNullException>("sample", () => VectorSample.FromScalars(null!));
        Assert.Throws<ArgumentNullException>("widths", () => S.Fits(null!));
        var wide = new VectorSample(Vector<double>.Build.Dense(2), S.Y);
        Assert.StartsWith("the sample has x ∈ R^2, y ∈ R^1; the weights need R^1 and R^1", Assert.Throws<ArgumentException>("sample", () => WideNetwork.Forward(W, wide, V)).Message);
        Assert.Contains("not an entry of the network", Assert.Throws<ArgumentOutOfRangeException>("entry", () => WideNetwork.ValueAt(new Entry((Node)99, 0), W, S, V)).Message);
    }

    [Fact]
    public void Batch_Empty_IsRefused()
    {
        Assert.Contains("a batch needs at least one sample", Assert.Throws<ArgumentException>("samples", () => WideNetwork.MeanLoss(W, [], V)).Message);
        Assert.Throws<ArgumentNullException>("samples", () => WideNetwork.MeanLoss(W, null!, V));
        Assert.Contains("a batch needs at least one sample", Assert.Throws<ArgumentException>("samples", () => WideBatchGradient.MeanOf(W, [], V)).Message);
        Assert.Throws<ArgumentNullException>("weights", () => WideBatchGradient.MeanOf(null!, [S], V));
        Assert.Throws<ArgumentNullException>("samples", () => WideBatchGradient.MeanOf(W, null!, V));
        Assert.Throws<ArgumentNullException>("samples", () => EntryExactDerivative.MeanSlopes(new Entry(Node.W0, 0), W, null!, V));
    }

    [Fact]
    public void SgdStep_ImpossibleArguments_AreRefusedByName()
    {
        Assert.Contains("the learning rate must be finite", Assert.Throws<ArgumentOutOfRangeException>("learningRate", () => WideSgd.Step(W, W, double.NaN)).Message);
        Assert.Throws<ArgumentNullException>("weights", () => WideSgd.Step(null!, W, 1));
        Assert.Throws<ArgumentNullException>("gradient", () => WideSgd.Step(W, null!, 1));
        var wider = new WeightMatrices(Matrix<double>.Build.Dense(2, 1), Matrix<double>.Build.Dense(1, 2), Matrix<double>.Build.Dense(1, 1), Matrix<double>.Build.Dense(1, 2));
        Assert.Contains("the gradient has widths 1,2,1,1, the weights 1,1,1,1", Assert.Throws<ArgumentException>("gradient", () => WideSgd.Step(W, wider, 1)).Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1e-6)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Difference_ImpossibleStep_IsRefused(double step) =>
        Assert.Contains("the step must be a positive finite number",
            Assert.Throws<ArgumentOutOfRangeException>("step", () => EntryDifference.Of(new Entry(Node.W0, 0), W, S, V, Stencil.Central, step)).Message);

    [Fact]
    public void Backprop_MissingSides_AndUnknownEntries_AreRefusedByName()
    {
        Assert.Throws<ArgumentNullException>("sides", () => WideBackprop.Of(W, S, V, null!));
        Assert.Contains("not an entry of the network", Assert.Throws<ArgumentOutOfRangeException>("entry", () => WideBackprop.Of(W, S, V).For(new Entry((Node)99, 0))).Message);
        Assert.Throws<ArgumentNullException>("widths", () => Entry.OfWeights(null!));
    }
}
