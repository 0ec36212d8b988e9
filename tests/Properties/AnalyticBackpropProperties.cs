using FsCheck;

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

    [PropertyCheck]
    public Property DeadUnit_PassesZeroGradientUpstream() => GradientBattery.DeadUnit_PassesZeroGradientUpstream(Analytic);

    [PropertyCheck]
    public Property EulerIdentity_HoldsPerPath() => GradientBattery.EulerIdentity_HoldsPerPath(Analytic);

    [PropertyCheck]
    public Property SgdStep_LowersLoss_AwayFromKinks() => GradientBattery.SgdStep_LowersLoss_AwayFromKinks(Analytic);
}
