using System.Text.Json;

namespace SkipNet.Checker.Tests;

/// <summary><c>skipnet solve</c>: the answer sheet, checked against the worked example's exact arithmetic.</summary>
public sealed class SolveCommandTests
{
    [Fact]
    public void Json_WorkedExample_IsTheExactSolution()
    {
        var run = CliRun.Of("solve", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        double At(string section, string name) => root.GetProperty(section).GetProperty(name).GetDouble();

        Assert.Equal([1, 3, 0.5, 0.5, 0.5, 0.5, 1], new[] { "x", "y", "w0", "w1", "w2", "w3", "lr" }.Select(n => At("given", n)));
        Assert.Equal([0.5, 0.5, 0.25, 0.25, 0.375, 0.375, 2.625], new[] { "z0", "h0", "z1", "h1", "z2", "yhat", "loss" }.Select(n => At("forward", n)));
        Assert.Equal(
            [-1, -1, -0.25, -0.5, -0.5, -0.5, -0.25, -0.75, -0.75, -0.75],
            new[] { "dL/dyhat", "dL/dz2", "dL/dw2", "dL/dw3", "dL/dh1", "dL/dz1", "dL/dw1", "dL/dh0", "dL/dz0", "dL/dw0" }.Select(n => At("gradients", n)));
        Assert.Equal([1.25, 0.75, 0.75, 1.0], new[] { "w0", "w1", "w2", "w3" }.Select(n => At("updated", n)));
        Assert.Equal(1.953125, At("second", "yhat"));
        Assert.Equal(1.046875, At("second", "loss"));
        Assert.Equal(0, root.GetProperty("kinks").GetArrayLength());
    }

    [Fact]
    public void Json_PointOnKinks_NamesThem()
    {
        var run = CliRun.Of("solve", "--x", "0", "--y", "0", "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["z0", "z1", "yhat=y"], json.RootElement.GetProperty("kinks").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public void Json_NumbersAreRoundTripPrecise()
    {
        var run = CliRun.Of("solve", "--x", "0.1", "--w0", "0.3", "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(0.3 * 0.1, json.RootElement.GetProperty("forward").GetProperty("z0").GetDouble());
    }

    [Fact]
    public void Text_ShowsEveryStepWithItsNumbers()
    {
        var run = CliRun.Of("solve");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  L  = |y − ŷ| = |3 − 0.375| = 2.625", run.Output);
        Assert.Contains("∂L/∂h0 = ∂L/∂z2·w3 + ∂L/∂z1·w1 (skip + main) = (-1)·0.5 + (-0.5)·0.5 = -0.5 + (-0.25) = -0.75", run.Output);
        Assert.Contains("w0′ = w0 − α·∂L/∂w0 = 0.5 − 1·(-0.75) = 1.25", run.Output);
        Assert.Contains("L′ = |y − ŷ′| = |3 − 1.953125| = 1.046875", run.Output);
        Assert.Contains("Kinks: none", run.Output);
    }

    [Fact]
    public void Markdown_IsATablePerSection()
    {
        var run = CliRun.Of("solve", "--format", "markdown");
        Assert.Contains("## Backward pass", run.Output);
        Assert.Contains("| ∂L/∂w0 | ∂L/∂z0·x | (-0.75)·1 | -0.75 |", run.Output);
    }

    [Fact]
    public void Latex_UsesPartialsAndSubscripts()
    {
        var run = CliRun.Of("solve", "--format", "latex");
        Assert.Contains(@"\frac{\partial L}{\partial w_0} &= \frac{\partial L}{\partial z_0} \cdot x = (-0.75) \cdot 1 = -0.75", run.Output);
        Assert.Contains(@"\begin{align*}", run.Output);
    }

    [Theory]
    [InlineData("--x", "nan")]
    [InlineData("--w0", "Infinity")]
    [InlineData("--lr", "abc")]
    [InlineData("--format", "pdf")]
    [InlineData("--bogus", "1")]
    [InlineData("--x", "1e200", "--w0", "1e200")]
    [InlineData("--x", "1e200", "--w0", "1e200", "--activation", "identity")]
    public void BadOption_IsOneLineAndExitTwo(params string[] options)
    {
        var run = CliRun.Of(["solve", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Equal("", run.Output);
    }
}
