using System.Numerics;

namespace SkipNet.Reference;

/// <summary>
/// The exercise's network, written once over any scalar type with +, −, ×, negation, zero and an order, so that the
/// same code runs on <see cref="double"/> (the values) and on <see cref="Dual"/> (exact derivatives).
/// </summary>
/// <remarks>
/// z0 = w0·x   h0 = ReLU(z0)   z1 = w1·h0   h1 = ReLU(z1)   z2 = w2·h1 + w3·h0   ŷ = z2   L = |y − ŷ|
/// </remarks>
public static class Network
{
    /// <summary>The forward pass at a point.</summary>
    public static ForwardTrace<double> Forward(Parameters parameters, Sample sample) =>
        Forward(parameters, sample, Probe<double>.None);

    /// <summary>The forward pass with one node's value replaced by the probe's.</summary>
    public static ForwardTrace<double> Forward(Parameters parameters, Sample sample, Probe<double> probe)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(sample);
        return Forward(parameters.W0, parameters.W1, parameters.W2, parameters.W3, sample.X, sample.Y, probe);
    }

    /// <summary>The forward pass over any scalar type; the probe replaces one node's value.</summary>
    public static ForwardTrace<T> Forward<T>(T w0, T w1, T w2, T w3, T x, T y, Probe<T> probe)
        where T : IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
                  IUnaryNegationOperators<T, T>, IComparisonOperators<T, T, bool>, IAdditiveIdentity<T, T>
    {
        var z0 = probe.At(Node.Z0, probe.At(Node.W0, w0) * probe.At(Node.X, x));
        var h0 = probe.At(Node.H0, Relu(z0));
        var z1 = probe.At(Node.Z1, probe.At(Node.W1, w1) * probe.At(Node.H0Main, h0));
        var h1 = probe.At(Node.H1, Relu(z1));
        var z2 = probe.At(Node.Z2, probe.At(Node.W2, w2) * h1 + probe.At(Node.W3, w3) * probe.At(Node.H0Skip, h0));
        var yHat = probe.At(Node.YHat, z2);
        return new ForwardTrace<T>(z0, h0, z1, h1, z2, yHat, Abs(y - yHat));
    }

    /// <summary>The value a node takes in the plain forward pass at a point.</summary>
    public static double ValueAt(Node node, Parameters parameters, Sample sample)
    {
        var trace = Forward(parameters, sample);
        return node switch
        {
            Node.W0 => parameters.W0,
            Node.W1 => parameters.W1,
            Node.W2 => parameters.W2,
            Node.W3 => parameters.W3,
            Node.X => sample.X,
            Node.Z0 => trace.Z0,
            Node.H0 or Node.H0Main or Node.H0Skip => trace.H0,
            Node.Z1 => trace.Z1,
            Node.H1 => trace.H1,
            Node.Z2 => trace.Z2,
            Node.YHat => trace.YHat,
            _ => throw new ArgumentOutOfRangeException(nameof(node), node, "not a node of the network"),
        };
    }

    // ReLU(z) = max(z, 0). Over Dual numbers the comparison is lexicographic, which makes ReLU at z = 0 return the
    // one-sided derivative in the direction of the tangent.
    private static T Relu<T>(T z)
        where T : IComparisonOperators<T, T, bool>, IAdditiveIdentity<T, T> =>
        // Stryker disable once Equality : z ≥ 0 differs only at z = 0, where both branches give a zero (docs/mutation-testing.md)
        z > T.AdditiveIdentity ? z : T.AdditiveIdentity;

    // |u| = −u for u < 0, else u.
    private static T Abs<T>(T u)
        where T : IUnaryNegationOperators<T, T>, IComparisonOperators<T, T, bool>, IAdditiveIdentity<T, T> =>
        // Stryker disable once Equality : u ≤ 0 differs only at u = 0, where −u and u are both zero (docs/mutation-testing.md)
        u < T.AdditiveIdentity ? -u : u;
}
