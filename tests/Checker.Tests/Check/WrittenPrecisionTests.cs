using MathNet.Numerics;
using SkipNet.Checker.Judging;

namespace SkipNet.Checker.Tests.Check;

/// <summary>A value written to k decimals stands for ±½·10⁻ᵏ; an integer for the truth up to rounding.</summary>
public sealed class WrittenPrecisionTests
{
    [Theory]
    [InlineData("1.95", 2)]
    [InlineData("3", 0)]
    [InlineData(" 0.50 ", 2)]
    [InlineData("1.5e-3", 4)]
    [InlineData("1.5E-3", 4)]
    [InlineData("2e3", -3)]
    [InlineData("-0.125", 3)]
    public void Decimals_CountsDigitsAfterThePointLessTheExponent(string text, int decimals) =>
        Assert.Equal(decimals, WrittenPrecision.Decimals(text));

    [Fact]
    public void Tolerance_TwoDecimals_IsHalfAHundredthPlusRounding() =>
        Assert.Equal(0.005 + 8 * Precision.DoublePrecision * 1.953125, WrittenPrecision.Tolerance("1.95", 1.953125));

    [Fact]
    public void Tolerance_OneDecimalTooFewForTheTruth_ExcludesIt()
    {
        Assert.True(Math.Abs(1.95 - 1.953125) <= WrittenPrecision.Tolerance("1.95", 1.953125));
        Assert.False(Math.Abs(1.9 - 1.953125) <= WrittenPrecision.Tolerance("1.9", 1.953125));
    }

    [Fact]
    public void Tolerance_Integer_IsRoundingOnly()
    {
        Assert.Equal(8 * Precision.DoublePrecision * 3, WrittenPrecision.Tolerance("3", 3));
        Assert.False(0.5 <= WrittenPrecision.Tolerance("3", 2.5));
    }

    [Fact]
    public void Tolerance_NegativeDecimals_IsRoundingOnly() =>
        Assert.Equal(8 * Precision.DoublePrecision * 2000, WrittenPrecision.Tolerance("2e3", 2000));
}
