using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// How far rounding can move one evaluation of the vectorised network's L: a running (first-order) error analysis
/// that carries, beside each value of the forward pass, a bound on its absolute error. The generalisation of
/// <see cref="RoundingScale"/>'s M to any width, activation and loss.
/// </summary>
/// <remarks>
/// Each rule is the textbook one (Higham, Accuracy and Stability of Numerical Algorithms, §3.1):
/// <list type="bullet">
/// <item>inputs and every node's value carry ε·|value|, for the rounding that produced them (a probe's v + k·h included);</item>
/// <item>a matrix-vector product W·v over k terms adds (k + 1)·ε·|W|·|v|, and propagates |W|·e_v + e_W·|v|;</item>
/// <item>an activation propagates its Lipschitz constant times its input's error and adds its own evaluation error:
/// none for ReLU and identity, ε·|h| for leaky ReLU's product, 4ε·(|h| + 1) for tanh, σ and softplus (.NET's exp, log
/// and tanh are within an ulp or two; the + 1 covers softplus's and σ's absolute error where the value underflows);</item>
/// <item>a loss propagates its Lipschitz constant on the error interval (1 for L1, 2|r| + e for r², δ for Huber) and adds
/// 3ε·|ℓ| for its own arithmetic; the sum over m outputs adds m·ε·Σ|ℓ|.</item>
/// </list>
/// Products of two errors are second order; <see cref="SecondOrderMargin"/> covers them while every error is small
/// against its value, which at double precision it is.
/// </remarks>
public static class WideRoundingScale
{
    /// <summary>The factor over the first-order bound that covers the second-order terms.</summary>
    public const double SecondOrderMargin = 2;

    /// <summary>Unit roundoff of double: 2⁻⁵³.</summary>
    private static readonly double UnitRoundoff = Precision.DoublePrecision;

    /// <summary>A bound on |computed L − L| for the forward pass with the probe applied.</summary>
    public static double LossError(WeightMatrices weights, VectorSample sample, Variant variant, EntryProbe probe) =>
        LossError(weights, sample, variant, probe, WideNetwork.Forward(weights, sample, variant, probe));

    /// <summary><see cref="LossError(WeightMatrices, VectorSample, Variant, EntryProbe)"/> from that probe's forward pass, already run.</summary>
    internal static double LossError(WeightMatrices weights, VectorSample sample, Variant variant, EntryProbe probe, WideTrace t)
    {
        var w = probe.Entry.Node is Node.W0 or Node.W1 or Node.W2 or Node.W3
            ? weights.With(probe.Entry.Node, probe.Entry.Row, probe.Entry.Column, probe.Value)
            : weights;
        var x = probe.Entry.Node == Node.X ? With(sample.X, probe.Entry.Row, probe.Value) : sample.X;
        var e = NodeErrors(w, new VectorSample(x, sample.Y), variant, t);

        var (error, magnitude) = (0.0, 0.0);
        for (var k = 0; k < sample.Y.Count; k++)
        {
            var (r, eR) = (sample.Y[k] - t.YHat[k], e.Residual[k]);
            var value = Math.Abs(variant.Loss.Value(r));
            error += LossLipschitz(variant.Loss, Math.Abs(r), eR) * eR + 3 * UnitRoundoff * value;
            magnitude += value;
        }

        return SecondOrderMargin * (error + sample.Y.Count * UnitRoundoff * magnitude);
    }

    /// <summary>
    /// First-order bounds on the absolute error of every node of the forward pass <paramref name="t"/> computed at the
    /// weights and sample given: x and each node carry their own rounding, products and activations propagate.
    /// </summary>
    public static ForwardErrors NodeErrors(WeightMatrices weights, VectorSample sample, Variant variant, WideTrace t)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(t);
        var f = variant.Activation;
        var eX = Own(sample.X);
        var eZ0 = Product(weights.W0, sample.X, eX) + Own(t.Z0);
        var eH0 = Activated(f, eZ0, t.H0);
        var eZ1 = Product(weights.W1, t.H0, eH0) + Own(t.Z1);
        var eH1 = Activated(f, eZ1, t.H1);
        var eZ2 = Product(weights.W2, t.H1, eH1) + Product(weights.W3, t.H0, eH0) + Own(t.Z2);
        var eR = eZ2 + UnitRoundoff * (sample.Y.PointwiseAbs() + (sample.Y - t.YHat).PointwiseAbs()); // r = y − ŷ rounds once more
        return new ForwardErrors(eZ0, eH0, eZ1, eH1, eZ2, eR);
    }

    // The error of W·v: the rounding of the k-term sums, (k + 1)ε|W||v|, and the propagated input errors |W|e_v + ε|W||v|.
    private static Vector<double> Product(Matrix<double> matrix, Vector<double> vector, Vector<double> vectorError)
    {
        var (absMatrix, absVector) = (matrix.PointwiseAbs(), vector.PointwiseAbs());
        return (matrix.ColumnCount + 2) * UnitRoundoff * (absMatrix * absVector) + absMatrix * vectorError;
    }

    private static Vector<double> Activated(Activation activation, Vector<double> inputError, Vector<double> output) =>
        Lipschitz(activation) * inputError + output.Map(h => Evaluation(activation, h));

    private static double Lipschitz(Activation activation) => activation.Kind switch
    {
        ActivationKind.LeakyRelu => Math.Max(1, Math.Abs(activation.Slope)),
        ActivationKind.Sigmoid => 0.25,
        _ => 1,
    };

    private static double Evaluation(Activation activation, double h) => activation.Kind switch
    {
        ActivationKind.Relu or ActivationKind.Identity => 0,
        ActivationKind.LeakyRelu => UnitRoundoff * Math.Abs(h),
        _ => 4 * UnitRoundoff * (Math.Abs(h) + 1),
    };

    // The largest |ℓ′| within the error interval around |r|.
    private static double LossLipschitz(LossFunction loss, double r, double error) => loss.Kind switch
    {
        LossKind.L1 => 1,
        LossKind.Squared => 2 * (r + error),
        _ => loss.Delta,
    };

    private static Vector<double> Own(Vector<double> value) => UnitRoundoff * value.PointwiseAbs();

    private static Vector<double> With(Vector<double> vector, int index, double value)
    {
        var copy = vector.Clone();
        copy[index] = value;
        return copy;
    }
}
