using MathNet.Numerics;

namespace SkipNet.Properties;

/// <summary>How close two derivatives must be, and the rounding floors that make "close" meaningful near zero.</summary>
public static class Tolerance
{
    /// <summary>Analytic vs a central difference: L is piecewise linear, so only rounding separates them.</summary>
    public const double CentralDifference = 1e-6;

    /// <summary>Analytic vs the dual-number oracle: both are exact to rounding.</summary>
    public const double Exact = 1e-12;

    /// <summary>Unit roundoff of double, 2⁻⁵³.</summary>
    public static readonly double UnitRoundoff = Precision.DoublePrecision;

    /// <summary>
    /// The relative error |a − b| / max(|a|, |b|, floor): the floor is the absolute size below which a difference is
    /// rounding noise, so two values both near zero are not judged by their ratio.
    /// </summary>
    public static double RelativeError(double a, double b, double floor)
    {
        var scale = Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), floor);
        return scale == 0 ? 0 : Math.Abs(a - b) / scale;
    }

    /// <summary>Whether a and b agree to <paramref name="relative"/>, with the rounding floor.</summary>
    public static bool Agree(double a, double b, double relative, double floor) =>
        RelativeError(a, b, floor) <= relative;
}
