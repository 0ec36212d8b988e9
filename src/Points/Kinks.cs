using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;

namespace SkipNet.Points;

/// <summary>
/// Where a point sits relative to the network's kinks: z0 = 0, z1 = 0 and ŷ = y, where ReLU or |·| switch branch.
/// Decided from the forward pass alone, not from any gradient under test.
/// </summary>
public static class Kinks
{
    /// <summary>
    /// Along <paramref name="node"/>, the signs of z0, z1 and y − ŷ are the same at v − 2h, v and v + 2h (h the
    /// central difference's step). Each of the three is linear in v while the ones before it keep their sign, so
    /// equal signs at both ends and the centre mean no kink in between (a zero that stays zero is no kink).
    /// </summary>
    public static bool IsSmoothAlong(Node node, Point point)
    {
        var value = Network.ValueAt(node, point.Parameters, point.Sample);
        var reach = 2 * CentralDifference.StepAt(value);
        var centre = Signs(node, point, value);
        return Signs(node, point, value - reach) == centre && Signs(node, point, value + reach) == centre;
    }

    /// <summary>L is differentiable along every node, with room for the stencils.</summary>
    public static bool IsSmooth(Point point) => Nodes.All.All(node => IsSmoothAlong(node, point));

    /// <summary>
    /// Along <paramref name="node"/>, no kink lies within 2h of the point except at the point itself: the signs at
    /// v ∓ 2h are the signs just beside v, read off the forward pass's tangents along the node.
    /// </summary>
    public static bool HasNoOtherKinkNear(Node node, Point point)
    {
        var value = Network.ValueAt(node, point.Parameters, point.Sample);
        var reach = 2 * CentralDifference.StepAt(value);
        return Signs(node, point, value - reach) == SignsJustBeside(node, point, -1)
            && Signs(node, point, value + reach) == SignsJustBeside(node, point, 1);
    }

    /// <summary>The exercise's (ReLU, L1): z0, z1 or y − ŷ is exactly zero.</summary>
    public static bool IsOnKink(Point point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return IsOnKink(point.Trace, point.Y, Variant.Exercise);
    }

    /// <summary>
    /// On the forward pass <paramref name="trace"/> (of any variant, at target y): z0 or z1 exactly on a kinked
    /// activation's kink (ReLU, leaky ReLU), or ŷ = y for L1.
    /// </summary>
    public static bool IsOnKink(ForwardTrace<double> trace, double y, Variant variant)
    {
        var (z0, z1, residual) = PlacesOnKink(trace, y, variant);
        return z0 || z1 || residual;
    }

    /// <summary>
    /// Which of the three places sits exactly on a kink in <paramref name="trace"/>: z0, z1 on a kinked activation's
    /// kink (ReLU, leaky ReLU), the residual y − ŷ at L1's.
    /// </summary>
    public static (bool Z0, bool Z1, bool Residual) PlacesOnKink(ForwardTrace<double> trace, double y, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(variant);
        var activation = variant.Activation.HasKink;
        return (activation && trace.Z0 == 0, activation && trace.Z1 == 0, variant.Loss.HasKink && trace.YHat == y);
    }

    /// <summary>z0 &lt; 0, or z1 &lt; 0: a ReLU unit outputs zero with zero slope.</summary>
    public static bool HasDeadUnit(Point point) => point.Trace.Z0 < 0 || point.Trace.Z1 < 0;

    // A value's sign just beside the point, on the side the node moves to: its own sign, or where it is zero its
    // tangent's (v + ε·t against 0, ε infinitesimal).
    private static (int Z0, int Z1, int Residual) SignsJustBeside(Node node, Point point, double side)
    {
        var (t, d) = (point.Trace, Network.TangentsAlong(node, side, point.Parameters, point.Sample));
        return (Sign(t.Z0, d.Z0), Sign(t.Z1, d.Z1), Sign(point.Y - t.YHat, -d.YHat));

        static int Sign(double value, double tangent) => value != 0 ? Math.Sign(value) : Math.Sign(tangent);
    }

    private static (int Z0, int Z1, int Residual) Signs(Node node, Point point, double value)
    {
        var t = Network.Forward(point.Parameters, point.Sample, new Probe<double>(node, value));
        return (Math.Sign(t.Z0), Math.Sign(t.Z1), Math.Sign(point.Y - t.YHat));
    }
}
