using FsCheck;
using FsCheck.Fluent;
using SkipNet.Reference;

using SkipNet.Points;

namespace SkipNet.Properties;

/// <summary>The forward pass and the SGD step of src/Reference.</summary>
public sealed class ForwardPassProperties
{
    /// <summary>x = 1, y = 3, every weight 0.5, worked in exact arithmetic; then again after the update.</summary>
    [Fact]
    public void Forward_WorkedExample_MatchesExactArithmetic()
    {
        var first = Network.Forward(Parameters.WorkedExample, Sample.WorkedExample);
        Assert.Equal(new ForwardTrace<double>(0.5, 0.5, 0.25, 0.25, 0.375, 0.375, 2.625), first);

        var second = Network.Forward(new Parameters(1.25, 0.75, 0.75, 1.0), Sample.WorkedExample);
        Assert.Equal(new ForwardTrace<double>(1.25, 1.25, 0.9375, 0.9375, 1.953125, 1.953125, 1.046875), second);
    }

    /// <summary>The worked example's update: (0.5, …) − 1·(−0.75, −0.25, −0.25, −0.5) = (1.25, 0.75, 0.75, 1.0).</summary>
    [Fact]
    public void SgdStep_WorkedExample_MatchesExactArithmetic() =>
        Assert.Equal(
            new Parameters(1.25, 0.75, 0.75, 1.0),
            Sgd.Step(Parameters.WorkedExample, new Parameters(-0.75, -0.25, -0.25, -0.5), 1));

    [Fact]
    public void SgdStep_NonFiniteLearningRate_IsRejected()
    {
        var gradient = new Parameters(1, 2, 3, 4);
        var nan = Assert.Throws<ArgumentOutOfRangeException>("learningRate", () => Sgd.Step(Parameters.WorkedExample, gradient, double.NaN));
        Assert.Contains("the learning rate must be finite", nan.Message);
        Assert.Throws<ArgumentOutOfRangeException>("learningRate", () => Sgd.Step(Parameters.WorkedExample, gradient, double.PositiveInfinity));
    }

    /// <summary>A step of α then one of −α with the same gradient returns to the start, to rounding.</summary>
    [PropertyCheck]
    public Property SgdStep_ThereAndBack_ReturnsToStart() =>
        Prop.ForAll(Generators.AnyPoint, Generators.AnyPoint, (weights, gradient) =>
        {
            var there = Sgd.Step(weights.Parameters, gradient.Parameters, 0.5);
            var back = Sgd.Step(there, gradient.Parameters, -0.5);
            var p = weights.Parameters;
            var g = gradient.Parameters;
            return Close(back.W0, p.W0, g.W0) && Close(back.W1, p.W1, g.W1)
                && Close(back.W2, p.W2, g.W2) && Close(back.W3, p.W3, g.W3);

            static bool Close(double a, double b, double step) =>
                Math.Abs(a - b) <= 4 * Tolerance.UnitRoundoff * (Math.Abs(b) + Math.Abs(step));
        });

    /// <summary>
    /// ReLU(c·z) = c·ReLU(z) for c &gt; 0, so scaling w0 (or x) by c scales every value up to ŷ by c. With c a power
    /// of two every product scales exactly, so the traces are equal to the bit.
    /// </summary>
    [PropertyCheck]
    public Property Forward_ScalingW0ByPowerOfTwo_ScalesPredictionExactly() =>
        Prop.ForAll(Generators.AnyPoint, Gen.Choose(-8, 8).ToArbitrary(), (point, k) =>
        {
            var c = Math.Pow(2, k);
            var scaled = Network.Forward(point.Parameters with { W0 = c * point.Parameters.W0 }, point.Sample);
            var t = point.Trace;
            return scaled.Z0 == c * t.Z0 && scaled.H0 == c * t.H0 && scaled.Z1 == c * t.Z1
                && scaled.H1 == c * t.H1 && scaled.YHat == c * t.YHat;
        });

    /// <summary>The same for any c &gt; 0, where the products round: equal to a few units of roundoff of ŷ's terms.</summary>
    [PropertyCheck]
    public Property Forward_ScalingInputByPositiveFactor_ScalesPrediction() =>
        Prop.ForAll(Generators.AnyPoint, Gen.Choose(1, 1_000_000).ToArbitrary(), (point, k) =>
        {
            var c = k / 1000.0;
            var scaled = Network.Forward(point.Parameters, point.Sample with { X = c * point.X });
            var t = point.Trace;
            var terms = Math.Abs(point.Parameters.W2 * t.H1) + Math.Abs(point.Parameters.W3 * t.H0);
            return Math.Abs(scaled.YHat - c * t.YHat) <= 8 * Tolerance.UnitRoundoff * c * terms;
        });
}
