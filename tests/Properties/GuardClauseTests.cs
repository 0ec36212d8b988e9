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
}
