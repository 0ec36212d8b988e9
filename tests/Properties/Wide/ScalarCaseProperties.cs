using FsCheck;
using FsCheck.Fluent;
using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Points;
using SkipNet.Points.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>
/// With n = a = b = m = 1 the model is the scalar exercise: <see cref="Network"/> and <see cref="WidthOne"/> read its
/// every value and gradient for every variant, and with ReLU and L1 its slopes are a subgradient where kinks stack.
/// </summary>
public sealed class ScalarCaseProperties
{
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property NetworkForward_ReadsEveryValueOfTheModel() =>
        Prop.ForAll(WideGenerators.WidthOnePoint, point =>
        {
            var exercise = Point.AtWidthOne(point);
            var (wide, scalar) = (point.Trace, Network.Forward(exercise.Parameters, exercise.Sample, point.Variant));
            return (wide.Z0[0], wide.H0[0], wide.Z1[0], wide.H1[0], wide.Z2[0], wide.YHat[0], wide.Loss)
                   == (scalar.Z0, scalar.H0, scalar.Z1, scalar.H1, scalar.Z2, scalar.YHat, scalar.Loss);
        });

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property WidthOneBackward_ReadsEveryGradientOfTheModel() =>
        Prop.ForAll(WideGenerators.WidthOnePoint, Arb.From(Gen.Elements([KinkSides.PyTorch, .. KinkSides.Corners])), (point, sides) =>
        {
            var model = Backprop.Of(point.Weights, point.Sample, point.Variant, sides);
            var exercise = Point.AtWidthOne(point);
            var scalar = WidthOne.Backward(exercise.Parameters, exercise.Sample, point.Variant, sides);
            var differing = Nodes.All.Where(node => model.For(new Entry(node, 0)) != scalar.For(node)).ToList();
            return (differing.Count == 0).Label(string.Join(", ", differing.Select(node => $"∂L/∂{node}: {model.For(new Entry(node, 0)):R} vs {scalar.For(node):R}")));
        });

    /// <summary>
    /// The sides over the places on a kink (PyTorch's first, 2ᵏ corners for k places on a kink) give the gradients
    /// every corner gives: elsewhere every side has the same slope.
    /// </summary>
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property KinkSidesOn_TheKinkedPlaces_GiveEveryCornersGradients() =>
        Prop.ForAll(WideGenerators.WidthOnePoint, point =>
        {
            var (t, f, loss) = (point.Trace, point.Variant.Activation, point.Variant.Loss);
            bool[] onKink = [f.HasKink && t.Z0[0] == 0, f.HasKink && t.Z1[0] == 0, loss.HasKink && t.YHat[0] == point.Sample.Y[0]];
            var on = KinkSides.On(onKink[0], onKink[1], onKink[2]);
            Gradients Under(KinkSides sides) => WidthOne.Scalar(Backprop.Of(point.Weights, point.Sample, point.Variant, sides));
            var every = KinkSides.Corners.Prepend(KinkSides.PyTorch).Select(Under).ToHashSet();
            var count = onKink.Any(k => k) ? 1 + (1 << onKink.Count(k => k)) : 1;
            return (on[0] == KinkSides.PyTorch && on.Count == count && on.Select(Under).ToHashSet().SetEquals(every))
                .Label($"on kinks {string.Join(",", onKink)}: {on.Count} sides");
        });

    /// <summary>
    /// In the exercise PyTorch's slopes give a true subgradient on every kink, stacked ones included (z0 = 0 forces
    /// z1 = 0): every gradient lies between the exact one-sided slopes of L along its entry. With wider layers this
    /// need not hold (docs/oracles.md), so the battery asks it at one kink only.
    /// </summary>
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property Backprop_OnTheExercisesKinks_GivesASubgradient() =>
        Prop.ForAll(WideGenerators.ScalarExercisePoint, point =>
        {
            var (g, slack) = (Backprop.Of(point.Weights, point.Sample, point.Variant), Tolerance.ChainRuleSlack(point));
            var outside = Nodes.All.Select(node => new Entry(node, 0))
                .Select(e => (e, claimed: g.For(e), exact: EntryExactDerivative.Slopes(e, point.Weights, point.Sample, point.Variant)))
                .Where(o => !o.exact.Contains(o.claimed, slack(o.e)))
                .Select(o => $"∂L/∂{o.e} = {o.claimed:R} outside [{o.exact.Low:R}, {o.exact.High:R}]").ToList();
            return (outside.Count == 0).Label(string.Join("; ", outside));
        });

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property BatchOfOne_IsTheBatchKernelsMean() =>
        Prop.ForAll(WideGenerators.ScalarExercisePoint, point =>
        {
            var (wide, scalar) = (WideBatchGradient.MeanOf(point.Weights, [point.Sample], point.Variant),
                                  BatchGradient.MeanOf(Point.AtWidthOne(point).Parameters, [point.Sample.X[0]], [point.Sample.Y[0]]));
            return (wide.Loss, wide.Gradient.W0[0, 0], wide.Gradient.W1[0, 0], wide.Gradient.W2[0, 0], wide.Gradient.W3[0, 0])
                   == (scalar.Loss, scalar.DLdW0, scalar.DLdW1, scalar.DLdW2, scalar.DLdW3);
        });
}
