using FsCheck;
using FsCheck.Fluent;
using SkipNet.Points.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>
/// The vectorised rounding bound holds: for every piecewise-linear variant, L computed in double is within
/// <see cref="WideRoundingScale.LossError"/> of L computed exactly in binary fractions, at the point and at a probed
/// one; and the bound is not vacuous: within a few hundred ulps of the terms' magnitude.
/// </summary>
public sealed class RoundingScaleProperties
{
    public static Arbitrary<WidePoint> PiecewiseLinearPoint { get; } = WideGenerators.AnyPoint
        .Filter(p => p.Variant.Activation.Kind is ActivationKind.Relu or ActivationKind.LeakyRelu or ActivationKind.Identity);

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property LossError_BoundsTheDistanceToTheExactLoss() =>
        Prop.ForAll(PiecewiseLinearPoint, point =>
        {
            var value = point.Weights.W0[0, 0];
            var probes = new[]
            {
                new EntryProbe(new Entry(Node.YHat, 0), point.Trace.YHat[0], 0),
                new EntryProbe(new Entry(Node.W0, 0, 0), value + CentralDifference.StepAt(value), 0),
            };
            return probes.All(probe =>
            {
                var computed = WideNetwork.Forward(point.Weights, point.Sample, point.Variant, probe).Loss;
                var exact = ExactLoss(probe.Entry.Node == Node.W0 ? point.Weights.With(Node.W0, 0, 0, probe.Value) : point.Weights, point.Sample, point.Variant);
                var error = (Dyadic.Of(computed) - exact).Abs().ToDouble();
                return error <= WideRoundingScale.LossError(point.Weights, point.Sample, point.Variant, probe);
            });
        });

    // L = Σ ℓ(y − ŷ) of the network, every operation exact.
    private static Dyadic ExactLoss(WeightMatrices w, VectorSample s, Variant variant)
    {
        Dyadic[] Times(MathNet.Numerics.LinearAlgebra.Matrix<double> m, Dyadic[] v) =>
            Enumerable.Range(0, m.RowCount)
                .Select(i => Enumerable.Range(0, m.ColumnCount).Aggregate(Dyadic.Zero, (sum, j) => sum + Dyadic.Of(m[i, j]) * v[j]))
                .ToArray();
        var slope = Dyadic.Of(variant.Activation.Kind == ActivationKind.LeakyRelu ? variant.Activation.Slope : 0);
        Dyadic[] F(Dyadic[] z) => variant.Activation.Kind == ActivationKind.Identity
            ? z
            : z.Select(zi => zi.Sign > 0 ? zi : slope * zi).ToArray();

        var h0 = F(Times(w.W0, s.X.Select(Dyadic.Of).ToArray()));
        var h1 = F(Times(w.W1, h0));
        var yHat = Times(w.W2, h1).Zip(Times(w.W3, h0), (a, b) => a + b).ToArray();
        var delta = Dyadic.Of(variant.Loss.Delta);
        var half = Dyadic.Of(0.5);
        return s.Y.Select(Dyadic.Of).Zip(yHat, (y, p) => (y - p).Abs()).Aggregate(Dyadic.Zero, (sum, r) => sum + variant.Loss.Kind switch
        {
            LossKind.L1 => r,
            LossKind.Squared => r * r,
            _ => r.CompareTo(delta) <= 0 ? half * r * r : delta * (r - half * delta),
        });
    }
}
