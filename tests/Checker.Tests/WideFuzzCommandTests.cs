using System.Text.Json;

namespace SkipNet.Checker.Tests;

/// <summary>
/// <c>skipnet fuzz</c> with --widths or a variant: the generic campaign counts every check once, finds nothing wrong
/// with a correct derivation, does not depend on the thread count, and leaves the exercise's lanes campaign alone.
/// </summary>
public sealed class WideFuzzCommandTests
{
    /// <summary>n, a, b, m = 2, 2, 1, 1: W0 2×2, W1 1×2, W2 1×1, W3 1×2 and x: 4 + 2 + 1 + 2 + 2 = 11 entries a case.</summary>
    [Fact]
    public void Wide_CountsEveryEntryOfEveryCase_AndFindsNoMismatch()
    {
        var run = CliRun.Of("fuzz", "--widths", "2,2,1,1", "--activation", "leaky-relu", "--slope", "0.25", "--loss", "l1", "--cases", "40", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal((40, 11, "2,2,1,1", 0), (root.GetProperty("cases").GetInt32(), root.GetProperty("entries").GetInt32(),
            root.GetProperty("widths").GetString(), root.GetProperty("mismatches").GetInt32()));
        Assert.Equal(0.25, root.GetProperty("variant").GetProperty("slope").GetDouble());
        var (exact, central) = (root.GetProperty("oracles")[0], root.GetProperty("oracles")[1]);
        // The exact oracle measures every check off a kink; the central difference every check.
        Assert.Equal(40 * 11, exact.GetProperty("checks").GetInt32() + root.GetProperty("kink_checks").GetInt32());
        Assert.Equal(40 * 11, central.GetProperty("checks").GetInt32());
        Assert.InRange(exact.GetProperty("max").GetDouble(), 0, 1e-12);
        Assert.StartsWith("case ", exact.GetProperty("worst").GetProperty("replay").GetString());
        Assert.Contains("leaky-relu (slope 0.25), l1; widths 2,2,1,1; W0 = [[", exact.GetProperty("worst").GetProperty("replay").GetString());
    }

    [Fact]
    public void Wide_SameSeed_SameResult_WhateverTheThreadCount()
    {
        string[] args = ["fuzz", "--widths", "1,2,2,1", "--activation", "softplus", "--loss", "huber", "--delta", "0.5", "--cases", "50", "--seed", "9", "--format", "json"];
        Assert.Equal(CliRun.Of([.. args, "--threads", "1"]).FuzzFindings(), CliRun.Of([.. args, "--threads", "2"]).FuzzFindings());
    }

    [Fact]
    public void Variant_WithoutWidths_RunsTheGenericCampaignAtWidthOne_WithItsOwnDefaultCount()
    {
        using var json = JsonDocument.Parse(CliRun.Of("fuzz", "--activation", "identity", "--format", "json", "--oracle", "exact").Output);
        Assert.Equal((1000, 5, "1,1,1,1"), (json.RootElement.GetProperty("cases").GetInt32(), json.RootElement.GetProperty("entries").GetInt32(),
            json.RootElement.GetProperty("widths").GetString()));
        Assert.Equal(["exact"], json.RootElement.GetProperty("oracles").EnumerateArray().Select(o => o.GetProperty("oracle").GetString()));
    }

    /// <summary>ReLU, L1 and widths 1,1,1,1 written out are the exercise: the lanes campaign, its output unchanged.</summary>
    [Fact]
    public void ExerciseWrittenOut_IsTheLanesCampaign()
    {
        var plain = CliRun.Of("fuzz", "--cases", "500", "--format", "json").FuzzFindings();
        var written = CliRun.Of("fuzz", "--cases", "500", "--format", "json", "--widths", "1,1,1,1", "--activation", "relu", "--loss", "l1").FuzzFindings();
        Assert.Equal(plain, written);
        Assert.DoesNotContain("widths", plain);
    }

    [Theory]
    [InlineData("--widths", "1,1,1")]
    [InlineData("--widths", "65,1,1,1")]
    [InlineData("--slope", "0.1")]
    [InlineData("--loss", "huber", "--delta", "nan")]
    [InlineData("--activation", "gelu")]
    public void BadOption_IsOneLineAndExitTwo(params string[] options)
    {
        var run = CliRun.Of(["fuzz", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
