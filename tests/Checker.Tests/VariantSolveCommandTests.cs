using System.Text.Json;

namespace SkipNet.Checker.Tests;

/// <summary>
/// <c>skipnet solve</c> with --activation/--slope/--loss/--delta: the numbers against the chain rule written out by
/// hand with Math.Tanh, the sheet's notation in every renderer, the kinks each variant has, and bad options.
/// </summary>
public sealed class VariantSolveCommandTests
{
    /// <summary>Relative agreement asked of two double evaluations of the same formula in different orders.</summary>
    private const double Rounding = 1e-14;

    [Fact]
    public void Json_TanhSquared_WorkedExample_IsTheChainRuleByHand()
    {
        var run = CliRun.Of("solve", "--activation", "tanh", "--loss", "squared", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        double At(string section, string name) => root.GetProperty(section).GetProperty(name).GetDouble();

        // x = 1, y = 3, every weight 0.5, α = 1; f = tanh, f′ = 1 − tanh², L = (y − ŷ)², ∂L/∂ŷ = −2(y − ŷ).
        var (x, y, w, rate) = (1.0, 3.0, 0.5, 1.0);
        var z0 = w * x;
        var h0 = Math.Tanh(z0);
        var z1 = w * h0;
        var h1 = Math.Tanh(z1);
        var yHat = w * h1 + w * h0;
        var loss = (y - yHat) * (y - yHat);
        var dYHat = -2 * (y - yHat);
        var (dW2, dW3, dH1) = (dYHat * h1, dYHat * h0, dYHat * w);
        var dZ1 = dH1 * (1 - h1 * h1);
        var dW1 = dZ1 * h0;
        var dH0 = dYHat * w + dZ1 * w;
        var dZ0 = dH0 * (1 - h0 * h0);
        var dW0 = dZ0 * x;
        var (u0, u1, u2, u3) = (w - rate * dW0, w - rate * dW1, w - rate * dW2, w - rate * dW3);
        var second = u2 * Math.Tanh(u1 * Math.Tanh(u0 * x)) + u3 * Math.Tanh(u0 * x);

        Close([z0, h0, z1, h1, yHat, loss], new[] { "z0", "h0", "z1", "h1", "yhat", "loss" }.Select(n => At("forward", n)));
        Close([dYHat, dW2, dW3, dH1, dZ1, dW1, dH0, dZ0, dW0],
              new[] { "dL/dyhat", "dL/dw2", "dL/dw3", "dL/dh1", "dL/dz1", "dL/dw1", "dL/dh0", "dL/dz0", "dL/dw0" }.Select(n => At("gradients", n)));
        Close([u0, u1, u2, u3], new[] { "w0", "w1", "w2", "w3" }.Select(n => At("updated", n)));
        Close([second, (y - second) * (y - second)], [At("second", "yhat"), At("second", "loss")]);

        var variant = root.GetProperty("variant");
        Assert.Equal(["activation", "loss"], variant.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("tanh", "squared"), (variant.GetProperty("activation").GetString(), variant.GetProperty("loss").GetString()));
    }

    [Fact]
    public void Json_DefaultVariant_HasNoVariantObject()
    {
        using var json = JsonDocument.Parse(CliRun.Of("solve", "--format", "json").Output);
        Assert.Equal(["given", "forward", "gradients", "updated", "second", "kinks"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Text_TanhSquared_WritesTheVariantsFunctions()
    {
        var output = CliRun.Of("solve", "--activation", "tanh", "--loss", "squared").Output;
        Assert.Contains("Network: h = tanh(z), L = (y − ŷ)²", output);
        Assert.Contains("h0 = tanh(z0) = tanh(0.5) = ", output);
        Assert.Contains("L  = (y − ŷ)² = (3 − ", output);
        Assert.Contains("∂L/∂ŷ  = −2(y − ŷ) = −2·(3 − ", output);
        Assert.Contains("∂L/∂z1 = ∂L/∂h1·tanh′(z1) = ", output);
        Assert.Contains("ŷ′ = w2′·tanh(w1′·tanh(w0′·x)) + w3′·tanh(w0′·x)", output);
        Assert.Contains("L′ = (y − ŷ′)²", output);
        Assert.DoesNotContain("ReLU", output);
    }

    /// <summary>At x = −1: z0 = −0.5, so h0 = 0.1·(−0.5) = −0.05 and LeakyReLU′(z0) = 0.1.</summary>
    [Fact]
    public void Text_LeakyRelu_ShowsItsSlope()
    {
        var output = CliRun.Of("solve", "--activation", "leaky-relu", "--slope", "0.1", "--x", "-1").Output;
        Assert.Contains("Network: h = LeakyReLU(z) = max(z, 0) + 0.1·min(z, 0), L = |y − ŷ|", output);
        Assert.Contains("h0 = LeakyReLU(z0) = LeakyReLU(-0.5) = -0.05", output);
        Assert.Contains("∂L/∂h0·LeakyReLU′(z0) = ", output);
        Assert.Matches(@"∂L/∂z0 = ∂L/∂h0·LeakyReLU′\(z0\) = \(-?[0-9.]+\)·0\.1 = ", output);
    }

    /// <summary>
    /// y − ŷ = 3 − 0.375 = 2.625 at the worked example. δ = 1: the outer piece, L = 1·(2.625 − 0.5) = 2.125 and
    /// ∂L/∂ŷ = −1. δ = 4: the inner piece, L = 2.625²/2 = 3.4453125 and ∂L/∂ŷ = −2.625.
    /// </summary>
    [Theory]
    [InlineData("1", "δ·(|y − ŷ| − δ/2) (the |y − ŷ| > δ piece)", 2.125, -1.0)]
    [InlineData("4", "(y − ŷ)²/2 (the |y − ŷ| ≤ δ piece)", 3.4453125, -2.625)]
    public void Huber_WritesThePieceTheResidualLiesOn(string delta, string formula, double loss, double dYHat)
    {
        var text = CliRun.Of("solve", "--loss", "huber", "--delta", delta).Output;
        Assert.Contains($"L  = {formula} = ", text);
        Assert.Contains($"Network: h = ReLU(z), L = Huber(y − ŷ), δ = {delta}", text);
        using var json = JsonDocument.Parse(CliRun.Of("solve", "--loss", "huber", "--delta", delta, "--format", "json").Output);
        Assert.Equal(loss, json.RootElement.GetProperty("forward").GetProperty("loss").GetDouble());
        Assert.Equal(dYHat, json.RootElement.GetProperty("gradients").GetProperty("dL/dyhat").GetDouble());
        Assert.Equal(double.Parse(delta, System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetProperty("variant").GetProperty("delta").GetDouble());
    }

    [Fact]
    public void MarkdownAndLatex_WriteTheVariantsFunctions()
    {
        var markdown = CliRun.Of("solve", "--activation", "sigmoid", "--format", "markdown").Output;
        Assert.Contains("| h0 | σ(z0) | σ(0.5) | ", markdown);
        Assert.Contains("Network: h = σ(z) = 1/(1 + e^(−z)), L = |y − ŷ|", markdown);
        var latex = CliRun.Of("solve", "--activation", "tanh", "--loss", "squared", "--format", "latex").Output;
        Assert.Contains(@"h_0 &= \tanh(z_0) = \tanh(0.5) = ", latex);
        Assert.Contains(@"\frac{\partial L}{\partial z_1} &= \frac{\partial L}{\partial h_1} \cdot \tanh'(z_1)", latex);
        Assert.Contains(@"L &= (y - \hat{y})^2", latex);
        Assert.DoesNotContain("σ", CliRun.Of("solve", "--activation", "sigmoid", "--format", "latex").Output);
    }

    [Theory]
    [InlineData("leaky-relu", "l1", new[] { "z0", "z1", "yhat=y" })]
    [InlineData("tanh", "l1", new[] { "yhat=y" })]
    [InlineData("relu", "squared", new[] { "z0", "z1" })]
    [InlineData("identity", "huber", new string[0])]
    public void Kinks_OnlyWhereTheVariantHasOne(string activation, string loss, string[] kinks)
    {
        // x = 0, y = 0: z0 = z1 = 0 and ŷ = y.
        var run = CliRun.Of("solve", "--x", "0", "--y", "0", "--activation", activation, "--loss", loss, "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(kinks, json.RootElement.GetProperty("kinks").EnumerateArray().Select(k => k.GetString()));
    }

    [Theory]
    [InlineData("--activation", "swish")]
    [InlineData("--loss", "l2")]
    [InlineData("--slope", "0.1")]
    [InlineData("--activation", "tanh", "--slope", "0.1")]
    [InlineData("--activation", "leaky-relu", "--slope", "nan")]
    [InlineData("--activation", "leaky-relu", "--slope", "1e999")]
    [InlineData("--delta", "2")]
    [InlineData("--loss", "squared", "--delta", "2")]
    [InlineData("--loss", "huber", "--delta", "0")]
    [InlineData("--loss", "huber", "--delta", "-1")]
    [InlineData("--loss", "huber", "--delta", "inf")]
    public void BadVariantOption_IsOneLineNamingTheOption_ExitTwo(params string[] options)
    {
        var run = CliRun.Of(["solve", .. options]);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains(options[^2], line);
        Assert.Equal("", run.Output);
    }

    private static void Close(IEnumerable<double> expected, IEnumerable<double> actual) =>
        Assert.All(expected.Zip(actual), pair => Assert.True(
            Math.Abs(pair.First - pair.Second) <= Rounding * Math.Max(1, Math.Abs(pair.First)),
            $"expected {pair.First:R}, got {pair.Second:R}"));
}
