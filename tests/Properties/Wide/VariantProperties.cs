using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.Differentiation;
using SkipNet.Reference.Variants;

namespace SkipNet.Properties.Wide;

/// <summary>
/// Each activation and loss against its definition: values against the textbook formula, derivatives against
/// Math.NET's numerical differentiation and the textbook derivative, and the one-sided slopes at the kinks.
/// </summary>
public sealed class VariantProperties
{
    /// <summary>Every activation, leaky ReLU with slopes either side of 0 and 1.</summary>
    public static Arbitrary<Activation> AnyActivation { get; } = Arb.From(Gen.Elements(
        Activation.Relu, Activation.LeakyRelu(0.01), Activation.LeakyRelu(-0.5), Activation.LeakyRelu(2),
        Activation.Tanh, Activation.Sigmoid, Activation.Softplus, Activation.Identity));

    /// <summary>Every loss, Huber with three δ.</summary>
    public static Arbitrary<LossFunction> AnyLoss { get; } = Arb.From(Gen.Elements(
        LossFunction.L1, LossFunction.Squared, LossFunction.Huber(0.5), LossFunction.Huber(1), LossFunction.Huber(2.5)));

    /// <summary>Non-zero arguments in ±[1/64, 8], where every textbook form is accurate.</summary>
    public static Arbitrary<double> ModerateNonZero { get; } = Arb.From(
        from k in Gen.Choose(1, 512)
        from sign in Gen.Elements(-1.0, 1.0)
        from jitter in Gen.Choose(0, 1000)
        select sign * (k + jitter / 1000.0) / 64);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Activation_Value_IsItsDefinition() =>
        Prop.ForAll(AnyActivation, ModerateNonZero, (f, z) =>
        {
            var definition = f.Kind switch
            {
                ActivationKind.Relu => Math.Max(z, 0),
                ActivationKind.LeakyRelu => z > 0 ? z : f.Slope * z,
                ActivationKind.Tanh => (Math.Exp(2 * z) - 1) / (Math.Exp(2 * z) + 1),
                ActivationKind.Sigmoid => 1 / (1 + Math.Exp(-z)),
                ActivationKind.Softplus => Math.Log(1 + Math.Exp(z)),
                _ => z,
            };
            return Close(f.Value(z), definition, 64).Label($"{f.Name}({z:R}) = {f.Value(z):R}, by definition {definition:R}");
        });

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Activation_Derivative_IsTheTextbookDerivative() =>
        Prop.ForAll(AnyActivation, ModerateNonZero, (f, z) =>
        {
            static double Sigma(double u) => 1 / (1 + Math.Exp(-u));
            var textbook = f.Kind switch
            {
                ActivationKind.Relu => z > 0 ? 1 : 0,
                ActivationKind.LeakyRelu => z > 0 ? 1 : f.Slope,
                ActivationKind.Tanh => 1 - Math.Tanh(z) * Math.Tanh(z),
                ActivationKind.Sigmoid => Sigma(z) * (1 - Sigma(z)),
                ActivationKind.Softplus => Sigma(z),
                _ => 1,
            };
            // 1 − tanh² and σ(1 − σ) lose up to e^{2|z|}/4 ulps to cancellation: 2·10⁶ at |z| = 8.
            return Close(f.Derivative(z), textbook, 4 * Math.Exp(2 * Math.Abs(z)))
                .Label($"{f.Name}′({z:R}) = {f.Derivative(z):R}, textbook {textbook:R}");
        });

    /// <summary>Math.NET's five-point derivative of the value (a fresh NumericalDerivative per call: it holds state).</summary>
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Activation_Derivative_IsMathNetsDerivativeOfTheValue() =>
        Prop.ForAll(AnyActivation, ModerateNonZero, (f, z) =>
        {
            var numeric = new NumericalDerivative(5, 2).EvaluateDerivative(f.Value, z, 1);
            return (Math.Abs(numeric - f.Derivative(z)) <= 1e-7 * Math.Max(1, Math.Abs(numeric)))
                .Label($"{f.Name}′({z:R}) = {f.Derivative(z):R}, Math.NET {numeric:R}");
        });

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Activation_OffItsKink_HasOneSlope() =>
        Prop.ForAll(AnyActivation, ModerateNonZero, (f, z) =>
            f.LeftDerivative(z) == f.RightDerivative(z) && f.Derivative(z) == f.RightDerivative(z));

    [Fact]
    public void Activation_AtZero_HasTheOneSidedSlopesAndPyTorchsChoice()
    {
        Assert.Equal((0.0, 1.0, 0.0), (Activation.Relu.LeftDerivative(0), Activation.Relu.RightDerivative(0), Activation.Relu.Derivative(0)));
        var leaky = Activation.LeakyRelu(0.2);
        Assert.Equal((0.2, 1.0, 0.2), (leaky.LeftDerivative(0), leaky.RightDerivative(0), leaky.Derivative(0)));
        Assert.All(new[] { Activation.Tanh, Activation.Sigmoid, Activation.Softplus, Activation.Identity }, f =>
            Assert.Equal((f.Derivative(0), f.Derivative(0)), (f.LeftDerivative(0), f.RightDerivative(0))));
        Assert.Equal((1.0, 0.25, 0.5), (Activation.Tanh.Derivative(0), Activation.Sigmoid.Derivative(0), Activation.Softplus.Derivative(0)));
        Assert.Equal((0.0, 0.5, Math.Log(2)), (Activation.Tanh.Value(0), Activation.Sigmoid.Value(0), Activation.Softplus.Value(0)));
    }

    [Fact]
    public void Activation_FarFromZero_NeitherOverflowsNorLosesItsSlope()
    {
        Assert.Equal((800.0, 0.0), (Activation.Softplus.Value(800), Activation.Softplus.Value(-800)));
        Assert.Equal((1.0, 0.0), (Activation.Sigmoid.Value(800), Activation.Sigmoid.Value(-800)));
        // σ′(30) = e^−30/(1 + e^−30)², which 1 − σ would round to 0.
        Assert.Equal(Math.Exp(-30) / Math.Pow(1 + Math.Exp(-30), 2), Activation.Sigmoid.Derivative(30), 1e-28);
        Assert.Equal(4 * Math.Exp(-40) / Math.Pow(1 + Math.Exp(-40), 2), Activation.Tanh.Derivative(20), 1e-30);
    }

    /// <summary>An overflowed residual (∞ − ∞) gives a NaN slope for the overflow guard to name, not an exception.</summary>
    [Fact]
    public void Loss_SlopesAtNaN_AreNaN() =>
        Assert.All(new[] { LossFunction.L1, LossFunction.Squared, LossFunction.Huber(1) }, loss =>
            Assert.Equal((double.NaN, double.NaN, double.NaN), (loss.LeftDerivative(double.NaN), loss.RightDerivative(double.NaN), loss.Derivative(double.NaN))));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Loss_Value_IsItsDefinition() =>
        Prop.ForAll(AnyLoss, ModerateNonZero, (loss, r) =>
        {
            var definition = loss.Kind switch
            {
                LossKind.L1 => Math.Abs(r),
                LossKind.Squared => r * r,
                _ => Math.Abs(r) <= loss.Delta ? 0.5 * r * r : loss.Delta * Math.Abs(r) - 0.5 * loss.Delta * loss.Delta,
            };
            return Close(loss.Value(r), definition, 4).Label($"{loss.Name}({r:R}) = {loss.Value(r):R}, by definition {definition:R}");
        });

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Loss_Derivative_IsMathNetsDerivativeOfTheValue() =>
        Prop.ForAll(AnyLoss, ModerateNonZero, (loss, r) =>
        {
            var numeric = new NumericalDerivative(5, 2).EvaluateDerivative(loss.Value, r, 1);
            // Not a tolerance: points within 10⁻² of Huber's seam are left out, since a stencil across |r| = δ, where ℓ″
            // jumps, has an O(h) truncation error rather than Math.NET's O(h⁴); 10⁻² keeps its reach well clear.
            var seam = loss.Kind == LossKind.Huber && Math.Abs(Math.Abs(r) - loss.Delta) < 1e-2;
            return (Math.Abs(numeric - loss.Derivative(r)) <= 1e-7 * Math.Max(1, Math.Abs(numeric)))
                .When(!seam)
                .Label($"{loss.Name}′({r:R}) = {loss.Derivative(r):R}, Math.NET {numeric:R}");
        });

    [Fact]
    public void L1_AtZero_HasSlopesMinusOneAndOne_AndPyTorchsZero() =>
        Assert.Equal((-1.0, 1.0, 0.0), (LossFunction.L1.LeftDerivative(0), LossFunction.L1.RightDerivative(0), LossFunction.L1.Derivative(0)));

    /// <summary>Huber's two pieces meet at |r| = δ with the same value δ²/2 and the same slope ±δ: a seam, not a kink.</summary>
    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.5)]
    public void Huber_AtDelta_IsContinuousWithAContinuousSlope(double delta)
    {
        var huber = LossFunction.Huber(delta);
        foreach (var r in new[] { delta, -delta })
        {
            Assert.Equal(delta * delta / 2, huber.Value(r));
            Assert.Equal(delta * (Math.Abs(r) - delta / 2), huber.Value(r));
            Assert.Equal((Math.Sign(r) * delta, Math.Sign(r) * delta), (huber.LeftDerivative(r), huber.RightDerivative(r)));
            Assert.Equal(huber.Derivative(Math.BitIncrement(Math.Abs(r)) * Math.Sign(r)), huber.Derivative(r));
        }

        Assert.False(huber.HasKink);
    }

    [Fact]
    public void Names_AreTheCommandLines()
    {
        Assert.Equal(["relu", "leaky-relu", "tanh", "sigmoid", "softplus", "identity"],
            Enum.GetValues<ActivationKind>().Select(kind => Activation.Of(kind).Name));
        Assert.Equal(["l1", "squared", "huber"], Enum.GetValues<LossKind>().Select(kind => LossFunction.Of(kind).Name));
        Assert.Equal("leaky-relu (slope 0.25), huber (delta 2.5)", new Variant(Activation.LeakyRelu(0.25), LossFunction.Huber(2.5)).ToString());
        Assert.Equal("relu, l1", Variant.Exercise.ToString());
    }

    private static bool Close(double actual, double expected, double ulps) =>
        Math.Abs(actual - expected) <= ulps * Tolerance.UnitRoundoff * Math.Max(Math.Abs(expected), 1e-300);
}
