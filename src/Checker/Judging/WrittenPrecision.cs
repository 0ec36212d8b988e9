using System.Globalization;
using MathNet.Numerics;

namespace SkipNet.Checker.Judging;

/// <summary>
/// How far from the truth a value may be, judged by how it is written: with k ≥ 1 decimals it is right when it is the
/// truth to that precision, |claim − truth| ≤ ½·10⁻ᵏ (1.95 for 1.953125 is right, 1.9 is not); written as an integer
/// it must equal the truth up to floating-point rounding. An exponent counts: 1.5e-3 has 4 decimals.
/// </summary>
public static class WrittenPrecision
{
    /// <summary>Units of roundoff allowed for the binary representation of both numbers and the truth's own rounding.</summary>
    private const double RoundingUnits = 8;

    /// <summary>½·10⁻ᵏ for k ≥ 1 written decimals, plus <see cref="RoundingUnits"/>·ε·|truth|.</summary>
    public static double Tolerance(string text, double truth)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rounding = RoundingUnits * Precision.DoublePrecision * Math.Abs(truth);
        var decimals = Decimals(text);
        return decimals >= 1 ? 0.5 * Math.Pow(10, -decimals) + rounding : rounding;
    }

    /// <summary>Digits after the decimal point, less the exponent: "1.95" → 2, "3" → 0, "1.5e-3" → 4, "2e3" → −3.</summary>
    public static int Decimals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('e', 'E');
        var point = parts[0].IndexOf('.', StringComparison.Ordinal);
        var fraction = point < 0 ? 0 : parts[0].Length - point - 1;
        var exponent = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e) ? e : 0;
        return fraction - exponent;
    }
}
