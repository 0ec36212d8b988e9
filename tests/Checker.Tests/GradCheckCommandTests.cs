using System.Text;
using System.Text.Json;

namespace SkipNet.Checker.Tests;

/// <summary><c>skipnet gradcheck</c>: the table, the near-kink verdict, the sweep and its plot, bad options.</summary>
public sealed class GradCheckCommandTests
{
    [Fact]
    public void WorkedExample_EveryVariableIsOk_WithTheExactGradients()
    {
        var run = CliRun.Of("gradcheck", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var rows = Rows(run);
        // The worked example by hand: (∂L/∂w0, ∂L/∂w1, ∂L/∂w2, ∂L/∂w3, ∂L/∂x) = (−0.75, −0.25, −0.25, −0.5, −0.375).
        Assert.Equal([-0.75, -0.25, -0.25, -0.5, -0.375], rows.Select(r => r.GetProperty("exact").GetDouble()));
        Assert.Equal([-0.75, -0.25, -0.25, -0.5, -0.375], rows.Select(r => r.GetProperty("analytic").GetDouble()));
        Assert.All(rows, r => Assert.Equal("ok", r.GetProperty("verdict").GetString()));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("relative_error").GetDouble(), 0, 1e-6));
    }

    [Fact]
    public void NearAKink_CentralDifferenceLandsBetweenTheOneSidedSlopes_AndTheVerdictNamesTheKink()
    {
        var run = CliRun.Of("gradcheck", "--x", "1", "--w0", "1e-9", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var w0 = Rows(run).Single(r => r.GetProperty("variable").GetString() == "w0");
        Assert.Equal("kink", w0.GetProperty("verdict").GetString());
        var (left, right, central) = (w0.GetProperty("left").GetDouble(), w0.GetProperty("right").GetDouble(), w0.GetProperty("central").GetDouble());
        Assert.InRange(central, Math.Min(left, right), Math.Max(left, right));
        Assert.True(w0.GetProperty("relative_error").GetDouble() > 0.1);
        Assert.False(w0.GetProperty("kink_at_point").GetBoolean());
        Assert.Contains("L has a kink within h of this point but not at it", CliRun.Of("gradcheck", "--x", "1", "--w0", "1e-9").Output);
    }

    [Fact]
    public void OnAKink_TheVerdictSaysAnySubgradientIsRight()
    {
        var run = CliRun.Of("gradcheck", "--w0", "0", "--format", "json");
        var w0 = Rows(run).Single(r => r.GetProperty("variable").GetString() == "w0");
        Assert.Equal("kink", w0.GetProperty("verdict").GetString());
        Assert.True(w0.GetProperty("kink_at_point").GetBoolean());
        Assert.Contains("L has a kink at this point", CliRun.Of("gradcheck", "--w0", "0").Output);
    }

    /// <summary>h = 10 reaches w0 = −9.5, past the kink at 0: the one-sided slopes (−0.0375, 0.225) exclude −0.75.</summary>
    [Fact]
    public void StepFarTooLarge_IsAMismatch_ExitOne()
    {
        var run = CliRun.Of("gradcheck", "--h", "10", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("mismatch", Rows(run).Single(r => r.GetProperty("variable").GetString() == "w0").GetProperty("verdict").GetString());
    }

    [Fact]
    public void Sweep_CoversSixteenStepsForFourMethods()
    {
        var run = CliRun.Of("gradcheck", "--sweep", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(16, json.RootElement.GetProperty("h").GetArrayLength());
        var series = json.RootElement.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["forward", "central", "five-point", "exact (dual numbers)"], series.Select(s => s.GetProperty("method").GetString()));
        // Rounding error grows as h shrinks: at h = 1e-16 a difference quotient has lost every digit.
        Assert.All(series.Take(3), s => Assert.True(s.GetProperty("relative_error")[15].GetDouble() > 1e-3));
        Assert.All(series[3].GetProperty("relative_error").EnumerateArray(), e => Assert.Equal(0, e.GetDouble()));
    }

    [Fact]
    public void Sweep_Plot_IsAValidPng()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sweep-{Guid.NewGuid():N}.png");
        try
        {
            Assert.Equal(0, CliRun.Of("gradcheck", "--sweep", "--w0", "0.001", "--plot", path).ExitCode);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
            Assert.True(bytes.Length > 10_000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Sweep_Plot_IsAnSvgWithEverySeries()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sweep-{Guid.NewGuid():N}.svg");
        try
        {
            Assert.Equal(0, CliRun.Of("gradcheck", "--sweep", "--plot", path).ExitCode);
            var svg = File.ReadAllText(path, Encoding.UTF8);
            var document = System.Xml.Linq.XDocument.Parse(svg);
            Assert.Equal("svg", document.Root!.Name.LocalName);
            Assert.All(new[] { "forward", "central", "five-point", "exact (dual numbers)" }, name => Assert.Contains(name, svg));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--h", "0")]
    [InlineData("--h", "-1e-6")]
    [InlineData("--h", "nan")]
    [InlineData("--x", "inf")]
    [InlineData("--of", "w9")]
    [InlineData("--plot", "chart.pdf")]
    [InlineData("--plot", "/nonexistent-dir/chart.png")]
    public void BadOption_IsOneLineAndExitTwo(string option, string value)
    {
        var run = CliRun.Of("gradcheck", "--sweep", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    private static List<JsonElement> Rows(CliRun run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToList();
    }
}
