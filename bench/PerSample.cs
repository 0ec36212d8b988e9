using BenchmarkDotNet.Attributes;
using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Bench;

/// <summary>
/// One point's cost: the forward pass, the analytic gradient, and each oracle over the whole gradient (w0..w3 and x,
/// five derivatives, which is what the analytic pass gives in one go). At the worked example, where L is smooth.
/// </summary>
[MemoryDiagnoser]
public class PerSample
{
    // Settable, so the JIT cannot treat the point as a constant and fold the forward pass away.
    public Parameters Weights { get; set; } = Parameters.WorkedExample;

    public Sample Point { get; set; } = Sample.WorkedExample;

    [Benchmark(Baseline = true)]
    public double ForwardPass() => Network.Forward(Weights, Point).Loss;

    [Benchmark]
    public Gradients AnalyticGradient() => WidthOne.Backward(Weights, Point);

    [Benchmark]
    public double CentralDifferenceOracle()
    {
        var sum = 0.0;
        foreach (var node in Nodes.Inputs)
        {
            sum += Difference(node, Stencil.Central).Value;
        }

        return sum;
    }

    [Benchmark]
    public double OneSidedPairOracle()
    {
        var sum = 0.0;
        foreach (var node in Nodes.Inputs)
        {
            sum += Difference(node, Stencil.Backward).Value + Difference(node, Stencil.Forward).Value;
        }

        return sum;
    }

    [Benchmark]
    public double ExactOracle()
    {
        var sum = 0.0;
        foreach (var node in Nodes.Inputs)
        {
            sum += EntryExactDerivative.Slopes(node, Weights, Point, Variant.Exercise).Right;
        }

        return sum;
    }

    // The model's difference at widths 1,1,1,1 with the oracles' step ∛ε·(1 + |v|).
    private FiniteDifference Difference(Node node, Stencil stencil)
    {
        var (entry, weights, sample) = (Network.EntryOf(node), WeightMatrices.FromScalars(Weights), VectorSample.FromScalars(Point));
        var step = EntryDifference.StepAt(entry, weights, sample, Variant.Exercise);
        return EntryDifference.Of(entry, weights, sample, Variant.Exercise, stencil, step);
    }
}
