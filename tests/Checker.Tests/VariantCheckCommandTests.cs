using System.Globalization;
using System.Text.Json;

namespace SkipNet.Checker.Tests;

/// <summary>
/// <c>skipnet check</c> with activation/slope/loss/delta in 'given': values judged against the chain rule written out
/// by hand here, formulas in the variant's functions, and bad keys refused with their place.
/// </summary>
public sealed class VariantCheckCommandTests
{
    private const string TanhSquared = "given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1, activation: tanh, loss: squared}\n";

    [Fact]
    public void TanhSquared_ValuesByHand_AreRight_AndTheL1SignIsWrong()
    {
        // z0 = 0.5, h0 = tanh(0.5), z1 = 0.5·h0, h1 = tanh(z1), ŷ = 0.5·h1 + 0.5·h0, L = (3 − ŷ)², ∂L/∂ŷ = −2(3 − ŷ).
        var h0 = Math.Tanh(0.5);
        var h1 = Math.Tanh(0.5 * h0);
        var yHat = 0.5 * h1 + 0.5 * h0;
        var dYHat = -2 * (3 - yHat);
        var dZ0 = (dYHat * 0.5 + dYHat * 0.5 * (1 - h1 * h1) * 0.5) * (1 - h0 * h0);
        var text = TanhSquared + "values:\n" +
            $"  h0: {R(h0)}\n  yhat: {R(yHat)}\n  loss: {R((3 - yHat) * (3 - yHat))}\n  dL/dz0: {R(dZ0)}\n  dL/dw0: {R(dZ0)}\n" +
            "formulas:\n  dL/dyhat: \"-2 * (y - yhat)\"\n  dL/dz1: \"dL/dh1 * (1 - h1^2)\"\n  dL/dz0: \"dL/dh0 * (1 - tanh(z0)^2)\"\n" +
            "  dL/dw0: \"dL/dz0 * x\"\n  dL/dz2: \"sign(yhat - y)\"\n";
        var run = CliRun.CheckText(text, "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.All(json.RootElement.GetProperty("values").EnumerateArray(), v => Assert.Equal("right", v.GetProperty("verdict").GetString()));
        var formulas = json.RootElement.GetProperty("formulas").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("verdict").GetString());
        Assert.Equal("right", formulas["dL/dyhat"]);
        Assert.Equal("right", formulas["dL/dz1"]);
        Assert.Equal("right", formulas["dL/dz0"]);
        Assert.Equal("right", formulas["dL/dw0"]);
        Assert.Equal("wrong", formulas["dL/dz2"]); // L1's sign(ŷ − y) is not the squared loss's −2(y − ŷ)
        Assert.Equal(1, run.ExitCode);
    }

    /// <summary>The exercise's numbers with tanh: the ReLU value 0.50 for h0 is wrong (to two decimals), tanh(0.5) ≈ 0.4621 is right.</summary>
    [Fact]
    public void ReluValueUnderTanh_IsWrong()
    {
        var run = CliRun.CheckText(TanhSquared + "values:\n  h0: 0.50\n", "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        var h0 = json.RootElement.GetProperty("values")[0];
        Assert.Equal("wrong", h0.GetProperty("verdict").GetString());
        Assert.Equal(Math.Tanh(0.5), h0.GetProperty("correct").GetDouble());
    }

    [Fact]
    public void LeakyReluAndHuber_FormulasInTheirFunctions_AreRight()
    {
        const string text = """
            given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1, activation: leaky-relu, slope: 0.1, loss: huber, delta: 2}
            formulas:
              dL/dyhat: "-max(-2, min(2, y - yhat))"
              dL/dz1: "dL/dh1 * (z1 > 0 ? 1 : 0.1)"
              dL/dz0: "leaky(z0, 0.1) == z0 ? dL/dh0 : 0.1 * dL/dh0"
            """;
        var run = CliRun.CheckText(text, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.All(json.RootElement.GetProperty("formulas").EnumerateArray(), f => Assert.Equal("right", f.GetProperty("verdict").GetString()));
    }

    /// <summary>Leaky ReLU's z0 = 0 is a kink: any slope between 0.1 and 1 is right there, so both written values pass.</summary>
    [Theory]
    [InlineData("-0.1")]
    [InlineData("-1")]
    public void LeakyKink_AnySlopeBetweenTheSides_IsRight(string claim)
    {
        // x = 0: z0 = z1 = 0, ŷ = 0, y = 3: ∂L/∂ŷ = −1 (L1), ∂L/∂h0 = −1·w3 + ∂L/∂z1·w1.
        var run = CliRun.CheckText(
            $"given: {{x: 0, y: 3, w0: 1, w1: 0, w2: 0, w3: 1, learning_rate: 1, activation: leaky-relu, slope: 0.1}}\nvalues:\n  dL/dz0: {claim}\n",
            "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("right", json.RootElement.GetProperty("values")[0].GetProperty("verdict").GetString());
    }

    private const string Given = "given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1";

    [Theory]
    [InlineData(Given + ", activation: tahn}\n", "1:87", "unknown activation 'tahn'")]
    [InlineData(Given + ", loss: l2}\n", "1:81", "unknown loss 'l2'")]
    [InlineData(Given + ", slope: 0.1}\n", "1:82", "'slope' applies to activation leaky-relu only")]
    [InlineData(Given + ", activation: tanh, slope: 0.1}\n", "1:", "'slope' applies to activation leaky-relu only")]
    [InlineData(Given + ", activation: leaky-relu, slope: .inf}\n", "1:", "not a finite number")]
    [InlineData(Given + ", delta: 2}\n", "1:82", "'delta' applies to loss huber only")]
    [InlineData(Given + ", loss: huber, delta: 0}\n", "1:", "'delta' must be a positive number")]
    [InlineData(Given + ", loss: huber, delta: -1}\n", "1:", "'delta' must be a positive number")]
    [InlineData(Given + ", loss: huber, delta: abc}\n", "1:", "is not a number")]
    [InlineData(Given + ", activation: [relu]}\n", "1:", "expected a single value here")]
    [InlineData(Given + ", activaton: relu}\n", "1:", "unknown key 'activaton' in 'given'; did you mean 'activation'?")]
    public void BadVariantKey_IsOneLineNamingThePlace(string text, string place, string problem)
    {
        var run = CliRun.CheckText(text);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Matches(@"skipnet-[0-9a-f]+\.yaml:" + place, line);
        Assert.Contains(problem, line);
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
