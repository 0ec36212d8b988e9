using SkipNet.Analytic;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>
/// The worked example (x = 1, y = 3, every weight 0.5) with every activation and loss, checked against the chain rule
/// written out here by hand, one scalar line a step, with the textbook derivatives: an independent derivation of the
/// numbers the vectorised code must give at width 1.
/// </summary>
public sealed class WorkedExampleVariantsTests
{
    private static readonly WeightMatrices Weights = WeightMatrices.FromScalars(Reference.Parameters.WorkedExample);
    private static readonly VectorSample Sample = VectorSample.FromScalars(Reference.Sample.WorkedExample);

    public static TheoryData<string, string> Variants => new()
    {
        { "relu", "l1" }, { "leaky", "l1" }, { "tanh", "l1" }, { "sigmoid", "squared" }, { "softplus", "huber" },
        { "identity", "squared" }, { "tanh", "huber" }, { "sigmoid", "l1" }, { "softplus", "squared" }, { "leaky", "huber" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Gradients_MatchTheChainRuleWrittenOutByHand(string activation, string loss)
    {
        var (f, fPrime, variant) = Textbook(activation, loss);
        const double x = 1, y = 3, w0 = 0.5, w1 = 0.5, w2 = 0.5, w3 = 0.5;
        var z0 = w0 * x;
        var h0 = f(z0);
        var z1 = w1 * h0;
        var h1 = f(z1);
        var yHat = w2 * h1 + w3 * h0;
        var r = y - yHat;
        var dYHat = loss switch
        {
            "l1" => Math.Sign(yHat - y),
            "squared" => 2 * (yHat - y),
            _ => Math.Abs(r) <= 1 ? yHat - y : Math.Sign(yHat - y),  // Huber, δ = 1
        };
        var dW2 = dYHat * h1;
        var dW3 = dYHat * h0;
        var dZ1 = dYHat * w2 * fPrime(z1);
        var dW1 = dZ1 * h0;
        var dZ0 = (dYHat * w3 + dZ1 * w1) * fPrime(z0);
        var dW0 = dZ0 * x;

        var g = Backprop.Of(Weights, Sample, variant);
        var claimed = new[] { g.DLdW0[0, 0], g.DLdW1[0, 0], g.DLdW2[0, 0], g.DLdW3[0, 0] };
        var byHand = new[] { dW0, dW1, dW2, dW3 };
        // The hand chain multiplies in another order and uses the textbook forms of f′: 16 roundings of slack.
        Assert.All(claimed.Zip(byHand), pair => Assert.Equal(pair.Second, pair.First, 16 * Tolerance.UnitRoundoff * Math.Max(1, Math.Abs(pair.Second))));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void CentralDifference_ResolvesAndAllowsEveryGradient(string activation, string loss)
    {
        var variant = Textbook(activation, loss).Variant;
        var g = Backprop.Of(Weights, Sample, variant);
        Assert.All(Entry.OfWeights(Weights.Widths), entry =>
        {
            var estimate = EntryDifference.Central(entry, Weights, Sample, variant);
            Assert.True(estimate.OnOnePiece && estimate.Resolved, $"{entry}: {estimate}");
            Assert.True(estimate.Allows(g.For(entry)), $"{entry}: {g.For(entry):R} vs {estimate}");
        });
    }

    [Fact]
    public void Exercise_LossBeforeAndAfterTheUpdate_AreTheExactNumbers()
    {
        var before = WideNetwork.Forward(Weights, Sample, Variant.Exercise).Loss;
        var updated = WideSgd.Step(Weights, Backprop.Of(Weights, Sample, Variant.Exercise).ForWeights, 1);
        var after = WideNetwork.Forward(updated, Sample, Variant.Exercise).Loss;
        Assert.Equal((2.625, 1.046875), (before, after));
    }

    // f, f′ in their textbook forms (not the code's), and the variant.
    private static (Func<double, double> F, Func<double, double> FPrime, Variant Variant) Textbook(string activation, string loss)
    {
        static double Sigma(double z) => 1 / (1 + Math.Exp(-z));
        (Func<double, double>, Func<double, double>, Activation) act = activation switch
        {
            "relu" => (z => Math.Max(z, 0), z => z > 0 ? 1 : 0, Activation.Relu),
            "leaky" => (z => z > 0 ? z : 0.01 * z, z => z > 0 ? 1 : 0.01, Activation.LeakyRelu(0.01)),
            "tanh" => (Math.Tanh, z => 1 - Math.Tanh(z) * Math.Tanh(z), Activation.Tanh),
            "sigmoid" => (Sigma, z => Sigma(z) * (1 - Sigma(z)), Activation.Sigmoid),
            "softplus" => (z => Math.Log(1 + Math.Exp(z)), Sigma, Activation.Softplus),
            _ => (z => z, _ => 1, Activation.Identity),
        };
        var lossFunction = loss switch { "l1" => LossFunction.L1, "squared" => LossFunction.Squared, _ => LossFunction.Huber(1) };
        return (act.Item1, act.Item2, new Variant(act.Item3, lossFunction));
    }
}
