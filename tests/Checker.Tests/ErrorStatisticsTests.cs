using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkipNet.Checker.Fuzz;

namespace SkipNet.Checker.Tests;

/// <summary>The campaign's constant-memory error statistics: quantiles are tight upper bounds, merging is order-free.</summary>
public sealed class ErrorStatisticsTests
{
    /// <summary>Relative errors as a campaign meets them: zeros, multiples of ε, and a few large ones.</summary>
    private static readonly Gen<double> Errors = Gen.Frequency(
        (2, Gen.Constant(0.0)),
        (5, Gen.Choose(1, 8).Select(k => k * Math.Pow(2, -53))),
        (3, Gen.Choose(0, 1 << 30).Select(u => Math.Pow(10, -17 + 18.0 * u / (1 << 30)))));

    [Property(MaxTest = 300)]
    public Property Quantile_IsAnUpperBoundWithinASixteenth() =>
        Prop.ForAll(Arb.From(Gen.NonEmptyListOf(Errors)), Arb.From(Gen.Elements(0.5, 0.9, 0.999, 1.0)), (errors, q) =>
        {
            var statistics = Of(errors, 0);
            var sorted = errors.Order().ToList();
            var exact = sorted[(int)Math.Ceiling(q * sorted.Count) - 1];
            var bound = statistics.Quantile(q);
            return (exact <= bound && bound <= exact * (1 + 1 / 16.0) && bound <= statistics.Max)
                .Label($"exact {exact:R}, bound {bound:R}");
        });

    // Each case builds four 65,536-bin histograms: 100 cases keep the test under a second.
    [Property(MaxTest = 100)]
    public Property Merge_GivesTheStatisticsOfAllErrors_InEitherOrder() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Errors)), Arb.From(Gen.ListOf(Errors)), (first, second) =>
        {
            var whole = Of([.. first, .. second], 0);
            var (a, b) = (Of(first, 0), Of(second, first.Count));
            var (c, d) = (Of(first, 0), Of(second, first.Count));
            a.Merge(b);
            d.Merge(c);
            return Same(whole, a) && Same(whole, d);
        });

    [Fact]
    public void WorstSlot_IsTheLowestAmongTies()
    {
        var statistics = new ErrorStatistics();
        statistics.Add(1e-16, 9);
        statistics.Add(1e-16, 4);
        statistics.AddZeros(3, 0);
        Assert.Equal((1e-16, 4L, 5L), (statistics.Max, statistics.WorstSlot, statistics.Count));
        var zeros = new ErrorStatistics();
        zeros.AddZeros(4, 8);
        zeros.AddZeros(4, 2);
        Assert.Equal((0.0, 2L, 0.0), (zeros.Max, zeros.WorstSlot, zeros.Quantile(0.999)));
    }

    private static ErrorStatistics Of(IEnumerable<double> errors, long firstSlot)
    {
        var statistics = new ErrorStatistics();
        var slot = firstSlot;
        foreach (var error in errors)
        {
            statistics.Add(error, slot++);
        }

        return statistics;
    }

    private static bool Same(ErrorStatistics x, ErrorStatistics y) =>
        x.Count == y.Count && x.Max == y.Max && x.WorstSlot == y.WorstSlot
        && new[] { 0.5, 0.9, 0.999, 1.0 }.All(q => x.Quantile(q) == y.Quantile(q));
}
