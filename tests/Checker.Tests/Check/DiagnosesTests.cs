using SkipNet.Checker.Judging;
using SkipNet.Reference;

namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// Each classic mistake explains the wrong value it produces. The values are the worked example's (x = 1, y = 3, every
/// weight 0.5, α = 1) in exact arithmetic: ŷ = 0.375, L = 2.625, ∂L/∂h0 = −0.5 (skip) − 0.25 (main) = −0.75,
/// ∂L/∂w = (−0.75, −0.25, −0.25, −0.5), second-pass ŷ′ = 1.953125, L′ = 1.046875.
/// </summary>
public sealed class DiagnosesTests
{
    private const double Tolerance = 1e-9;

    private static readonly Dictionary<string, double> WorkedExample = new()
    {
        ["w0"] = 0.5, ["w1"] = 0.5, ["w2"] = 0.5, ["w3"] = 0.5, ["yhat"] = 0.375, ["second.yhat"] = 1.953125,
        ["dL/dw0"] = -0.75, ["dL/dw1"] = -0.25, ["dL/dw2"] = -0.25, ["dL/dw3"] = -0.5,
    };

    [Theory]
    [InlineData("loss", 3.375, Diagnoses.SumForAbsolute)]        // y + ŷ = 3 + 0.375
    [InlineData("loss", -2.625, Diagnoses.SignFlipped)]
    [InlineData("dL/dh0", -0.25, Diagnoses.SkipMissing)]         // the main term alone
    [InlineData("dL/dh0", -0.5, Diagnoses.MainMissing)]          // the skip term alone
    [InlineData("dL/dh0", 0.75, Diagnoses.SignFlipped)]
    [InlineData("dL/dw0", -0.25, Diagnoses.SkipMissing)]         // (−0.25)·ReLU′(0.5)·x
    [InlineData("dL/dw2", -0.5, "the wrong activation: h0 used where h1 belongs")] // ∂L/∂z2·h0 = −1·0.5
    [InlineData("updated.w0", -0.25, Diagnoses.UpdateSign)]      // 0.5 + 1·(−0.75)
    [InlineData("second.yhat", 0.375, Diagnoses.OldWeights)]
    [InlineData("second.loss", 2.625, Diagnoses.OldWeights)]
    [InlineData("second.loss", 4.953125, Diagnoses.SumForAbsolute)] // 3 + 1.953125
    public void Explain_ClassicMistakesValue_NamesIt(string name, double claim, string diagnosis) =>
        Assert.Equal(diagnosis, Diagnoses.Explain(name, claim, Tolerance, Given.WorkedExample, n => WorkedExample[n]));

    [Theory]
    [InlineData("loss", 1.234)]
    [InlineData("dL/dh0", -0.7)]
    [InlineData("updated.w0", 1.0)]
    public void Explain_ValueNoMistakeGives_IsNull(string name, double claim) =>
        Assert.Null(Diagnoses.Explain(name, claim, Tolerance, Given.WorkedExample, n => WorkedExample[n]));

    /// <summary>
    /// At w0 = −0.5 the first unit is off (z0 = −0.5): ∂L/∂h0 = −0.5 (skip; z1 = 0, so the main term is 0) and
    /// ∂L/∂z0 = 0; writing ∂L/∂h0 for ∂L/∂z0 drops the mask.
    /// </summary>
    [Fact]
    public void Explain_GradientThroughAnOffUnit_IsMaskMissing()
    {
        var given = Given.WorkedExample with { Weights = new Parameters(-0.5, 0.5, 0.5, 0.5) };
        Assert.Equal(Diagnoses.MaskMissing, Diagnoses.Explain("dL/dz0", -0.5, Tolerance, given, n => throw new InvalidOperationException(n)));
    }

    [Fact]
    public void Explain_WithinTheTolerance_Counts() =>
        Assert.Equal(Diagnoses.SumForAbsolute, Diagnoses.Explain("loss", 3.38, 0.005, Given.WorkedExample, n => WorkedExample[n]));
}
