namespace SkipNet.Reference.Oracles;

/// <summary>
/// Whether L is differentiable along a scalar at a point, judged from the one-sided differences: where they disagree
/// by more than rounding can explain, L has a kink within one step of the point and no single number is its
/// derivative; the verdict reports the interval the slopes span instead.
/// </summary>
public abstract record KinkVerdict
{
    private KinkVerdict()
    {
    }

    /// <summary>The one-sided slopes agree: <see cref="Slope"/> is the derivative.</summary>
    public sealed record Differentiable(double Slope) : KinkVerdict;

    /// <summary>The one-sided slopes disagree: every value in [Low, High] is a subgradient.</summary>
    public sealed record NonDifferentiable(OneSidedSlopes Slopes) : KinkVerdict;

    /// <summary>
    /// The verdict from the backward (<paramref name="left"/>) and forward (<paramref name="right"/>) differences:
    /// a kink where |right − left| exceeds the sum of their rounding bounds, otherwise their mean.
    /// </summary>
    public static KinkVerdict Of(FiniteDifference left, FiniteDifference right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Math.Abs(right.Value - left.Value) > left.RoundingBound + right.RoundingBound
            ? new NonDifferentiable(new OneSidedSlopes(left.Value, right.Value))
            : new Differentiable((left.Value + right.Value) / 2);
    }
}
