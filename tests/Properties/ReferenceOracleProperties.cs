using FsCheck;
using FsCheck.Fluent;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties;

/// <summary>
/// The oracles of src/Reference agree with each other where they should, and disagree where L has a kink: at the
/// exercise's points (widths 1,1,1,1, ReLU, L1), where the generators place kinks exactly.
/// </summary>
public sealed class ReferenceOracleProperties
{
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property CentralDifference_AgreesWithExactDerivative_AwayFromKinks() =>
        Prop.ForAll(Generators.SmoothPoint, point => AllNodes(node =>
        {
            var difference = Difference(node, point, Stencil.Central);
            return Math.Abs(difference.Value - Exact(node, point).Right) <= difference.RoundingBound;
        }));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property FivePointDifference_AgreesWithExactDerivative_AwayFromKinks() =>
        Prop.ForAll(Generators.SmoothPoint, point => AllNodes(node =>
        {
            var difference = Difference(node, point, Stencil.FivePoint);
            return Math.Abs(difference.Value - Exact(node, point).Right) <= difference.RoundingBound;
        }));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property ExactSlopes_AreEqual_AwayFromKinks() =>
        Prop.ForAll(Generators.SmoothPoint, point => AllNodes(node =>
        {
            var slopes = Exact(node, point);
            return slopes.Left == slopes.Right;
        }));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property KinkVerdict_IsDifferentiableWithTheExactSlope_AwayFromKinks() =>
        Prop.ForAll(Generators.SmoothPoint, point => AllNodes(node =>
        {
            var (left, right) = (Difference(node, point, Stencil.Backward), Difference(node, point, Stencil.Forward));
            return KinkVerdict.Of(left, right) is KinkVerdict.Differentiable verdict
                && Math.Abs(verdict.Slope - Exact(node, point).Right) <= Math.Max(left.RoundingBound, right.RoundingBound);
        }));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property KinkVerdict_NamesTheExactInterval_WhereExactSlopesDiffer() =>
        Prop.ForAll(Generators.KinkPoint, point => AllNodes(node =>
        {
            var exact = Exact(node, point);
            var (left, right) = (Difference(node, point, Stencil.Backward), Difference(node, point, Stencil.Forward));
            var bound = left.RoundingBound + right.RoundingBound;
            return !Kinks.HasNoOtherKinkNear(node, point)
                || Math.Abs(exact.Right - exact.Left) <= 2 * bound
                || (KinkVerdict.Of(left, right) is KinkVerdict.NonDifferentiable kink
                    && Math.Abs(kink.Slopes.Left - exact.Left) <= left.RoundingBound
                    && Math.Abs(kink.Slopes.Right - exact.Right) <= right.RoundingBound);
        }));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property KinkVerdict_IsDifferentiable_WhereExactSlopesAgree() =>
        Prop.ForAll(Generators.KinkPoint, point => AllNodes(node =>
        {
            var exact = Exact(node, point);
            return exact.Left != exact.Right
                || !Kinks.HasNoOtherKinkNear(node, point)
                || KinkVerdict.Of(Difference(node, point, Stencil.Backward), Difference(node, point, Stencil.Forward)) is KinkVerdict.Differentiable;
        }));

    // The exercise's point as the model's oracles take it: the node's entry of the network at widths 1,1,1,1.
    private static (Entry Entry, WeightMatrices Weights, VectorSample Sample) Model(Node node, Point point) =>
        (new Entry(node, 0), WeightMatrices.FromScalars(point.Parameters), VectorSample.FromScalars(point.Sample));

    // The difference with the oracles' step ∛ε·(1 + |v|).
    private static FiniteDifference Difference(Node node, Point point, Stencil stencil)
    {
        var (entry, weights, sample) = Model(node, point);
        var step = EntryDifference.StepAt(entry, weights, sample, Variant.Exercise);
        return EntryDifference.Of(entry, weights, sample, Variant.Exercise, stencil, step);
    }

    private static OneSidedSlopes Exact(Node node, Point point)
    {
        var (entry, weights, sample) = Model(node, point);
        return EntryExactDerivative.Slopes(entry, weights, sample, Variant.Exercise);
    }

    private static Property AllNodes(Func<Node, bool> holds)
    {
        var failing = Nodes.All.Where(node => !holds(node)).ToList();
        return (failing.Count == 0).Label("fails along " + string.Join(", ", failing));
    }
}
