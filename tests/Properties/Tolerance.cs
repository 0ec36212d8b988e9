using MathNet.Numerics;
using SkipNet.Reference.Oracles;

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

    /// <summary>Whether a and b agree to <paramref name="relative"/>, with the rounding floor.</summary>
    public static bool Agree(double a, double b, double relative, double floor) =>
        RelativeError.Of(a, b, floor) <= relative;
}
