using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using SkipNet.Analytic;
using SkipNet.Points;
using SkipNet.Reference;

namespace SkipNet.Properties;

/// <summary>The batched kernel is the mean of the scalar analytic gradients, kinks included.</summary>
public sealed class BatchGradientProperties
{
    /// <summary>
    /// Parameters (a quarter of them on a kink: w0 = 0 or w1 = 0 among others) and 1 to 4·lanes + 3 samples, so that
    /// whole vectors and a partial last one both occur; one sample in three has x = 0 (z0 = 0) or y = ŷ (L's kink).
    /// </summary>
    private static readonly Arbitrary<(Parameters Parameters, Sample[] Samples)> Batches = Arb.From(
        from point in Generators.AnyPoint.Generator
        from count in Gen.Choose(1, 4 * Vector<double>.Count + 3)
        from samples in Gen.ArrayOf(SampleFor(point.Parameters), count)
        select (point.Parameters, samples));

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property MeanGradient_EqualsTheMeanOfScalarGradients_ToSummationRounding() =>
        Prop.ForAll(Batches, batch =>
        {
            var (p, samples) = batch;
            var mean = BatchGradient.MeanOf(p, [.. samples.Select(s => s.X)], [.. samples.Select(s => s.Y)]);
            var scalars = samples.Select(s => (Loss: Network.Forward(p, s).Loss, Gradient: WidthOne.Backward(p, s).ForWeights)).ToList();
            bool Agrees(double batched, Func<(double Loss, Parameters Gradient), double> term)
            {
                // Each sum of n terms is off by at most (n − 1)·u·Σ|t| in any order, each division by n by u relative.
                var terms = scalars.Select(term).ToList();
                var n = terms.Count;
                var bound = (2 * n + 2) * Tolerance.UnitRoundoff * terms.Sum(Math.Abs) / n;
                return Math.Abs(batched - terms.Sum() / n) <= bound;
            }

            var disagreeing = new (string Name, bool Agrees)[]
            {
                ("loss", Agrees(mean.Loss, s => s.Loss)),
                ("∂L/∂w0", Agrees(mean.DLdW0, s => s.Gradient.W0)),
                ("∂L/∂w1", Agrees(mean.DLdW1, s => s.Gradient.W1)),
                ("∂L/∂w2", Agrees(mean.DLdW2, s => s.Gradient.W2)),
                ("∂L/∂w3", Agrees(mean.DLdW3, s => s.Gradient.W3)),
            }.Where(x => !x.Agrees).Select(x => x.Name).ToList();
            return (disagreeing.Count == 0).Label($"{samples.Length} samples; disagree: {string.Join(", ", disagreeing)}");
        });

    [PropertyCheck(MutationCases = MutationRun.ModelCases)]
    public Property MeanGradient_OfOneSample_IsTheScalarGradientExactly() =>
        Prop.ForAll(Generators.AnyPoint, point =>
        {
            var mean = BatchGradient.MeanOf(point.Parameters, [point.X], [point.Y]);
            return mean.Loss == point.Trace.Loss && mean.ForWeights == WidthOne.Backward(point.Parameters, point.Sample).ForWeights;
        });

    // A sample at the parameters: any, on z0's kink (x = 0), or on L's kink (y = ŷ).
    private static Gen<Sample> SampleFor(Parameters parameters) =>
        from point in Generators.AnyPointGen
        from kind in Gen.Choose(0, 2)
        select kind switch
        {
            0 => point.Sample,
            1 => point.Sample with { X = 0 },
            _ => point.Sample with { Y = Network.Forward(parameters, point.Sample).YHat },
        };
}
