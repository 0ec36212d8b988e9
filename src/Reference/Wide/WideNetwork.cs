using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference.Variants;

namespace SkipNet.Reference.Wide;

/// <summary>
/// The exercise's network with layers of any width, any <see cref="Activation"/> and any <see cref="LossFunction"/>,
/// over Math.NET matrices. Run once over dual numbers (pairs of vectors and matrices), it gives the plain forward pass
/// (all tangents zero) and, with a probe's tangent, the exact derivative of L along one entry.
/// </summary>
/// <remarks>
/// z0 = W0·x   h0 = f(z0)   z1 = W1·h0   h1 = f(z1)   z2 = W2·h1 + W3·h0   ŷ = z2   L = Σₖ ℓ(yₖ − ŷₖ).
/// With n = a = b = m = 1, ReLU and L1 this is the exercise (<see cref="Network"/> reads it so).
/// </remarks>
public static class WideNetwork
{
    /// <summary>The forward pass at a point.</summary>
    public static WideTrace Forward(WeightMatrices weights, VectorSample sample, Variant variant) =>
        Run(weights, sample, variant, null).Values;

    /// <summary>The forward pass with one entry moved to the probe's value.</summary>
    public static WideTrace Forward(WeightMatrices weights, VectorSample sample, Variant variant, EntryProbe probe) =>
        Run(weights, sample, variant, probe).Values;

    /// <summary>dL/dt where the probed entry moves as value + t·tangent: exact to rounding, one-sided at a kink.</summary>
    public static double LossTangent(WeightMatrices weights, VectorSample sample, Variant variant, EntryProbe probe) =>
        Run(weights, sample, variant, probe).Tangents.Loss;

    /// <summary>d(node)/dt of every node, L's included, where the probed entry moves as value + t·tangent.</summary>
    public static WideTrace TangentsAlong(WeightMatrices weights, VectorSample sample, Variant variant, EntryProbe probe) =>
        Run(weights, sample, variant, probe).Tangents;

    /// <summary>The value an entry takes in the plain forward pass.</summary>
    public static double ValueAt(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant) =>
        ValueAt(entry, weights, sample, variant, Forward(weights, sample, variant));

    /// <summary>The value an entry takes in <paramref name="trace"/>, the plain forward pass already run.</summary>
    internal static double ValueAt(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant, WideTrace trace)
    {
        var (node, row) = (entry.Node, entry.Row);
        return node switch
        {
            Node.W0 or Node.W1 or Node.W2 or Node.W3 => weights.Of(node)[row, entry.Column],
            Node.X => sample.X[row],
            Node.Z0 => trace.Z0[row],
            Node.H0 or Node.H0Main or Node.H0Skip => trace.H0[row],
            Node.Z1 => trace.Z1[row],
            Node.H1 => trace.H1[row],
            Node.Z2 => trace.Z2[row],
            Node.YHat => trace.YHat[row],
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry, "not an entry of the network"),
        };
    }

    /// <summary>The batch loss: the mean of L over the samples, summed in order.</summary>
    public static double MeanLoss(WeightMatrices weights, IReadOnlyList<VectorSample> samples, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("a batch needs at least one sample", nameof(samples));
        }

        var sum = 0.0;
        for (var i = 0; i < samples.Count; i++)
        {
            sum += Forward(weights, samples[i], variant).Loss;
        }

        return sum / samples.Count;
    }

    private static DualTrace Run(WeightMatrices weights, VectorSample sample, Variant variant, EntryProbe? probe)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(variant);
        if (!sample.Fits(weights.Widths))
        {
            throw new ArgumentException($"the sample has x ∈ R^{sample.X.Count}, y ∈ R^{sample.Y.Count}; the weights need R^{weights.Widths.N} and R^{weights.Widths.M}", nameof(sample));
        }

        DualVector At(Node node, DualVector computed) =>
            probe is { } p && p.Entry.Node == node ? computed.With(p.Entry.Row, p.Value, p.Tangent) : computed;

        (Matrix<double>, Matrix<double>?) Weight(Node node)
        {
            var value = weights.Of(node);
            if (probe is not { } p || p.Entry.Node != node)
            {
                return (value, null);
            }

            value = value.Clone();
            value[p.Entry.Row, p.Entry.Column] = p.Value;
            // Stryker disable once Conditional : a null tangent is a zero one; it only saves the work
            var tangent = p.Tangent == 0 ? null : Matrix<double>.Build.Dense(value.RowCount, value.ColumnCount);
            tangent?[p.Entry.Row, p.Entry.Column] = p.Tangent;
            return (value, tangent);
        }

        var f = variant.Activation;
        var x = At(Node.X, Constant(sample.X));
        var z0 = At(Node.Z0, DualVector.Times(Weight(Node.W0), x));
        var h0 = At(Node.H0, z0.Apply(f));
        var z1 = At(Node.Z1, DualVector.Times(Weight(Node.W1), At(Node.H0Main, h0)));
        var h1 = At(Node.H1, z1.Apply(f));
        var z2 = At(Node.Z2, DualVector.Times(Weight(Node.W2), h1) + DualVector.Times(Weight(Node.W3), At(Node.H0Skip, h0)));
        var yHat = At(Node.YHat, z2);
        var (loss, lossTangent) = Loss(variant.Loss, sample.Y, yHat);
        return new DualTrace(z0, h0, z1, h1, z2, yHat, loss, lossTangent);
    }

    // Every node as a dual vector; the values and the tangents each read as a trace, the tangents only when asked.
    private readonly record struct DualTrace(
        DualVector Z0, DualVector H0, DualVector Z1, DualVector H1, DualVector Z2, DualVector YHat, double Loss, double LossTangent)
    {
        public WideTrace Values => new(Z0.Value, H0.Value, Z1.Value, H1.Value, Z2.Value, YHat.Value, Loss);

        public WideTrace Tangents => new(Z0.TangentOrZero, H0.TangentOrZero, Z1.TangentOrZero, H1.TangentOrZero, Z2.TangentOrZero, YHat.TangentOrZero, LossTangent);
    }

    // L = Σₖ ℓ(rₖ), rₖ = yₖ − ŷₖ, in order of k; its tangent Σₖ ℓ′(rₖ)·ṙₖ with ṙ = −(ŷ's tangent) and ℓ′ the slope on
    // the side ṙₖ points to.
    private static (double Loss, double Tangent) Loss(LossFunction loss, Vector<double> y, DualVector yHat)
    {
        var (sum, tangent) = (0.0, 0.0);
        for (var k = 0; k < y.Count; k++)
        {
            var (r, rDot) = (y[k] - yHat.Value[k], -yHat.TangentAt(k));
            sum += loss.Value(r);
            // Stryker disable once Equality : ṙ > 0 differs only at ṙ = 0, where either slope times 0 is 0
            tangent += rDot * (rDot >= 0 ? loss.RightDerivative(r) : loss.LeftDerivative(r));
        }

        return (sum, tangent);
    }

    private static DualVector Constant(Vector<double> value) => new(value, null);
}
