using SkipNet.Reference.Oracles;

namespace SkipNet.Properties.Wide;

/// <summary>What a central estimate claims, on numbers chosen to sit on each boundary.</summary>
public sealed class CentralEstimateTests
{
    private static CentralEstimate Of(double value, double bound, double coarser, double coarserBound, bool truncationFree = false) =>
        new(new FiniteDifference(value, 1e-6, bound), new FiniteDifference(coarser, 4e-6, coarserBound), true, truncationFree);

    /// <summary>Resolved: both rounding bounds together at most 0.1 % of the value, and the two steps within 0.2 %.</summary>
    [Theory]
    [InlineData(1000, 0.5, 1000, 0.5, true)]
    [InlineData(1000, 0.6, 1000, 0.3, true)]
    [InlineData(1000, 0.6, 1000, 0.5, false)]
    [InlineData(1000, 0, 1002, 0, true)]
    [InlineData(1000, 0, 1003, 0, false)]
    [InlineData(0, 1e-20, 0, 1e-20, false)]
    public void Resolved_IsSmallRoundingAndAgreement(double value, double bound, double coarser, double coarserBound, bool resolved) =>
        Assert.Equal(resolved, Of(value, bound, coarser, coarserBound).Resolved);

    /// <summary>Two differences agree when their gap is at most 0.1 % of the finer plus both rounding bounds.</summary>
    [Theory]
    [InlineData(1000, 1, 1001, 0, true)]
    [InlineData(1000, 0, 1001, 1, true)]
    [InlineData(1000, 0, 1001.5, 0, false)]
    [InlineData(1000, 0, 1000.5, 0, true)]
    [InlineData(1000, 0.25, 1001.5, 0.25, true)]
    public void Agree_IsAGapWithinTheRelativeAgreementPlusRounding(double coarser, double coarserBound, double finer, double finerBound, bool agree) =>
        Assert.Equal(agree, EntryDifference.Agree(new FiniteDifference(coarser, 4e-6, coarserBound), new FiniteDifference(finer, 1e-6, finerBound)));

    [Fact]
    public void Agree_MissingDifference_IsRefusedByName()
    {
        var difference = new FiniteDifference(1, 1e-6, 0);
        Assert.Throws<ArgumentNullException>("coarser", () => EntryDifference.Agree(null!, difference));
        Assert.Throws<ArgumentNullException>("finer", () => EntryDifference.Agree(difference, null!));
    }

    [Fact]
    public void Resolved_WithoutTruncation_IsAlwaysTrue() =>
        Assert.True(Of(0, 1e-20, 1, 1e-20, truncationFree: true).Resolved);

    /// <summary>The bound is the finer rounding plus the gap; a derivative on its edge is allowed, one beyond it not.</summary>
    [Fact]
    public void Allows_UpToTheErrorBoundInclusive()
    {
        var estimate = Of(10, 0.5, 12, 0.25);
        Assert.Equal(2.5, estimate.ErrorBound);
        Assert.True(estimate.Allows(12.5) && estimate.Allows(7.5));
        Assert.False(estimate.Allows(12.5000001) || estimate.Allows(7.4999999));
        Assert.Equal(10, estimate.Value);
    }
}
