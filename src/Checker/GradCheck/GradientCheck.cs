using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;

namespace SkipNet.Checker.GradCheck;

/// <summary>
/// A gradient check at a point: the analytic gradient of each of w0..w3 and x against the central difference, the
/// exact dual-number derivative and the one-sided differences, with the kink verdict deciding what "agree" means.
/// </summary>
public static class GradientCheck
{
    /// <summary>The agreement asked of the analytic gradient and the central difference, relative.</summary>
    public const double Tolerance = 1e-6;

    public static IReadOnlyList<Node> Variables { get; } = [Node.W0, Node.W1, Node.W2, Node.W3, Node.X];

    /// <summary>Every variable's row; <paramref name="step"/> null uses each oracle's own step, ∛ε·(1 + |v|).</summary>
    public static IReadOnlyList<GradCheckRow> At(Parameters parameters, Sample sample, double? step)
    {
        var g = WidthOne.Backward(parameters, sample);
        return Variables.Select(node => Row(node, g.For(node), parameters, sample, step)).ToArray();
    }

    private static GradCheckRow Row(Node node, double analytic, Parameters p, Sample s, double? step)
    {
        var h = step ?? CentralDifference.StepAt(Network.ValueAt(node, p, s));
        var central = DifferenceQuotient.Of(node, p, s, Stencil.Central, h);
        var (left, right) = OneSidedDifference.Of(node, p, s, h);
        var error = RelativeError.Of(analytic, central.Value);
        var verdict = KinkVerdict.Of(node, p, s, h) switch
        {
            KinkVerdict.NonDifferentiable kink =>
                kink.Slopes.Contains(analytic, left.RoundingBound + right.RoundingBound) ? CheckVerdict.Kink : CheckVerdict.Mismatch,
            // Agreement to 1e-6, or within the rounding the central difference itself can carry.
            _ => error <= Tolerance || Math.Abs(analytic - central.Value) <= central.RoundingBound ? CheckVerdict.Ok : CheckVerdict.Mismatch,
        };
        var exact = ExactDerivative.Slopes(node, p, s);
        return new GradCheckRow(node, analytic, central, exact.Right, exact.Left != exact.Right, left, right, error, verdict);
    }
}
