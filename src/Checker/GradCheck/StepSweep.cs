using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.GradCheck;

/// <summary>One method's relative error against the analytic gradient at each step.</summary>
public sealed record SweepSeries(string Method, IReadOnlyList<double> Errors)
{
    /// <summary>The index of the step with the smallest error (the first, on ties).</summary>
    public int Best => Errors.Select((e, i) => (e, i)).MinBy(x => x.e).i;
}

/// <summary>The relative error of each method at each step h = 1e-1 … 1e-16, along one input.</summary>
public sealed record StepSweep(Node Node, double Analytic, IReadOnlyList<double> Steps, IReadOnlyList<SweepSeries> Series)
{
    /// <summary>h = 10⁻¹ down to 10⁻¹⁶.</summary>
    public static IReadOnlyList<double> DefaultSteps { get; } = Enumerable.Range(1, 16).Select(k => Math.Pow(10, -k)).ToArray();

    public static StepSweep Of(Node node, Parameters parameters, Sample sample)
    {
        var analytic = WidthOne.Backward(parameters, sample).For(node);
        var (entry, w, s, v) = (Network.EntryOf(node), WeightMatrices.FromScalars(parameters), VectorSample.FromScalars(sample), Variant.Exercise);
        SweepSeries Differences(string method, Stencil stencil) => new(method, DefaultSteps
            .Select(h => RelativeError.Of(analytic, EntryDifference.Of(entry, w, s, v, stencil, h).Value))
            .ToArray());

        var exact = RelativeError.Of(analytic, EntryExactDerivative.Slopes(entry, w, s, v).Right);
        return new StepSweep(node, analytic, DefaultSteps,
        [
            Differences("forward", Stencil.Forward),
            Differences("central", Stencil.Central),
            Differences("five-point", Stencil.FivePoint),
            new SweepSeries("exact (dual numbers)", DefaultSteps.Select(_ => exact).ToArray()),
        ]);
    }
}
