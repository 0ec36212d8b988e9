using System.Numerics;
using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;


namespace SkipNet.Properties;

/// <summary>The public functions reject a missing argument or an impossible node by name, not with a NullReferenceException.</summary>
public sealed class GuardClauseTests
{
    private static readonly Parameters P = Parameters.WorkedExample;
    private static readonly Sample S = Sample.WorkedExample;

    [Fact]
    public void Forward_MissingArgument_IsNamed()
    {
        Assert.Throws<ArgumentNullException>("parameters", () => Network.Forward(null!, S));
        Assert.Throws<ArgumentNullException>("sample", () => Network.Forward(P, null!));
    }

    [Fact]
    public void ValueAt_MissingArgumentOrUnknownNode_IsNamed()
    {
        Assert.Throws<ArgumentNullException>("parameters", () => Network.ValueAt(Node.W0, null!, S));
        Assert.Throws<ArgumentNullException>("sample", () => Network.ValueAt(Node.W0, P, null!));
        var unknown = Assert.Throws<ArgumentOutOfRangeException>("node", () => Network.ValueAt((Node)99, P, S));
        Assert.Contains("not a node of the network", unknown.Message);
    }

    [Fact]
    public void LossAlong_MissingArgument_IsNamed()
    {
        Assert.Throws<ArgumentNullException>("parameters", () => Network.LossAlong(Node.W0, null!, S));
        Assert.Throws<ArgumentNullException>("sample", () => Network.LossAlong(Node.W0, P, null!));
    }

    [Fact]
    public void SgdStep_MissingArgument_IsNamed()
    {
        Assert.Throws<ArgumentNullException>("weights", () => Sgd.Step(null!, P, 1));
        Assert.Throws<ArgumentNullException>("gradient", () => Sgd.Step(P, null!, 1));
    }

    [Fact]
    public void RoundingScale_MissingArgument_IsNamed()
    {
        Assert.Throws<ArgumentNullException>("parameters", () => RoundingScale.LossMagnitude(Node.W0, 0, null!, S));
        Assert.Throws<ArgumentNullException>("sample", () => RoundingScale.LossMagnitude(Node.W0, 0, P, null!));
        Assert.Throws<ArgumentNullException>("parameters", () => RoundingScale.DerivativeMagnitude(Node.W0, null!, S));
        Assert.Throws<ArgumentNullException>("sample", () => RoundingScale.DerivativeMagnitude(Node.W0, P, null!));
    }

    [Fact]
    public void GradientFor_UnknownNode_IsNamed()
    {
        var unknown = Assert.Throws<ArgumentOutOfRangeException>("node", () => Backprop.Of(P, S).For((Node)99));
        Assert.Contains("not a node of the network", unknown.Message);
    }

    [Fact]
    public void Backprop_MissingArgument_IsNamed()
    {
        Assert.Throws<ArgumentNullException>("parameters", () => Backprop.Of(null!, S));
        Assert.Throws<ArgumentNullException>("sample", () => Backprop.Of(P, null!));
        Assert.Throws<ArgumentNullException>("convention", () => Backprop.Of(P, S, null!));
    }

    [Fact]
    public void MeanGradient_MismatchedOrEmptyBatch_IsNamed()
    {
        Assert.Throws<ArgumentNullException>("parameters", () => BatchGradient.MeanOf(null!, [1.0], [1.0]));
        var mismatched = Assert.Throws<ArgumentException>("ys", () => BatchGradient.MeanOf(P, [1.0, 2.0], [1.0]));
        Assert.Contains("2 inputs x but 1 targets y", mismatched.Message);
        var empty = Assert.Throws<ArgumentException>("xs", () => BatchGradient.MeanOf(P, [], []));
        Assert.Contains("the mean over no samples is undefined", empty.Message);
    }

    [Fact]
    public void Lanes_NodeThatIsNotAVariable_IsNamed()
    {
        var at = LaneProperties.Lanes(Enumerable.Repeat(Points.Point.WorkedExample, Vector<double>.Count).ToList());
        foreach (var node in new[] { Node.Z0, Node.H0, Node.YHat })
        {
            Assert.Contains("w0..w3 and x only", Assert.Throws<ArgumentOutOfRangeException>("variable", () => at.ValueOf(node)).Message);
            Assert.Contains("w0..w3 and x only", Assert.Throws<ArgumentOutOfRangeException>("variable", () => at.With(node, at.X)).Message);
            Assert.Throws<ArgumentOutOfRangeException>("variable", () => ExactSlopeLanes.Slopes(node, at));
            Assert.Throws<ArgumentOutOfRangeException>("variable", () => DifferenceLanes.Of(node, at));
            var gradients = BackpropLanes.Of(at.W0, at.W1, at.W2, at.W3, at.X, at.Y);
            Assert.Contains("w0..w3 and x only", Assert.Throws<ArgumentOutOfRangeException>("variable", () => gradients.For(node)).Message);
        }
    }

    [Fact]
    public void StencilWeights_UnknownStencil_IsNamed() =>
        Assert.Throws<ArgumentOutOfRangeException>("stencil", () => StencilWeights.For((Stencil)99));
}
