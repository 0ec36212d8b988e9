using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using SkipNet.Analytic;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties;

/// <summary>
/// The lane-wise (SIMD) forms of the backward pass and the oracles equal the exercise's, exactly, in every lane, kinks
/// included: the model at widths 1,1,1,1 is the specification, the lanes are only faster.
/// </summary>
public sealed class LaneProperties
{
    private static readonly int Width = Vector<double>.Count;

    /// <summary>The nodes lanes differentiate along, named here independently of <see cref="Nodes.Inputs"/>.</summary>
    private static readonly Node[] Inputs = [Node.W0, Node.W1, Node.W2, Node.W3, Node.X];

    /// <summary>One point per lane, from every kind of point (a quarter on kinks).</summary>
    private static readonly Arbitrary<Point[]> PointsForLanes = Arb.From(Gen.ArrayOf(Generators.AnyPoint.Generator, Width));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property BackpropLanes_EqualTheExercisesGradients_InEveryLane() =>
        Prop.ForAll(PointsForLanes, points =>
        {
            var at = Lanes(points);
            var lanes = BackpropLanes.Of(at.W0, at.W1, at.W2, at.W3, at.X, at.Y);
            return EveryLane(points, (point, lane) =>
            {
                var model = WidthOne.Backward(point.Parameters, point.Sample);
                return lanes.Loss[lane] == point.Trace.Loss
                    && Inputs.All(node => lanes.For(node)[lane] == model.For(node));
            });
        });

    [PropertyCheck]
    public Property ExactSlopeLanes_EqualTheModelsExactSlopes_InEveryLane() =>
        Prop.ForAll(PointsForLanes, points =>
        {
            var at = Lanes(points);
            return EveryLane(points, (point, lane) => Inputs.All(node =>
            {
                var (left, right) = ExactSlopeLanes.Slopes(node, at);
                var scalar = EntryExactDerivative.Slopes(node, point.Parameters, point.Sample, Variant.Exercise);
                return left[lane] == scalar.Left && right[lane] == scalar.Right
                    && ExactSlopeLanes.DerivativeMagnitude(node, at)[lane]
                        == RoundingScale.DerivativeMagnitude(node, point.Parameters, point.Sample);
            }));
        });

    /// <summary>
    /// The kernel's pass is the model's at widths 1,1,1,1, to the bit, in every lane: with one input's tangent seeded
    /// to t, ŷ, L and dL/dt (<see cref="Network.TangentsAlong"/>), and the lanes marked as decided by a tangent are
    /// exactly those where z0, z1 or y − ŷ is zero with a nonzero tangent.
    /// </summary>
    [PropertyCheck]
    public Property NetworkLanes_AreTheModelsPass_InEveryLane() =>
        Prop.ForAll(PointsForLanes, Arb.From(Gen.Elements(Inputs)), Arb.From(Gen.ArrayOf(Generators.ExerciseNumber, Width)), (points, node, tangents) =>
        {
            var at = Lanes(points);
            var lanes = NetworkLanes.Loss(
                Seeded(Node.W0, at.W0), Seeded(Node.W1, at.W1), Seeded(Node.W2, at.W2), Seeded(Node.W3, at.W3), Seeded(Node.X, at.X),
                DualLanes.Constant(at.Y), out var decided);
            return EveryLane(points, (point, lane) =>
            {
                var (t, d) = (point.Trace, Network.TangentsAlong(node, tangents[lane], point.Parameters, point.Sample));
                static bool Decides(double value, double tangent) => value == 0 && tangent != 0;
                return lanes.Value[lane] == t.Loss && lanes.Tangent[lane] == d.Loss && NetworkLanes.YHat(at)[lane] == t.YHat
                    && decided[lane] != 0 == (Decides(t.Z0, d.Z0) || Decides(t.Z1, d.Z1) || Decides(point.Y - t.YHat, -d.YHat));
            });

            DualLanes Seeded(Node each, Vector<double> value) =>
                new(value, each == node ? new Vector<double>(tangents) : Vector<double>.Zero);
        });

    [Fact]
    public void Inputs_AreTheWeightsAndX() => Assert.Equal(Inputs, Nodes.Inputs);

    /// <summary>
    /// Each lane's central difference is the model's at widths 1,1,1,1 to the bit; its bound is the exercise's
    /// <see cref="RoundingScale"/> bound over the stencil's reach; and its verdict is <see cref="KinkVerdict.Of"/> on
    /// the model's one-sided differences carrying that bound.
    /// </summary>
    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property DifferenceLanes_AreTheModelsDifferencesWithTheLanesBound_InEveryLane() =>
        Prop.ForAll(PointsForLanes, points =>
        {
            var at = Lanes(points);
            return EveryLane(points, (point, lane) => Inputs.All(node =>
            {
                var (central, bound, nearKink) = DifferenceLanes.Of(node, at);
                var (p, s) = (point.Parameters, point.Sample);
                var (entry, w, x) = (new Entry(node, 0), WeightMatrices.FromScalars(p), VectorSample.FromScalars(s));
                var h = CentralDifference.StepAt(Network.ValueAt(node, p, s));
                FiniteDifference Model(Stencil stencil) =>
                    EntryDifference.Of(entry, w, x, Variant.Exercise, stencil, h) with { RoundingBound = bound[lane] };
                return central[lane] == Model(Stencil.Central).Value
                    && bound[lane] == RoundingScale.DifferenceQuotientBound(RoundingScale.LossMagnitude(node, h, p, s), h)
                    && nearKink[lane] != 0 == KinkVerdict.Of(Model(Stencil.Backward), Model(Stencil.Forward)) is KinkVerdict.NonDifferentiable;
            }));
        });

    internal static PointLanes Lanes(IReadOnlyList<Point> points)
    {
        double[] Column(Func<Point, double> coordinate) => [.. points.Select(coordinate)];
        return new PointLanes(
            new Vector<double>(Column(p => p.Parameters.W0)), new Vector<double>(Column(p => p.Parameters.W1)),
            new Vector<double>(Column(p => p.Parameters.W2)), new Vector<double>(Column(p => p.Parameters.W3)),
            new Vector<double>(Column(p => p.X)), new Vector<double>(Column(p => p.Y)));
    }

    private static Property EveryLane(Point[] points, Func<Point, int, bool> holds)
    {
        var failing = Enumerable.Range(0, points.Length).Where(lane => !holds(points[lane], lane)).ToList();
        return (failing.Count == 0).Label("fails in lane(s) " + string.Join(", ", failing));
    }
}
