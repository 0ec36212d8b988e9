using System.Numerics;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// How far apart a derivative and its estimate are: |a − b| / max(|a|, |b|, floor), and 0 when all three are 0. The
/// floor is the absolute size below which a difference is rounding noise (the sum of the path terms' magnitudes, say),
/// so that two values both near zero are not judged by their ratio; 0 for none.
/// </summary>
public static class RelativeError
{
    public static double Of(double a, double b, double floor = 0)
    {
        var scale = Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), floor);
        return scale == 0 ? 0 : Math.Abs(a - b) / scale;
    }

    /// <summary><see cref="Of(double, double, double)"/> lane by lane, for the SIMD fuzz kernel.</summary>
    public static Vector<double> Of(Vector<double> a, Vector<double> b, Vector<double> floor)
    {
        var scale = Vector.Max(Vector.Max(Vector.Abs(a), Vector.Abs(b)), floor);
        return Vector.ConditionalSelect(Vector.Equals(scale, Vector<double>.Zero), Vector<double>.Zero, Vector.Abs(a - b) / scale);
    }
}
