using FsCheck;
using FsCheck.Fluent;
using SkipNet.Analytic;

using SkipNet.Points;

namespace SkipNet.Properties;

/// <summary>
/// The hand-derived backpropagation of src/Analytic passes the whole battery, and, with PyTorch's convention, gives
/// a true subgradient at every kink.
/// </summary>
public sealed class AnalyticBackpropProperties
{
    private static readonly Derivation Analytic = Derivation.Analytic;

    [PropertyCheck]
    public Property WorkedExample_MatchesExactArithmetic() => GradientBattery.WorkedExample_MatchesExactArithmetic(Analytic);

    [PropertyCheck]
    public Property L1Sign_IsSignOfPredictionMinusTarget() => GradientBattery.L1Sign_IsSignOfPredictionMinusTarget(Analytic);

    [PropertyCheck]
    public Property L1Sign_TimesResidualIsLoss() => GradientBattery.L1Sign_TimesResidualIsLoss(Analytic);

    [PropertyCheck]
    public Property Gradient_MatchesCentralDifference_AwayFromKinks() =>
        GradientBattery.Gradient_MatchesCentralDifference_AwayFromKinks(Analytic);

    [PropertyCheck]
    public Property Gradient_MatchesExactDerivative_AwayFromKinks() =>
        GradientBattery.Gradient_MatchesExactDerivative_AwayFromKinks(Analytic);

    [PropertyCheck]
    public Property SkipGradient_IsSumOfPathContributions() => GradientBattery.SkipGradient_IsSumOfPathContributions(Analytic);

    [PropertyCheck]
    public Property PathContribution_MatchesDifferenceThroughThatPathOnly() =>
        GradientBattery.PathContribution_MatchesDifferenceThroughThatPathOnly(Analytic);

    [PropertyCheck]
    public Property Gradient_LiesBetweenOneSidedSlopes_AtKinks() =>
        GradientBattery.Gradient_LiesBetweenOneSidedSlopes_AtKinks(Analytic);

    [PropertyCheck]
    public Property Gradient_IsGivenBySomeKinkConvention_AtKinks() =>
        GradientBattery.Gradient_IsGivenBySomeKinkConvention_AtKinks(Analytic);

    /// <summary>A convention is a choice at kinks only: away from them every convention gives PyTorch's gradients.</summary>
    [PropertyCheck]
    public Property AnyConvention_AwayFromKinks_GivesTheSameGradients() =>
        Prop.ForAll(Generators.SmoothPoint, point => KinkConvention.Corners.All(convention =>
            Backprop.Of(point.Parameters, point.Sample, convention) == Backprop.Of(point.Parameters, point.Sample)));

    /// <summary>
    /// On a kink the convention's slope is the one used: where z = 0, ∂L/∂z = ∂L/∂h·(the convention's ReLU′(0));
    /// where ŷ = y, ∂L/∂ŷ is the convention's d|u|/du at 0. For every corner and for slopes inside the intervals.
    /// </summary>
    [PropertyCheck]
    public Property AnyConvention_AtAKink_IsTheSlopeUsedThere() =>
        Prop.ForAll(Generators.KinkPoint, point => KinkConvention.Corners.Append(new KinkConvention(0.5, 0.25, -0.5)).All(convention =>
        {
            var (t, g) = (point.Trace, Backprop.Of(point.Parameters, point.Sample, convention));
            return (t.Z0 != 0 || g.DLdZ0 == g.DLdH0 * convention.ReluSlopeAtZeroZ0)
                && (t.Z1 != 0 || g.DLdZ1 == g.DLdH1 * convention.ReluSlopeAtZeroZ1)
                && (t.YHat != point.Y || g.DLdYHat == convention.AbsSlopeAtZero);
        }));

    /// <summary>A strictly dead unit (z &lt; 0) is no kink: it passes zero gradient whatever the convention.</summary>
    [PropertyCheck]
    public Property AnyConvention_DeadUnit_PassesZeroGradientUpstream() =>
        Prop.ForAll(Generators.DeadUnitPoint, point => KinkConvention.Corners.All(convention =>
        {
            var (t, g) = (point.Trace, Backprop.Of(point.Parameters, point.Sample, convention));
            return t.Z0 < 0 ? g.DLdZ0 == 0 && g.DLdW0 == 0 : g.DLdZ1 == 0 && g.DLdW1 == 0 && g.DLdH0ViaMain == 0;
        }));

    [PropertyCheck]
    public Property DeadUnit_PassesZeroGradientUpstream() => GradientBattery.DeadUnit_PassesZeroGradientUpstream(Analytic);

    [PropertyCheck]
    public Property EulerIdentity_HoldsPerPath() => GradientBattery.EulerIdentity_HoldsPerPath(Analytic);

    [PropertyCheck]
    public Property SgdStep_LowersLoss_AwayFromKinks() => GradientBattery.SgdStep_LowersLoss_AwayFromKinks(Analytic);
}
