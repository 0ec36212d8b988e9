using System.Numerics;

namespace SkipNet.Properties.Wide;

/// <summary>
/// An exact binary fraction m·2^e. Every finite double is one, and sums, differences and products of them are too, so
/// a piecewise-linear network (ReLU, leaky ReLU, identity; L1, squared, Huber) evaluated in them is exact: the
/// reference against which a rounding bound is checked.
/// </summary>
public readonly record struct Dyadic(BigInteger Mantissa, int Exponent) : IComparable<Dyadic>
{
    public static Dyadic Zero => new(BigInteger.Zero, 0);

    /// <summary>The double's exact value.</summary>
    public static Dyadic Of(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "only finite doubles are binary fractions");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        var (mantissa, exponent) = exponentBits == 0 ? (fraction, -1074) : (fraction | (1L << 52), exponentBits - 1075);
        return new Dyadic(value < 0 ? -mantissa : mantissa, exponent);
    }

    public static Dyadic operator +(Dyadic a, Dyadic b)
    {
        var exponent = Math.Min(a.Exponent, b.Exponent);
        return new((a.Mantissa << (a.Exponent - exponent)) + (b.Mantissa << (b.Exponent - exponent)), exponent);
    }

    public static Dyadic operator -(Dyadic a, Dyadic b) => a + -b;

    public static Dyadic operator -(Dyadic a) => new(-a.Mantissa, a.Exponent);

    public static Dyadic operator *(Dyadic a, Dyadic b) => new(a.Mantissa * b.Mantissa, a.Exponent + b.Exponent);

    public int Sign => Mantissa.Sign;

    public Dyadic Abs() => new(BigInteger.Abs(Mantissa), Exponent);

    public int CompareTo(Dyadic other) => (this - other).Sign;

    /// <summary>The nearest double, or infinity.</summary>
    public double ToDouble()
    {
        // Keep 64 significant bits, then let the conversion and ScaleB round once more: within 2 ulps.
        var shift = Math.Max(0, (int)Mantissa.GetBitLength() - 64);
        return Math.ScaleB((double)(Mantissa >> shift), Exponent + shift);
    }
}
