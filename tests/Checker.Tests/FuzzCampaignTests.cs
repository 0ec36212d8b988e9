using SkipNet.Analytic;
using SkipNet.Checker.Fuzz;
using SkipNet.Checker.GradCheck;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Tests;

/// <summary>
/// The lane-wise campaign finds what the model's oracles at widths 1,1,1,1 find, case by case: the same kinks, the same near-kink and
/// rounding-limited checks, the same largest errors at the same places.
/// </summary>
public sealed class FuzzCampaignTests
{
    private const int Cases = 3001; // not a multiple of the lane count: the last vector is partial

    [Fact]
    public void Campaign_FindsWhatTheScalarOraclesFind()
    {
        var campaign = FuzzCampaign.Run(Cases, seed: 11, threads: 2);
        var (onKink, nearKink, roundingLimited) = (0L, 0L, 0L);
        var (exact, central) = (new ErrorStatistics(), new ErrorStatistics());
        for (var i = 0; i < Cases; i++)
        {
            var point = FuzzCampaign.PointAt(11, i);
            var (p, s) = (point.Parameters, point.Sample);
            var gradients = WidthOne.Backward(p, s);
            for (var v = 0; v < Nodes.Inputs.Count; v++)
            {
                var (node, slot) = (Nodes.Inputs[v], (long)i * Nodes.Inputs.Count + v);
                var slopes = EntryExactDerivative.Slopes(node, p, s, Variant.Exercise);
                if (slopes.Left != slopes.Right)
                {
                    onKink++;
                    continue;
                }

                var scale = RoundingScale.DerivativeMagnitude(node, p, s);
                var analytic = gradients.For(node);
                exact.Add(RelativeError.Of(analytic, slopes.Right, scale), slot);
                // The model's differences at widths 1,1,1,1, carrying the campaign's bound (the lanes' RoundingScale).
                var (entry, w, x) = (Network.EntryOf(node), WeightMatrices.FromScalars(p), VectorSample.FromScalars(s));
                var h = CentralDifference.StepAt(Network.ValueAt(node, p, s));
                var bound = RoundingScale.DifferenceQuotientBound(RoundingScale.LossMagnitude(node, h, p, s), h);
                FiniteDifference Difference(Stencil stencil) => EntryDifference.Of(entry, w, x, Variant.Exercise, stencil, h) with { RoundingBound = bound };
                if (KinkVerdict.Of(Difference(Stencil.Backward), Difference(Stencil.Forward)) is KinkVerdict.NonDifferentiable)
                {
                    nearKink++;
                    continue;
                }

                var difference = Difference(Stencil.Central);
                var error = RelativeError.Of(analytic, difference.Value, scale);
                central.Add(error, slot);
                roundingLimited += error > GradientCheck.Tolerance && Math.Abs(analytic - difference.Value) <= difference.RoundingBound ? 1 : 0;
            }
        }

        Assert.Equal((onKink, nearKink, roundingLimited), (campaign.KinkChecks, campaign.NearKinkChecks, campaign.RoundingLimitedChecks));
        Assert.True(onKink > 0 && nearKink > 0 && roundingLimited > 0, "the campaign meets every kind of check");
        AssertSame(exact, campaign.Oracles[0]);
        AssertSame(central, campaign.Oracles[1]);
    }

    [Fact]
    public void Campaign_ChecksOnlyTheOraclesAskedFor()
    {
        var both = FuzzCampaign.Run(Cases, seed: 11, threads: 1);
        var exact = FuzzCampaign.Run(Cases, seed: 11, threads: 1, FuzzOracles.Exact);
        var central = FuzzCampaign.Run(Cases, seed: 11, threads: 1, FuzzOracles.Central);
        Assert.Equal(["exact"], exact.Oracles.Select(o => o.Oracle));
        Assert.Equal(["central difference"], central.Oracles.Select(o => o.Oracle));
        Assert.Equal(both.Oracles[0], exact.Oracles[0]);
        Assert.Equal(both.Oracles[1], central.Oracles[0]);
        Assert.Equal((both.KinkChecks, 0L), (exact.KinkChecks, exact.NearKinkChecks));
        Assert.Equal((both.KinkChecks, both.NearKinkChecks, both.RoundingLimitedChecks),
                     (central.KinkChecks, central.NearKinkChecks, central.RoundingLimitedChecks));
    }

    private static void AssertSame(ErrorStatistics expected, OracleErrors found)
    {
        Assert.Equal(expected.Count, found.Checks);
        Assert.Equal(expected.Max, found.Max);
        Assert.Equal(expected.Quantile(0.999), found.P999);
        Assert.Equal(FuzzReport.Replay(FuzzCampaign.PointAt(11, expected.WorstSlot / 5)), found.Worst.Replay);
    }
}
