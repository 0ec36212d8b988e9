using System.Numerics;
using SkipNet.Reference;

namespace SkipNet.Points;

/// <summary>Moving a point onto a kink of the network, or into a dead ReLU unit, by changing as little as possible.</summary>
public static class KinkPlacement
{
    /// <summary>The number of kinds of kink <see cref="OnKink"/> places.</summary>
    public const int Kinds = 5;

    /// <summary>
    /// Kind 0: x = 0; 1: w0 = 0 (both z0 = 0); 2: w1 = 0 (z1 = 0); 3: h0 = 0 by a dead first unit, so z1 = 0;
    /// 4: y = ŷ (the kink of |·|).
    /// </summary>
    public static Coordinates OnKink(Coordinates point, int kind) => kind switch
    {
        0 => point with { X = 0 },
        1 => point with { W0 = 0 },
        2 => point with { W1 = 0 },
        3 => WithDeadUnit(point with { X = NonZero(point.X), W0 = NonZero(point.W0) }, 0),
        _ => point with { Y = YHat(point) },
    };

    /// <summary>Layer 0: z0 = w0·x &lt; 0 (for x ≠ 0 and w0 ≠ 0). Layer 1: z0 &gt; 0 and z1 = w1·h0 &lt; 0 (for w1 ≠ 0).</summary>
    public static Coordinates WithDeadUnit(Coordinates point, int deadLayer) => point with
    {
        W0 = Math.Abs(point.W0) * Math.Sign(point.X) * (deadLayer == 0 ? -1 : 1),
        W1 = deadLayer == 0 ? point.W1 : -Math.Abs(point.W1),
    };

    private static double NonZero(double value) => value == 0 ? 1 : value;

    // ŷ from the SIMD kernel, one lane of a broadcast: a campaign places millions of ties, and the kernel, pinned to the
    // model's ŷ by the lanes' property, costs nanoseconds where the model at widths 1,1,1,1 costs a microsecond.
    private static double YHat(Coordinates point) => NetworkLanes.YHat(new PointLanes(
        new Vector<double>(point.W0), new Vector<double>(point.W1), new Vector<double>(point.W2), new Vector<double>(point.W3),
        new Vector<double>(point.X), new Vector<double>(point.Y)))[0];
}
