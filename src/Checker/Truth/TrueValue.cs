using SkipNet.Checker.Judging;
namespace SkipNet.Checker.Truth;

/// <summary>
/// The truth for one quantity: its value under PyTorch's convention, and the values every other convention at a
/// kink gives. Where those form an interval (gradients and updated weights are multilinear in the convention's
/// choices), any value between them is right; otherwise any one of them.
/// </summary>
public sealed record TrueValue(double Value, IReadOnlyList<double> UnderConventions, bool IsInterval)
{
    public double Low => UnderConventions.Min();

    public double High => UnderConventions.Max();

    /// <summary>[Low, High]: every value some convention gives, and for an interval truth everything between.</summary>
    public Interval Range => Interval.Hull(UnderConventions);

    /// <summary>Whether some convention gives <paramref name="claim"/>, to within <paramref name="tolerance"/>.</summary>
    public bool Admits(double claim, double tolerance) => IsInterval
        ? claim >= Low - tolerance && claim <= High + tolerance
        : UnderConventions.Any(v => Math.Abs(v - claim) <= tolerance);

    public static TrueValue Exactly(double value) => new(value, [value], IsInterval: false);
}
