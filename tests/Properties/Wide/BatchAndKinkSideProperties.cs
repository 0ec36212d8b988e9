using FsCheck;
using FsCheck.Fluent;
using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Points.Wide;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>The batch gradient is the gradient of the batch's mean loss; a kink side is a choice at kinks only.</summary>
public sealed class BatchAndKinkSideProperties
{
    /// <summary>A batch of one to four samples sharing a point's weights and variant; no sample on a kink.</summary>
    public static Arbitrary<(WidePoint Point, VectorSample[] Batch)> OffKinkBatch { get; } = Arb.From(
        from point in WideGenerators.OffKinkPoint.Generator
        from others in Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(WideGenerators.PointOf(point.Variant, point.Widths), count))
        let batch = others.Select(o => o.Sample).Prepend(point.Sample)
            .Where(s => WideKinks.Count(point with { Sample = s }) == 0).ToArray()
        select (point, batch));

    /// <summary>Off kinks, the mean gradient equals the exact derivative of the mean loss, entry by entry, within the largest sample's chain-rule slack plus the mean's own rounding.</summary>
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property MeanGradient_IsTheExactDerivativeOfTheMeanLoss() =>
        Prop.ForAll(OffKinkBatch, input =>
        {
            var (point, batch) = input;
            var mean = WideBatchGradient.MeanOf(point.Weights, batch, point.Variant);
            var slacks = batch.Select(s => Tolerance.ChainRuleSlack(point with { Sample = s })).ToArray();
            var failures = Entry.OfWeights(point.Widths)
                .Select(e => (e, exact: EntryExactDerivative.MeanSlopes(e, point.Weights, batch, point.Variant).Right,
                              slack: slacks.Sum(slack => slack(e)) / batch.Length * (batch.Length + 1)))
                .Where(o => Math.Abs(mean.Gradient.Of(o.e.Node)[o.e.Row, o.e.Column] - o.exact) > o.slack)
                .Select(o => $"mean ∂L/∂{o.e} = {mean.Gradient.Of(o.e.Node)[o.e.Row, o.e.Column]:R}, exactly {o.exact:R}")
                .Take(3).ToList();
            return (failures.Count == 0).Label(string.Join("; ", failures));
        });

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property MeanLoss_IsTheReferencesMeanLoss() =>
        Prop.ForAll(OffKinkBatch, input =>
            WideBatchGradient.MeanOf(input.Point.Weights, input.Batch, input.Point.Variant).Loss
            == WideNetwork.MeanLoss(input.Point.Weights, input.Batch, input.Point.Variant));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property MeanOfOneSample_IsThatSamplesGradient() =>
        Prop.ForAll(WideGenerators.AnyPoint, point =>
            WideBatchGradient.MeanOf(point.Weights, [point.Sample], point.Variant).Gradient
                .Equals(Backprop.Of(point.Weights, point.Sample, point.Variant).ForWeights));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property AnySide_OffKinks_GivesPyTorchsGradients() =>
        Prop.ForAll(WideGenerators.OffKinkPoint, point =>
        {
            var pyTorch = Backprop.Of(point.Weights, point.Sample, point.Variant);
            return KinkSides.Corners.All(sides => Backprop.Of(point.Weights, point.Sample, point.Variant, sides).Equals(pyTorch));
        });

    /// <summary>
    /// On a kink the chosen side's slope is the one used: a unit with z = 0 passes ∂L/∂h·f′(0 from that side); an L1
    /// residual at 0 gives ∂L/∂ŷ = −ℓ′(0 from that side), and PyTorch's 0.
    /// </summary>
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property AnySide_AtAKink_IsTheSlopeUsedThere() =>
        Prop.ForAll(WideGenerators.OneKinkPoint, point =>
        {
            var (t, f, loss) = (point.Trace, point.Variant.Activation, point.Variant.Loss);
            double Slope(Func<double, double> left, Func<double, double> right, Func<double, double> pyTorch, KinkSide side) =>
                side == KinkSide.Left ? left(0) : side == KinkSide.Right ? right(0) : pyTorch(0);
            return KinkSides.Corners.Append(KinkSides.PyTorch).All(sides =>
            {
                var g = Backprop.Of(point.Weights, point.Sample, point.Variant, sides);
                var units0 = Enumerable.Range(0, t.Z0.Count).Where(i => f.HasKink && t.Z0[i] == 0)
                    .All(i => g.DLdZ0[i] == g.DLdH0[i] * Slope(f.LeftDerivative, f.RightDerivative, f.Derivative, sides.Z0));
                var units1 = Enumerable.Range(0, t.Z1.Count).Where(i => f.HasKink && t.Z1[i] == 0)
                    .All(i => g.DLdZ1[i] == g.DLdH1[i] * Slope(f.LeftDerivative, f.RightDerivative, f.Derivative, sides.Z1));
                var residuals = Enumerable.Range(0, t.YHat.Count).Where(k => loss.HasKink && point.Sample.Y[k] == t.YHat[k])
                    .All(k => g.DLdYHat[k] == -Slope(loss.LeftDerivative, loss.RightDerivative, loss.Derivative, sides.Residual));
                return units0 && units1 && residuals;
            });
        });

    /// <summary>
    /// At one kink each exact one-sided slope is the gradient some choice of sides gives: the sides are the whole
    /// choice a derivation has, and they reach both ends of the subgradient interval.
    /// </summary>
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property OneSidedSlopes_AtOneKink_AreGivenBySomeSides() =>
        Prop.ForAll(WideGenerators.OneKinkPoint, point =>
        {
            var slack = Tolerance.ChainRuleSlack(point);
            var corners = KinkSides.Corners.Select(sides => Backprop.Of(point.Weights, point.Sample, point.Variant, sides)).ToArray();
            var failures = Entry.All(point.Widths)
                .Select(e => (e, exact: EntryExactDerivative.Slopes(e, point.Weights, point.Sample, point.Variant)))
                .Where(o => !new[] { o.exact.Left, o.exact.Right }.All(s => corners.Any(g => Math.Abs(g.For(o.e) - s) <= slack(o.e))))
                .Select(o => $"∂L/∂{o.e}: slopes {o.exact.Left:R}, {o.exact.Right:R}; sides give {string.Join(", ", corners.Select(g => g.For(o.e).ToString("R")).Distinct())}")
                .Take(3).ToList();
            return (failures.Count == 0).Label(string.Join("; ", failures));
        });
}
