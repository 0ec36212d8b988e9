using FsCheck;
using FsCheck.Fluent;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;

using SkipNet.Points;

namespace SkipNet.Properties;

/// <summary>The three oracles of src/Reference agree with each other where they should, and disagree where L has a kink.</summary>
public sealed class ReferenceOracleProperties
{
    [PropertyCheck]
    public Property CentralDifference_AgreesWithExactDerivative_AwayFromKinks() =>
        Prop.ForAll(Generators.SmoothPoint, point => AllNodes(node =>
        {
            var difference = CentralDifference.Of(node, point.Parameters, point.Sample);
            var exact = ExactDerivative.Of(node, point.Parameters, point.Sample);
            return Math.Abs(difference.Value - exact) <= difference.RoundingBound;
        }));

    [PropertyCheck]
    public Property FivePointDifference_AgreesWithExactDerivative_AwayFromKinks() =>
        Prop.ForAll(Generators.SmoothPoint, point => AllNodes(node =>
        {
            var step = CentralDifference.StepAt(Network.ValueAt(node, point.Parameters, point.Sample));
            var difference = DifferenceQuotient.Of(node, point.Parameters, point.Sample, Stencil.FivePoint, step);
            var exact = ExactDerivative.Of(node, point.Parameters, point.Sample);
            return Math.Abs(difference.Value - exact) <= difference.RoundingBound;
        }));

    [PropertyCheck]
    public Property ExactSlopes_AreEqual_AwayFromKinks() =>
        Prop.ForAll(Generators.SmoothPoint, point => AllNodes(node =>
        {
            var slopes = ExactDerivative.Slopes(node, point.Parameters, point.Sample);
            return slopes.Left == slopes.Right;
        }));

    [PropertyCheck]
    public Property KinkVerdict_IsDifferentiableWithTheExactSlope_AwayFromKinks() =>
        Prop.ForAll(Generators.SmoothPoint, point => AllNodes(node =>
        {
            var exact = ExactDerivative.Of(node, point.Parameters, point.Sample);
            var (left, right) = OneSidedDifference.Of(node, point.Parameters, point.Sample);
            return KinkVerdict.Of(node, point.Parameters, point.Sample) is KinkVerdict.Differentiable verdict
                && Math.Abs(verdict.Slope - exact) <= Math.Max(left.RoundingBound, right.RoundingBound);
        }));

    [PropertyCheck]
    public Property KinkVerdict_NamesTheExactInterval_WhereExactSlopesDiffer() =>
        Prop.ForAll(Generators.KinkPoint, point => AllNodes(node =>
        {
            var exact = ExactDerivative.Slopes(node, point.Parameters, point.Sample);
            var (left, right) = OneSidedDifference.Of(node, point.Parameters, point.Sample);
            var bound = left.RoundingBound + right.RoundingBound;
            var verdict = KinkVerdict.Of(node, point.Parameters, point.Sample);
            return !Kinks.HasNoOtherKinkNear(node, point)
                || Math.Abs(exact.Right - exact.Left) <= 2 * bound
                || (verdict is KinkVerdict.NonDifferentiable kink
                    && Math.Abs(kink.Slopes.Left - exact.Left) <= left.RoundingBound
                    && Math.Abs(kink.Slopes.Right - exact.Right) <= right.RoundingBound);
        }));

    [PropertyCheck]
    public Property KinkVerdict_IsDifferentiable_WhereExactSlopesAgree() =>
        Prop.ForAll(Generators.KinkPoint, point => AllNodes(node =>
        {
            var exact = ExactDerivative.Slopes(node, point.Parameters, point.Sample);
            return exact.Left != exact.Right
                || !Kinks.HasNoOtherKinkNear(node, point)
                || KinkVerdict.Of(node, point.Parameters, point.Sample) is KinkVerdict.Differentiable;
        }));

    private static Property AllNodes(Func<Node, bool> holds)
    {
        var failing = Kinks.AllNodes.Where(node => !holds(node)).ToList();
        return (failing.Count == 0).Label("fails along " + string.Join(", ", failing));
    }
}
