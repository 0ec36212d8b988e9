using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SkipNet.Analytic;
using SkipNet.Points;
using SkipNet.Reference;

namespace SkipNet.Bench;

/// <summary>
/// The mean loss and gradient over N samples held as two arrays (all x, all y), against two baselines: the naive
/// loop (the scalar forward pass and gradient per sample, summed) and the memory-bandwidth floor (one vectorised
/// pass that only reads both arrays and sums them). All single-threaded. Two jobs: Vector&lt;double&gt; at the runtime's
/// default width (256 bits, 4 lanes) and at 512 bits (8 lanes, DOTNET_MaxVectorTBitWidth=512, on AVX-512 machines).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(VectorWidths))]
public class Batch
{
    // Weights with both units alive for about half the samples, so both ReLU branches and L's sign both vary.
    private static readonly Parameters Weights = new(0.75, -1.25, 0.5, 2);

    private double[] _xs = [];
    private double[] _ys = [];

    [Params(1_000, 100_000, 10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_xs, _ys) = (new double[N], new double[N]);
        for (var i = 0; i < N; i++)
        {
            var point = SeededPoints.At(seed: 6, i);
            (_xs[i], _ys[i]) = (point.X, point.Y);
        }
    }

    [Benchmark(Baseline = true)]
    public double BandwidthFloor()
    {
        ReadOnlySpan<double> xs = _xs, ys = _ys;
        var sum = Vector<double>.Zero;
        var width = Vector<double>.Count;
        var i = 0;
        for (; i <= xs.Length - width; i += width)
        {
            sum += new Vector<double>(xs[i..]) + new Vector<double>(ys[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < xs.Length; i++)
        {
            total += xs[i] + ys[i];
        }

        return total;
    }

    [Benchmark]
    public MeanGradient BatchedKernel() => BatchGradient.MeanOf(Weights, _xs, _ys);

    [Benchmark]
    public MeanGradient NaiveLoop()
    {
        var (loss, w0, w1, w2, w3) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for (var i = 0; i < _xs.Length; i++)
        {
            var sample = new Sample(_xs[i], _ys[i]);
            var gradient = WidthOne.Backward(Weights, sample);
            (loss, w0, w1, w2, w3) = (loss + Network.Forward(Weights, sample).Loss, w0 + gradient.DLdW0,
                                      w1 + gradient.DLdW1, w2 + gradient.DLdW2, w3 + gradient.DLdW3);
        }

        var n = (double)_xs.Length;
        return new MeanGradient(loss / n, w0 / n, w1 / n, w2 / n, w3 / n);
    }
}

/// <summary>The same code at two widths of Vector&lt;double&gt;: the width is fixed when the runtime starts.</summary>
public sealed class VectorWidths : ManualConfig
{
    public VectorWidths()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Vector 256-bit"));
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Vector 512-bit")
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_MaxVectorTBitWidth", "512")));
    }
}
