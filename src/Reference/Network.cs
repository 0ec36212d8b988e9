using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Reference;

/// <summary>
/// The exercise's forward pass: the one network (<see cref="WideNetwork"/>) at widths 1,1,1,1, each node a single
/// entry, read into the scalar <see cref="ForwardTrace{T}"/>.
/// </summary>
/// <remarks>
/// z0 = w0·x   h0 = ReLU(z0)   z1 = w1·h0   h1 = ReLU(z1)   z2 = w2·h1 + w3·h0   ŷ = z2   L = |y − ŷ|
/// </remarks>
public static class Network
{
    /// <summary>The forward pass at a point, ReLU and L1.</summary>
    public static ForwardTrace<double> Forward(Parameters parameters, Sample sample) =>
        Forward(parameters, sample, Variant.Exercise);

    /// <summary>The forward pass at a point, with any activation and loss.</summary>
    public static ForwardTrace<double> Forward(Parameters parameters, Sample sample, Variant variant) =>
        Scalar(WideNetwork.Forward(WeightMatrices.FromScalars(parameters), VectorSample.FromScalars(sample), variant));

    /// <summary>The forward pass (ReLU, L1) with one node's value replaced by the probe's.</summary>
    public static ForwardTrace<double> Forward(Parameters parameters, Sample sample, Probe<double> probe) => probe.Target is { } node
        ? Scalar(WideNetwork.Forward(WeightMatrices.FromScalars(parameters), VectorSample.FromScalars(sample), Variant.Exercise,
            new EntryProbe(EntryOf(node), probe.Value, 0)))
        : Forward(parameters, sample);

    /// <summary>
    /// d(value)/dt of every value of the forward pass (ReLU, L1), L's included, as <paramref name="node"/> moves as
    /// v + t·<paramref name="tangent"/>: exact, and one-sided where the tangent decides a branch.
    /// </summary>
    public static ForwardTrace<double> TangentsAlong(Node node, double tangent, Parameters parameters, Sample sample)
    {
        var (weights, point) = (WeightMatrices.FromScalars(parameters), VectorSample.FromScalars(sample));
        var entry = EntryOf(node);
        return Scalar(WideNetwork.TangentsAlong(weights, point, Variant.Exercise,
            new EntryProbe(entry, WideNetwork.ValueAt(entry, weights, point, Variant.Exercise), tangent)));
    }

    /// <summary>The value a node takes in the plain forward pass at a point.</summary>
    public static double ValueAt(Node node, Parameters parameters, Sample sample) =>
        WideNetwork.ValueAt(EntryOf(node), WeightMatrices.FromScalars(parameters), VectorSample.FromScalars(sample), Variant.Exercise);

    /// <summary>The entry of the 1-wide network that stands for a scalar node: W0[0,0] for w0, x[0] for x, …</summary>
    public static Entry EntryOf(Node node) =>
        Enum.IsDefined(node) ? new(node, 0) : throw new ArgumentOutOfRangeException(nameof(node), node, "not a node of the network");

    private static ForwardTrace<double> Scalar(WideTrace t) => new(t.Z0[0], t.H0[0], t.Z1[0], t.H1[0], t.Z2[0], t.YHat[0], t.Loss);
}
