using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.GradCheck;

/// <summary>
/// A gradient check of the exercise at a point: the analytic gradient of each of w0..w3 and x against the central
/// difference, the exact dual-number derivative and the one-sided differences (the model's oracles at widths
/// 1,1,1,1), with the kink verdict deciding what "agree" means.
/// </summary>
public static class GradientCheck
{
    /// <summary>The agreement asked of the analytic gradient and the central difference, relative.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Every input's row (<see cref="Nodes.Inputs"/>); <paramref name="step"/> null uses each oracle's own step, ∛ε·(1 + |v|).</summary>
    public static IReadOnlyList<GradCheckRow> At(Parameters parameters, Sample sample, double? step)
    {
        var g = WidthOne.Backward(parameters, sample);
        var (weights, point) = (WeightMatrices.FromScalars(parameters), VectorSample.FromScalars(sample));
        return Nodes.Inputs.Select(node => Row(node, g.For(node), weights, point, step)).ToArray();
    }

    private static GradCheckRow Row(Node node, double analytic, WeightMatrices w, VectorSample s, double? step)
    {
        var (entry, v) = (Network.EntryOf(node), Variant.Exercise);
        var h = step ?? EntryDifference.StepAt(entry, w, s, v);
        var central = EntryDifference.Of(entry, w, s, v, Stencil.Central, h);
        var (left, right) = (EntryDifference.Of(entry, w, s, v, Stencil.Backward, h), EntryDifference.Of(entry, w, s, v, Stencil.Forward, h));
        var (error, slack) = (RelativeError.Of(analytic, central.Value), left.RoundingBound + right.RoundingBound);
        var verdict = KinkVerdict.Of(left, right) switch
        {
            KinkVerdict.NonDifferentiable kink => kink.Slopes.Contains(analytic, slack) ? CheckVerdict.Kink : CheckVerdict.Mismatch,
            // Agreement to 1e-6, or within rounding: the central difference's own, or the one-sided differences' (slopes
            // that agree within their slack are within half of it of their mean, the central difference).
            _ => error <= Tolerance || Math.Abs(analytic - central.Value) <= Math.Max(central.RoundingBound, slack / 2)
                ? CheckVerdict.Ok
                : CheckVerdict.Mismatch,
        };
        var exact = EntryExactDerivative.Slopes(entry, w, s, v);
        return new GradCheckRow(node, analytic, central, exact.Right, exact.Left != exact.Right, left, right, error, verdict);
    }
}
