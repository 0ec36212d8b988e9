using MathNet.Numerics;

namespace SkipNet.Checker.Judging;

/// <summary>
/// The closed interval [Low, High]: every value a rounded number, or a step evaluated on rounded numbers, may stand
/// for. Each operation widens its result by two units of roundoff of its operands' magnitude, so the interval also
/// holds whatever a double evaluation of the same step gives (a student's calculator, or the reference).
/// </summary>
public readonly record struct Interval(double Low, double High)
{
    /// <summary>u = 2⁻⁵³, the unit roundoff of double.</summary>
    private static readonly double UnitRoundoff = Precision.DoublePrecision;

    /// <summary>The one value v.</summary>
    public static Interval Point(double value) => new(value, value);

    /// <summary>[v − r, v + r]: a value written to precision r.</summary>
    public static Interval Around(double value, double radius) => new(value - radius, value + radius);

    /// <summary>The smallest interval holding both.</summary>
    public static Interval Hull(Interval a, Interval b) => new(Math.Min(a.Low, b.Low), Math.Max(a.High, b.High));

    /// <summary>The smallest interval holding every value.</summary>
    public static Interval Hull(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Select(Point).Aggregate(Hull);
    }

    /// <summary>Whether the two share a value; false when either is undefined (NaN).</summary>
    public bool Meets(Interval other) => Low <= other.High && other.Low <= High;

    /// <summary>Whether v lies in it.</summary>
    public bool Contains(double value) => Low <= value && value <= High;

    public static Interval operator -(Interval a) => new(-a.High, -a.Low);

    public static Interval operator +(Interval a, Interval b) => Widened(new(a.Low + b.Low, a.High + b.High), a.Magnitude + b.Magnitude);

    public static Interval operator -(Interval a, Interval b) => a + -b;

    // [a]·[b] = [min, max] of the four endpoint products.
    public static Interval operator *(Interval a, Interval b)
    {
        double[] products = [a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High];
        var result = new Interval(products.Min(), products.Max());
        return Widened(result, result.Magnitude);
    }

    public static Interval operator *(double a, Interval b) => Point(a) * b;

    /// <summary>
    /// {f(v) : v in the interval} for an f monotone on each side of 0 (every activation, loss and their slopes is):
    /// the hull of f at both ends, and at 0 when 0 lies inside. <paramref name="left"/> and <paramref name="right"/>
    /// are f's values just left and right of a point, which differ only at a kink (a slope's every subgradient).
    /// </summary>
    public Interval Map(Func<double, double> left, Func<double, double> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var (low, high) = (Low, High);
        IEnumerable<double> at = Contains(0) ? [low, high, 0] : [low, high];
        var result = Hull(at.SelectMany(v => new[] { left(v), right(v) }));
        return Widened(result, result.Magnitude);
    }

    /// <summary>As <see cref="Map(Func{double, double}, Func{double, double})"/> for a function continuous everywhere.</summary>
    public Interval Map(Func<double, double> f) => Map(f, f);

    private double Magnitude => Math.Max(Math.Abs(Low), Math.Abs(High));

    private static Interval Widened(Interval r, double magnitude) =>
        new(r.Low - (2 * UnitRoundoff * magnitude), r.High + (2 * UnitRoundoff * magnitude));
}
