using System.Text.Json;

namespace SkipNet.Checker.Tests;

/// <summary><c>skipnet fuzz</c>: replayable, thread-count independent, honest about what it leaves out.</summary>
public sealed class FuzzCommandTests
{
    [Fact]
    public void SameSeed_SameResult_WhateverTheThreadCount()
    {
        var one = CliRun.Of("fuzz", "--cases", "2000", "--seed", "7", "--threads", "1", "--format", "json").FuzzFindings();
        var two = CliRun.Of("fuzz", "--cases", "2000", "--seed", "7", "--threads", "2", "--format", "json").FuzzFindings();
        Assert.Equal(one, two);
    }

    [Fact]
    public void ExactOracle_AgreesWithTheAnalyticGradientToRounding_AndKinksAreMet()
    {
        var run = CliRun.Of("fuzz", "--cases", "3000", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var exact = json.RootElement.GetProperty("oracles")[0];
        Assert.Equal("exact", exact.GetProperty("oracle").GetString());
        Assert.InRange(exact.GetProperty("max").GetDouble(), 0, 1e-12);
        Assert.True(json.RootElement.GetProperty("kink_checks").GetInt32() > 0);
        Assert.StartsWith("skipnet gradcheck --x ", exact.GetProperty("worst").GetProperty("replay").GetString());
        Assert.True(json.RootElement.GetProperty("cases_per_second").GetDouble() > 0);
    }

    [Theory]
    [InlineData("--cases", "0")]
    [InlineData("--cases", "-3")]
    [InlineData("--threads", "0")]
    [InlineData("--seed", "-1")]
    [InlineData("--oracle", "complex-step")]
    public void BadOption_IsOneLineAndExitTwo(string option, string value)
    {
        var run = CliRun.Of("fuzz", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
