using MathNet.Numerics;
using SkipNet.Analytic.Wide;
using SkipNet.Points.Wide;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties;

/// <summary>
/// How close two derivatives must be: the rounding floors that make "close" meaningful near zero, and how far two
/// chain-rule evaluations of one derivative of the model can be apart by rounding alone.
/// </summary>
public static class Tolerance
{
    /// <summary>Analytic vs a central difference on the exercise (ReLU, L1): L is piecewise linear, so only rounding separates them.</summary>
    public const double CentralDifference = 1e-6;

    /// <summary>Analytic vs the dual-number oracle: both are exact to rounding.</summary>
    public const double Exact = 1e-12;

    /// <summary>Unit roundoff of double, 2⁻⁵³.</summary>
    public static readonly double UnitRoundoff = Precision.DoublePrecision;

    /// <summary>Whether a and b agree to <paramref name="relative"/>, with the rounding floor.</summary>
    public static bool Agree(double a, double b, double relative, double floor) =>
        RelativeError.Of(a, b, floor) <= relative;

    /// <summary>
    /// K·ε·Mₑ: Mₑ is the sum over paths of the magnitudes of the products that make up ∂L/∂e (<see cref="PathMagnitude"/>
    /// with <see cref="PathFactors.OneSided"/>: SkipNet's own derivation and oracle share f′ and ℓ′, so the larger
    /// one-sided sizes suffice), so whatever cancels between paths, two evaluations that multiply the same factors in
    /// different orders and sum the same terms in different orders differ by at
    /// most γ_K·Mₑ, with K the longest chain of roundings: six products on a path and sums over n, a, b and m terms,
    /// so K = 2(n + a + b + m) + 16 with room to spare; plus K times the smallest subnormal magnified by four factors
    /// of the largest magnitude, for products that underflow.
    /// </summary>
    public static Func<Entry, double> ChainRuleSlack(WidePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var (w, s, v, t) = (point.Weights, point.Sample, point.Variant, point.Trace);
        var widths = point.Widths;
        var k = 2 * (widths.N + widths.A + widths.B + widths.M) + 16;
        var magnitudes = PathMagnitude.Of(w, s, PathFactors.OneSided(t, s, v));

        // A product that underflows is off by up to the smallest subnormal, which at most four later factors (each at
        // most the largest weight, input or slope) can magnify.
        var largest = new[] { w.W0, w.W1, w.W2, w.W3 }.Select(m => m.PointwiseAbs().Enumerate().Max())
            .Append(s.X.PointwiseAbs().Maximum()).Append(2).Max();
        var underflow = k * double.Epsilon * Math.Pow(largest, 4);
        return e => k * Tolerance.UnitRoundoff * magnitudes.For(e) + underflow;
    }
}
